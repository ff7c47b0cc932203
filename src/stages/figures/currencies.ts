import currencyCodes from 'currency-codes';
import worldCountries, { type Country } from 'world-countries';
import lexicon from './currency-lexicon.json' with { type: 'json' };
import { PhraseTable } from './phrases.js';
import { lookup } from './lookup.js';

/** What a currency word says: the ISO 4217 code, and how a number next to it scales. */
export interface CurrencyWord {
  code: string;
  /** 0.01 for subunits ('50 cents'), 1e6 for 'MEUR', else 1. */
  scale: number;
  /** A bare symbol ('$'): it may be followed by a name that repeats it ('$5 billion dollars'). */
  symbol: boolean;
}

// The package's typings declare an ES default export that NodeNext resolution does not see through.
const countries = worldCountries as unknown as Country[];

const fold = (s: string): string => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f.]/g, '');

const ISO_CODES = new Set(currencyCodes.codes());
const NOT_CODES = new Set(lexicon.notCodes);
const NOT_NOUNS = new Set(lexicon.notCurrencyNouns);
const EXTRA_CODES = lookup<string>(lexicon.extraCodes);
// Two-letter country codes that are English words: 'paid in dollars' is not Indian money.
const WORD_LIKE_COUNTRY_CODES = new Set(['in', 'am', 'is', 'it', 'to', 'no', 'me', 'be', 'by', 'at', 'so', 'my', 'as', 'an', 'or', 'on', 'of', 'do', 'go', 'he', 'we', 'id', 'ad', 'ag']);

/** An uppercase ISO 4217 code ('USD', 'JPY'), or an alias such as 'RMB'; English-word codes ('ALL') are not. */
export function isoCode(text: string): string | undefined {
  if (EXTRA_CODES[text]) return EXTRA_CODES[text];
  return /^[A-Z]{3}$/.test(text) && ISO_CODES.has(text) && !NOT_CODES.has(text) ? text : undefined;
}

const LOWERCASE_NOT_CODES = new Set(lexicon.lowercaseNotCodes);

/** A code written in lower case next to a number ('1.5 million usd'), unless it is also an English word ('5 try'). */
export function lowercaseIsoCode(text: string): string | undefined {
  if (!/^[a-z]{3}$/.test(text) || LOWERCASE_NOT_CODES.has(text)) return undefined;
  return isoCode(text.toUpperCase());
}

const countryByCode = new Map<string, Country>();
for (const country of countries) {
  countryByCode.set(country.cca2.toLowerCase(), country);
  countryByCode.set(country.cca3.toLowerCase(), country);
}

/** The dollar-like currency of a country code: 'US' -> USD, 'HK' -> HKD, 'Mex' -> MXN. */
function countryDollar(prefix: string): string | undefined {
  const country = countryByCode.get(prefix.toLowerCase());
  if (!country) return undefined;
  const entries = Object.entries(country.currencies ?? {});
  return (entries.find(([, c]) => c.symbol.includes('$')) ?? entries[0])?.[0];
}

const DOLLAR_PREFIXES = lookup<string>(lexicon.dollarPrefixes);
const symbolCodes = buildSymbols();

function buildSymbols(): Map<string, string> {
  const byString = new Map<string, Set<string>>();
  for (const country of countries) {
    for (const [code, currency] of Object.entries(country.currencies ?? {})) {
      const set = byString.get(currency.symbol) ?? new Set<string>();
      set.add(code);
      byString.set(currency.symbol, set);
    }
  }
  const letterSymbols = new Set(lexicon.letterSymbols);
  const symbols = new Map<string, string>();
  for (const [symbol, codes] of byString) {
    // Letter-only symbols ('L', 'Fr', 'Br') are mostly ordinary words; only the well-known ones count.
    if (/^\p{L}+\.?$/u.test(symbol) && !letterSymbols.has(symbol)) continue;
    if (codes.size === 1) symbols.set(symbol, [...codes][0]);
  }
  for (const [symbol, code] of Object.entries(lexicon.symbolDefaults)) symbols.set(symbol, code);
  // In English news 'C$' is the Canadian dollar, whatever else uses the sign.
  for (const [prefix, code] of Object.entries(DOLLAR_PREFIXES)) symbols.set(`${prefix}$`, code);
  for (const symbol of letterSymbols) if (!symbols.has(symbol) && byString.get(symbol)?.size === 1) symbols.set(symbol, [...byString.get(symbol)!][0]);
  return symbols;
}

/**
 * A currency sign written before or after a number: '$', '€', 'US$', 'C$', 'HK$', 'Mex$', 'usd$', 'USD',
 * 'MEUR' (millions of euros). Case matters for codes: 'usd' alone is not one, 'usd$' is.
 */
export function currencySign(text: string): CurrencyWord | undefined {
  // Most words are ordinary lower-case words: neither a sign, a code nor 'X$'.
  if (/^\p{Ll}[\p{Ll}.-]*$/u.test(text)) return undefined;
  const symbol = symbolCodes.get(text);
  if (symbol) return { code: symbol, scale: 1, symbol: true };
  const code = isoCode(text);
  if (code) return { code, scale: 1, symbol: false };
  const millions = /^M([A-Z]{3})$/.exec(text);
  if (millions && isoCode(millions[1])) return { code: millions[1], scale: 1e6, symbol: false };
  const dollar = /^([A-Za-z]{1,3})\$$/.exec(text);
  if (dollar) {
    const prefix = dollar[1];
    const found = DOLLAR_PREFIXES[prefix.toUpperCase()] ?? (prefix.length === 3 ? isoCode(prefix.toUpperCase()) : undefined) ?? (prefix.length > 1 ? countryDollar(prefix) : undefined);
    if (found) return { code: found, scale: 1, symbol: true };
  }
  return undefined;
}

/** A country prefix written apart from its dollar sign in tokenised text ('hk $', 'c $'). */
export function detachedDollarPrefix(text: string): boolean {
  if (!/^[A-Za-z]{1,3}$/.test(text)) return false;
  if (text.length === 1) return text.toLowerCase() === 'c';
  return !WORD_LIKE_COUNTRY_CODES.has(text.toLowerCase()) && currencySign(`${text}$`) !== undefined;
}

/** Currency names after a number: 'yen', 'dollars', 'Australian dollars', 'US dollar', 'pounds sterling', 'cents'. */
export const currencyNames: PhraseTable<CurrencyWord> = buildNames();

function buildNames(): PhraseTable<CurrencyWord> {
  const table = new PhraseTable<CurrencyWord>();
  const irregular = lookup<string>(lexicon.irregularPlurals);
  const aliases = Object.entries(lexicon.nounAliases as Record<string, string>);
  const forms = (noun: string): string[] => {
    const base = [noun, ...aliases.filter(([, target]) => target === noun).map(([alias]) => alias)];
    return [...new Set(base.flatMap((n) => [n, irregular[n] ?? `${n}s`]))].map(fold);
  };
  const add = (phrase: string[], code: string, scale = 1): void => table.add(phrase, { code, scale, symbol: false });
  const nounCodes = new Map<string, Set<string>>();
  for (const country of countries) {
    const prefixes = new Set<string>();
    for (const demonym of Object.values(country.demonyms?.eng ?? {})) prefixes.add(fold(demonym));
    prefixes.add(fold(country.name.common));
    for (const alt of country.altSpellings) if (/^[A-Z]{2,3}$/.test(alt) && !WORD_LIKE_COUNTRY_CODES.has(alt.toLowerCase())) prefixes.add(fold(alt));
    for (const [code, currency] of Object.entries(country.currencies ?? {})) {
      const nameWords = fold(currency.name).split(/\s+/);
      const noun = nameWords[nameWords.length - 1];
      const codes = nounCodes.get(noun) ?? new Set<string>();
      codes.add(code);
      nounCodes.set(noun, codes);
      for (const form of forms(noun)) {
        add([...nameWords.slice(0, -1), form], code);
        for (const prefix of prefixes) add([...prefix.split(/\s+/), form], code);
      }
    }
  }
  const defaults = lookup<string>(lexicon.nounDefaults);
  for (const [noun, codes] of nounCodes) {
    if (NOT_NOUNS.has(noun)) continue;
    const code = codes.size === 1 ? [...codes][0] : defaults[noun];
    if (code) for (const form of forms(noun)) add([form], code);
  }
  add(['sterling'], lexicon.sterling);
  for (const form of forms('pound')) add([form, 'sterling'], lexicon.sterling);
  for (const [subunit, code] of Object.entries(lexicon.subunits)) add([subunit], code, 0.01);
  for (const [name, code] of Object.entries(lexicon.extraNames as Record<string, string>)) add([name], code);
  for (const subunit of ['cent', 'cents']) add(['euro', subunit], 'EUR', 0.01);
  return table;
}

const GENERIC_SUBUNITS = new Set(lexicon.genericSubunits);

/** 'cents' are a hundredth of dollars and euros alike; 'pence' only of pounds. */
export function isGenericSubunit(key: string): boolean {
  return GENERIC_SUBUNITS.has(key);
}

const ATTACHED_SUBUNITS = lookup<string>(lexicon.attachedSubunits);

/** A currency glued after the digits: '100元', '115USD', '5€', '50p'. */
export function attachedCurrency(suffix: string): CurrencyWord | undefined {
  if (ATTACHED_SUBUNITS[suffix]) return { code: ATTACHED_SUBUNITS[suffix], scale: 0.01, symbol: false };
  return currencySign(suffix) ?? currencyNames.single(fold(suffix));
}
