import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const PACKAGES = ['compromise', 'wink-nlp', 'wink-eng-lite-web-model', 'natural', 'csv-stringify'];

/** Versions of Dossier and of the packages whose changes can change the output. */
export function versions(): Record<string, string> {
  const result: Record<string, string> = { dossier: (require('../../package.json') as { version: string }).version, node: process.versions.node };
  for (const name of PACKAGES) {
    try {
      result[name] = (require(`${name}/package.json`) as { version: string }).version;
    } catch {
      result[name] = 'unknown';
    }
  }
  return result;
}
