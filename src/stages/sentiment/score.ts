import type { Sentiment } from '../../article/types.js';
import { normalise } from './valence.js';

// The scorer's rule, and Dossier's: a score beyond ±0.05 has a direction.
const LABEL_THRESHOLD = 0.05;

export function sentiment(score: number): Sentiment {
  const rounded = Math.round(score * 10000) / 10000 || 0;
  return { score: rounded, label: rounded > LABEL_THRESHOLD ? 'positive' : rounded < -LABEL_THRESHOLD ? 'negative' : 'neutral' };
}

// Up to this many sentences, a text is read as one, as VADER reads a tweet.
const SHORT_TEXT = 4;

/**
 * Combines the raw sums of several sentences. A short text adds them up as VADER would; a longer one
 * is read as that many sentences of its average tone, so that a long, even-toned article does not
 * saturate at ±1 the way one sum over all its words would.
 */
export function combine(sums: readonly number[]): number {
  if (sums.length === 0) return 0;
  const total = sums.reduce((a, b) => a + b, 0);
  return normalise(total * Math.min(1, SHORT_TEXT / sums.length));
}
