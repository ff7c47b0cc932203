#!/usr/bin/env node
// `npm run bench`: the speed and memory of the whole default pipeline on news text, against the bare
// passes of compromise and wink-nlp on the same text. Builds a corpus of at least a million words from
// the openly licensed texts in ../shared/data, runs Dossier (from dist/) with one worker and with all
// cores in child processes, and prints words per second, peak memory and the ratios to the targets.
//
//   node bench/run.mjs [--words N] [--articles N] [--dist DIR] [--keep]

import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SHARED = resolve(ROOT, '../shared');
const TARGETS = { versusCompromise: 2, allCoresVersusOne: 1.7, peakMegabytes: 400, peakForArticles: 10_000 };

const options = parseArguments(process.argv.slice(2));
const require = createRequire(join(ROOT, 'package.json'));

if (!existsSync(join(SHARED, 'data'))) {
  console.log(`bench: skipped, ${join(SHARED, 'data')} is not there (the corpus is built from ../shared/data beside the repository)`);
  process.exit(0);
}
if (!existsSync(join(options.dist, 'batch', 'run-batch.js'))) {
  console.error(`bench: ${options.dist} has no built Dossier; run \`npm run build\` first (npm run bench does)`);
  process.exit(2);
}

const folder = await mkdtemp(join(tmpdir(), 'dossier-bench-'));
try {
  const corpus = await buildCorpus(join(folder, 'corpus'), options.words, options.articles);
  console.log(`corpus: ${corpus.articles.toLocaleString('en')} articles, ${corpus.words.toLocaleString('en')} words (${corpus.sources})`);
  const texts = await readTexts(join(folder, 'corpus'));

  const compromise = timeReference('compromise: nlp(text) + people(), places(), organizations()', texts, corpus.words, compromisePass());
  const wink = timeReference('wink-nlp: readDoc(text) + entities() + sentiment', texts, corpus.words, winkPass());
  const cores = availableParallelism();
  const one = await timeDossier(folder, 1, corpus.words);
  const all = await timeDossier(folder, cores, corpus.words);

  const rows = [
    ['compromise, bare pass (1 core)', compromise.wordsPerSecond, undefined],
    ['wink-nlp, bare pass (1 core)', wink.wordsPerSecond, undefined],
    ['Dossier default pipeline, 1 worker', one.wordsPerSecond, one.peakMegabytes],
    [`Dossier default pipeline, ${cores} workers`, all.wordsPerSecond, all.peakMegabytes],
  ];
  console.log('');
  console.log('| run | words/s | peak RSS (MB) |');
  console.log('| --- | ---: | ---: |');
  for (const [name, rate, memory] of rows) console.log(`| ${name} | ${Math.round(rate).toLocaleString('en')} | ${memory === undefined ? '' : Math.round(memory)} |`);
  console.log('');
  const versusCompromise = one.wordsPerSecond / compromise.wordsPerSecond;
  const scaling = all.wordsPerSecond / one.wordsPerSecond;
  const peak = Math.max(one.peakMegabytes, all.peakMegabytes);
  report(`1 worker / compromise bare pass: ${versusCompromise.toFixed(2)}x`, versusCompromise >= TARGETS.versusCompromise, `target >= ${TARGETS.versusCompromise}x`);
  report(`1 worker / wink-nlp bare pass: ${(one.wordsPerSecond / wink.wordsPerSecond).toFixed(2)}x`, undefined, 'reference only');
  report(`${cores} workers / 1 worker: ${scaling.toFixed(2)}x`, cores < 2 ? undefined : scaling >= TARGETS.allCoresVersusOne, `target >= ${TARGETS.allCoresVersusOne}x`);
  // One worker's run already uses more than one core (compiler and GC threads, file I/O, the main thread): with no
  // contention at all, all cores can be at most this much faster.
  report(`1 worker keeps ${one.coresBusy.toFixed(2)} cores busy: at best ${(cores / one.coresBusy).toFixed(2)}x on ${cores} cores`, undefined, 'ceiling of the line above');
  const memoryTarget = corpus.articles >= TARGETS.peakForArticles;
  report(
    `peak memory: ${Math.round(peak)} MB for ${corpus.articles.toLocaleString('en')} articles`,
    memoryTarget ? peak < TARGETS.peakMegabytes : undefined,
    memoryTarget ? `target < ${TARGETS.peakMegabytes} MB` : `target < ${TARGETS.peakMegabytes} MB is for ${TARGETS.peakForArticles.toLocaleString('en')} articles: run with --articles ${TARGETS.peakForArticles}`,
  );
  console.log(`load average while measuring: ${loadAverage()} on ${cores} cores (figures are only comparable on an idle machine)`);
} finally {
  if (options.keep) console.log(`kept ${folder}`);
  else await rm(folder, { recursive: true, force: true });
}

function parseArguments(args) {
  const parsed = { words: 1_000_000, articles: 0, dist: join(ROOT, 'dist'), keep: false };
  for (let i = 0; i < args.length; i++) {
    const flag = args[i];
    if (flag === '--keep') parsed.keep = true;
    else if (flag === '--dist') parsed.dist = resolve(args[++i]);
    else if (flag === '--words' || flag === '--articles') {
      const value = Number(args[++i]);
      if (!Number.isInteger(value) || value < 1) usage(`${flag} needs a whole number`);
      parsed[flag.slice(2)] = value;
    } else usage(`unknown argument ${flag}`);
  }
  return parsed;
}

function usage(problem) {
  console.error(`bench: ${problem}\nusage: node bench/run.mjs [--words N] [--articles N] [--dist DIR] [--keep]`);
  process.exit(2);
}

function report(line, passed, note) {
  console.log(`${passed === undefined ? '  ' : passed ? 'ok' : '!!'} ${line} (${note})`);
}

function loadAverage() {
  try {
    return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  } catch {
    return 'unknown';
  }
}

function readJsonl(path) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line));
}

function countWords(text) {
  return text.split(/\s+/).filter(Boolean).length;
}

/** The source articles: MEANTIME and WikiGold documents, NYT editorial sentences grouped back into their pieces, and the sample. */
function sourceArticles() {
  const articles = [];
  for (const doc of readJsonl(join(SHARED, 'data/meantime/dev-ner.jsonl'))) articles.push({ id: `meantime-${doc.id}`, date: doc.dct, text: doc.text });
  for (const doc of readJsonl(join(SHARED, 'data/wikigold/dev.jsonl'))) articles.push({ id: `wikigold-${doc.id}`, text: doc.text });
  const groups = new Map();
  for (const sentence of readJsonl(join(SHARED, 'data/vader/nyt_editorials-dev.jsonl'))) {
    const group = groups.get(sentence.group) ?? [];
    group.push(sentence.text);
    groups.set(sentence.group, group);
  }
  for (const [group, sentences] of groups) {
    // Paragraphs of four sentences, as an editorial would have them.
    const paragraphs = [];
    for (let i = 0; i < sentences.length; i += 4) paragraphs.push(sentences.slice(i, i + 4).join(' '));
    articles.push({ id: group, text: paragraphs.join('\n\n') });
  }
  const sampleFolder = join(SHARED, 'corpus');
  if (existsSync(sampleFolder)) {
    const names = readdirSync(sampleFolder).filter((name) => name.endsWith('.txt')).sort();
    for (const name of names) articles.push({ id: name.replace(/\.txt$/, ''), text: readFileSync(join(sampleFolder, name), 'utf8') });
  }
  return articles;
}

/** Writes copies of the source articles, each copy with its own ids, until both minimums are met. */
async function buildCorpus(folder, minimumWords, minimumArticles) {
  await mkdir(folder, { recursive: true });
  const sources = sourceArticles();
  let words = 0;
  let articles = 0;
  for (let copy = 1; words < minimumWords || articles < minimumArticles; copy++) {
    for (const source of sources) {
      const id = `${source.id}-copy${copy}`;
      const frontMatter = ['---', `id: ${JSON.stringify(id)}`, ...(source.date ? [`date: ${source.date.slice(0, 10)}`] : []), '---', ''].join('\n');
      await writeFile(join(folder, `${id}.txt`), `${frontMatter}${source.text}\n`);
      words += countWords(source.text);
      articles++;
    }
  }
  return { words, articles, sources: 'MEANTIME, WikiGold, VADER NYT editorials, the sample article' };
}

async function readTexts(folder) {
  const names = (await readdir(folder)).sort();
  return Promise.all(names.map(async (name) => (await readFile(join(folder, name), 'utf8')).replace(/^---\n[\s\S]*?\n---\n/, '')));
}

function compromisePass() {
  const nlp = require('compromise');
  return (text) => {
    const doc = nlp(text);
    doc.people().out('array');
    doc.places().out('array');
    doc.organizations().out('array');
  };
}

function winkPass() {
  const winkNLP = require('wink-nlp');
  const nlp = winkNLP(require('wink-eng-lite-web-model'));
  const its = nlp.its;
  return (text) => {
    const doc = nlp.readDoc(text);
    doc.entities().out(its.detail);
    doc.out(its.sentiment);
  };
}

function timeReference(name, texts, words, pass) {
  pass(texts[0]); // load and warm up outside the measurement
  const started = performance.now();
  for (const text of texts) pass(text);
  const seconds = (performance.now() - started) / 1000;
  console.log(`${name}: ${seconds.toFixed(1)} s`);
  return { seconds, wordsPerSecond: words / seconds };
}

/** Runs the whole default pipeline in a child process, so that its peak memory is its own. */
async function timeDossier(folder, workers, words) {
  const outDir = join(folder, `out-${workers}`);
  const child = spawn(
    process.execPath,
    [join(ROOT, 'bench/batch-child.mjs'), options.dist, join(folder, 'corpus'), outDir, join(ROOT, 'pipelines/default.json'), String(workers)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  const code = await new Promise((resolveExit) => child.on('exit', resolveExit));
  if (code !== 0) throw new Error(`bench: the Dossier run with ${workers} worker(s) exited with ${code}`);
  const result = JSON.parse(output.trim().split('\n').pop());
  console.log(
    `Dossier, ${workers} worker(s): ${result.seconds.toFixed(1)} s, ${result.succeeded} articles, ${result.failed} failed, main thread busy ${Math.round(result.mainThreadBusy * 100)}% of the time, ${result.coresBusy.toFixed(2)} cores busy`,
  );
  await rm(outDir, { recursive: true, force: true });
  return { ...result, wordsPerSecond: words / result.seconds };
}
