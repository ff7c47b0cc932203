import { createRequire } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const PACKAGES = ['compromise', 'wink-nlp', 'wink-eng-lite-web-model', 'natural', 'csv-stringify'];

/** Versions of Dossier and of the packages whose changes can change the output. */
export function versions(): Record<string, string> {
  const result: Record<string, string> = { dossier: (require('../../package.json') as { version: string }).version, node: process.versions.node };
  for (const name of PACKAGES) result[name] = packageVersion(name);
  result['dossier-stages'] = stagesHash();
  return result;
}

let stagesDigest: string | undefined;

/**
 * A digest of the stages' code and data, so that a changed stage counts as a new version for incremental
 * runs even before the version number moves (and during development).
 */
function stagesHash(): string {
  if (stagesDigest) return stagesDigest;
  const stages = join(dirname(fileURLToPath(import.meta.url)), '../stages');
  const hash = createHash('sha256');
  const files = (readdirSync(stages, { recursive: true, withFileTypes: true }) as Array<{ name: string; parentPath: string; isFile(): boolean }>)
    .filter((entry) => entry.isFile() && /\.(js|ts|json|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const file of files) hash.update(file.slice(stages.length)).update(readFileSync(file));
  stagesDigest = hash.digest('hex').slice(0, 16);
  return stagesDigest;
}

/** Reads the version from the package's own package.json, found above its entry point (some packages do not export it). */
function packageVersion(name: string): string {
  try {
    let folder = dirname(require.resolve(name));
    for (let depth = 0; depth < 6; depth++, folder = dirname(folder)) {
      try {
        const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { name?: string; version?: string };
        if (manifest.name === name && manifest.version) return manifest.version;
      } catch {
        // no package.json at this level: keep climbing
      }
    }
  } catch {
    // not installed
  }
  return 'unknown';
}
