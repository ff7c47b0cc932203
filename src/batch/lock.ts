import { mkdir, open, readFile, rm, stat, utimes } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export const LOCK_FILE = '.dossier.lock';
/** A lock not refreshed for this long belongs to a hung or vanished run and may be taken over. */
export const DEFAULT_STALE_MS = 10 * 60_000;
const HEARTBEAT_MS = 30_000;

interface LockOwner {
  pid: number;
  hostname: string;
  started: string;
}

export class LockError extends Error {}

export interface Lock {
  release(): Promise<void>;
}

/**
 * Takes the output folder's lock so that two runs never write into it at once. A lock left by a
 * process that is gone, or not refreshed for `staleMs`, is taken over.
 */
export async function acquireLock(outDir: string, staleMs = DEFAULT_STALE_MS): Promise<Lock> {
  await mkdir(outDir, { recursive: true });
  const path = join(outDir, LOCK_FILE);
  const owner: LockOwner = { pid: process.pid, hostname: hostname(), started: new Date().toISOString() };
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(path, 'wx');
      await handle.writeFile(`${JSON.stringify(owner)}\n`);
      await handle.close();
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = await readHolder(path);
      if (attempt === 0 && (await isStale(path, holder, staleMs))) {
        await rm(path, { force: true });
        continue;
      }
      const who = holder ? `process ${holder.pid} on ${holder.hostname}, started ${holder.started}` : 'another process';
      throw new LockError(
        `${outDir} is in use by another Dossier run (${who}); wait for it to finish or choose another --out folder. If no run is going on, delete ${path}.`,
      );
    }
  }
  const heartbeat = setInterval(() => {
    const now = new Date();
    utimes(path, now, now).catch(() => {});
  }, HEARTBEAT_MS);
  heartbeat.unref();
  // On process.exit (Ctrl-C handled by the CLI, a fatal error) the lock goes too; only a hard kill leaves it, and it is then stale.
  const onExit = () => rmSync(path, { force: true });
  process.once('exit', onExit);
  return {
    async release() {
      clearInterval(heartbeat);
      process.removeListener('exit', onExit);
      await rm(path, { force: true });
    },
  };
}

async function readHolder(path: string): Promise<LockOwner | undefined> {
  try {
    const parsed = JSON.parse(await readFile(path, 'utf8')) as LockOwner;
    return Number.isInteger(parsed.pid) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

async function isStale(path: string, holder: LockOwner | undefined, staleMs: number): Promise<boolean> {
  const info = await stat(path).catch(() => undefined);
  if (!info) return true;
  if (Date.now() - info.mtimeMs > staleMs) return true;
  // A half-written lock (its writer died between creating and writing it) is stale once a moment has passed.
  if (!holder) return Date.now() - info.mtimeMs > 5_000;
  return holder.hostname === hostname() && !processIsAlive(holder.pid);
}

function processIsAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
