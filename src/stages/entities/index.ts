import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from '../../article/types.js';
import { rejectUnknownOptions, stringOption, type Stage } from '../../pipeline/stage.js';
import { typeByAliases } from './aliases.js';
import { findChunks } from './chunks.js';
import { classifyChunk, type Candidate } from './classify.js';
import { otherMentions, surestByForm, typeByCoordination, typeByShortForms, wordUsage } from './discourse.js';
import { buildKnowledge, checkGazetteer, type Knowledge } from './knowledge.js';
import { headingFullNames, headingLoneNames } from './headings.js';
import { resolveEntities } from './resolve.js';
import { articleWords } from './words.js';
import { definedTitles, quotedWorks } from './works.js';

export interface EntitiesOptions {
  /** A JSON file of {name, type, aliases?} entries, relative to the pipeline file. */
  gazetteer?: string;
}

let builtinKnowledge: Knowledge | undefined;

/** The built-in knowledge, built once per process: the stage's resources when no gazetteer is given. */
export function defaultKnowledge(): Knowledge {
  builtinKnowledge ??= buildKnowledge();
  return builtinKnowledge;
}

export const entitiesStage: Stage<EntitiesOptions> = {
  name: 'entities',
  description: 'named entities with OntoNotes types, canonical names and mentions',
  needs: ['sentences', 'tokens'],
  assigns: ['entities'],
  options(raw) {
    rejectUnknownOptions('entities', raw, ['gazetteer']);
    return { gazetteer: stringOption('entities', raw, 'gazetteer') };
  },
  async load(options, baseDir) {
    if (!options.gazetteer) return defaultKnowledge();
    const file = path.resolve(baseDir, options.gazetteer);
    let data: unknown;
    try {
      data = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      throw new Error(`entities gazetteer ${file}: ${(error as Error).message}`);
    }
    return buildKnowledge(checkGazetteer(data, file));
  },
  run(article, context) {
    const knowledge = (context.resources as Knowledge | undefined) ?? defaultKnowledge();
    article.entities = findEntities(article, knowledge);
  },
};

/** Every entity of the article's body: chunks read into mentions, names carried to their other mentions, mentions grouped. */
export function findEntities(article: Article, knowledge: Knowledge): Article['entities'] {
  const sentences = articleWords(article);
  const usage = wordUsage(sentences);
  const found: Candidate[] = [];
  for (const sentence of sentences) for (const chunk of findChunks(sentence)) found.push(...classifyChunk(chunk, knowledge, article.text, usage));
  typeByShortForms(found, knowledge);
  // What the whole article says each name is; the passes below only type guesses, which leaves it unchanged.
  const surest = surestByForm(found);
  typeByCoordination(found, surest, article.text, knowledge);
  typeByAliases(sentences, found, surest);
  const works = [...quotedWorks(sentences, article.text), ...definedTitles(sentences, article.text)];
  const inWork = (c: Candidate) => works.some((w) => c.start < w.end && w.start < c.end);
  const accepted = [...works, ...found.filter((c) => !c.needsSupport && !inWork(c))];
  const named = [...accepted, ...headingFullNames(sentences, accepted, knowledge, article.text)];
  const withOtherMentions = [...named, ...otherMentions(sentences, named, knowledge, article.text)];
  // Names the rest of the article gives a heading come before the lists': 'Chrysler' there is the firm named in the text.
  const withHeadings = [...withOtherMentions, ...headingLoneNames(sentences, withOtherMentions, knowledge, article.text)];
  return resolveEntities(withHeadings, article.text);
}
