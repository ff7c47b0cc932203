import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const PACKAGES = ['compromise', 'wink-nlp', 'wink-eng-lite-web-model', 'natural', 'csv-stringify'];

/** Versions of Dossier and of the packages whose changes can change the output. */
export function versions(): Record<string, string> {
  const result: Record<string, string> = { dossier: (require('../../package.json') as { version: string }).version, node: process.versions.node };
  for (const name of PACKAGES) result[name] = packageVersion(name);
  return result;
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
