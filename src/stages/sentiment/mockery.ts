import { bareEmoji, type Lexicon, type Phrase } from './lexicon.js';
import type { Word } from './words.js';

// Laughter at someone in a negative comment is scorn: it keeps some of its strength, turned negative.
const MOCKERY_WEIGHT = 0.6;
// How negative the rest of the text must be: clearly, not by one mildly negative word.
const MOCKING_CONTEXT = -1;

function isLaughter(word: Word, lexicon: Lexicon): boolean {
  return lexicon.laughter.has(word.type === 'emoji' ? bareEmoji(word.text) : word.key);
}

/**
 * Reads laughing emoji ('🤣', '😂') as mockery when the rest of the text is negative, changing the given
 * valences in place. `context` is the sum of the other words' valences in the whole comment or
 * paragraph, so that a line of emoji after a jibe is read with the jibe. Returns whether it mocked.
 */
export function readLaughter(words: readonly Word[], valences: number[], context: number, lexicon: Lexicon): boolean {
  if (context > MOCKING_CONTEXT) return false;
  let mocked = false;
  words.forEach((word, i) => {
    // Only laughing emoji: a written 'lol' in a complaint is mostly self-deprecating, not scorn.
    if (valences[i] > 0 && word.type === 'emoji' && isLaughter(word, lexicon)) {
      valences[i] = -valences[i] * MOCKERY_WEIGHT;
      mocked = true;
    }
  });
  return mocked;
}

/** Sum of the valences of everything but laughter. */
export function sumWithoutLaughter(words: readonly Word[], valences: readonly number[], lexicon: Lexicon): number {
  let sum = 0;
  words.forEach((word, i) => {
    if (!isLaughter(word, lexicon)) sum += valences[i];
  });
  return sum;
}

/**
 * Likely sarcasm: an explicit marker ('#sarcasm', '/s'), a stock ironic opener ('yeah right', 'oh
 * great') in a text that is otherwise negative, or praise met with an eye-roll. Flagged, never used to
 * flip the score: a wrong guess should cost a flag, not the reading.
 */
export function looksSarcastic(words: readonly Word[], valences: readonly number[], mocked: boolean, lexicon: Lexicon): boolean {
  if (mocked) return true;
  const keys = words.map((word) => word.key);
  if (keys.includes('#sarcasm') || keys.includes('/s')) return true;
  const negativeOutside = (from: number, length: number) => valences.some((v, i) => v < 0 && (i < from || i >= from + length));
  for (const marker of lexicon.sarcasmMarkers) {
    const at = findPhrase(keys, marker);
    if (at >= 0 && negativeOutside(at, marker.words.length)) return true;
  }
  const eyeRoll = words.some((word) => word.type === 'emoji' && bareEmoji(word.text) === '🙄');
  return eyeRoll && valences.some((v, i) => v > 0 && words[i].type !== 'emoji');
}

function findPhrase(keys: readonly string[], phrase: Phrase): number {
  const first = phrase.words[0];
  for (let i = keys.indexOf(first); i >= 0 && i + phrase.words.length <= keys.length; i = keys.indexOf(first, i + 1)) {
    if (phrase.words.every((part, k) => keys[i + k] === part)) return i;
  }
  return -1;
}
