import type { Sentiment } from '../../article/types.js';
import { normalise } from './valence.js';

// A text's score must pass this to have a direction. VADER's ±0.05 lets one mildly connoted word
// ('gather', 'meet') make a plain news sentence positive; twice that keeps plain reporting neutral.
// The score itself is unchanged, so correlations with human ratings are too.
const TEXT_LABEL_THRESHOLD = 0.1;
// Towards an entity the evidence is already weighed down by distance and role: VADER's threshold.
export const ENTITY_LABEL_THRESHOLD = 0.05;

export function sentiment(score: number, threshold = TEXT_LABEL_THRESHOLD): Sentiment {
  const rounded = Math.round(score * 10000) / 10000 || 0;
  return { score: rounded, label: rounded > threshold ? 'positive' : rounded < -threshold ? 'negative' : 'neutral' };
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
