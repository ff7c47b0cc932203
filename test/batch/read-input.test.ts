import { mkdtemp, writeFile, chmod } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../src/article/create.js';
import { readInput } from '../../src/batch/read-input.js';

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'dossier-read-'));
});

const file = async (name: string, content: string | Uint8Array) => {
  const path = join(folder, name);
  await writeFile(path, content);
  return path;
};

describe('readInput', () => {
  it('reads UTF-8 text and hashes its bytes', async () => {
    const input = readInput(await file('ok.txt', 'Café 🤣'));
    expect(input.content).toBe('Café 🤣');
    expect(input.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a binary file, naming it', async () => {
    const path = await file('image.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    expect(() => readInput(path)).toThrow(new InputError(`${path}: looks like a binary file (it contains NUL bytes), not text`));
  });

  it('refuses an empty file', async () => {
    const path = await file('empty.txt', '');
    expect(() => readInput(path)).toThrow(`${path}: the file is empty`);
  });

  it('refuses text that is not UTF-8 and says where it goes wrong', async () => {
    const path = await file('latin1.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x6e, 0x6f, 0x69, 0x72]));
    expect(() => readInput(path)).toThrow(/latin1.txt: not valid UTF-8 \(first bad byte at offset \d\)/);
  });

  it('refuses a file over the size limit', async () => {
    const path = await file('big.txt', 'x'.repeat(2000));
    expect(() => readInput(path, 1000)).toThrow(`${path}: 2000 bytes is over the size limit of 1000 bytes (option --max-bytes)`);
  });

  it('reports a missing or unreadable file', async () => {
    expect(() => readInput(join(folder, 'missing.txt'))).toThrow(/missing.txt: cannot be read \(ENOENT\)/);
    if (process.getuid?.() !== 0) {
      const path = await file('locked.txt', 'secret');
      await chmod(path, 0o000);
      expect(() => readInput(path)).toThrow(/locked.txt: cannot be read \(EACCES\)/);
    }
  });
});
