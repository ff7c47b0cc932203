// Regenerates the generated parts of README.md (the CSV column list) from the code.
import { readFile, writeFile } from 'node:fs/promises';
import { withColumnsSection } from '../src/output/columns-doc.js';

const readme = await readFile('README.md', 'utf8');
await writeFile('README.md', withColumnsSection(readme));
