import type { EntityType, Sentiment } from '../article/types.js';
import { formatScore } from './format.js';

// Okabe & Ito (2008), "Color Universal Design": eight colours that stay distinct for the common
// forms of colour blindness. Types beyond eight share greys; the type is always written as text too.
export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  black: '#000000',
} as const;

export const ENTITY_COLOURS: Record<EntityType, string> = {
  PERSON: OKABE_ITO.orange,
  ORG: OKABE_ITO.skyBlue,
  GPE: OKABE_ITO.bluishGreen,
  LOC: OKABE_ITO.yellow,
  NORP: OKABE_ITO.reddishPurple,
  FAC: OKABE_ITO.vermillion,
  EVENT: OKABE_ITO.blue,
  LAW: '#999999',
  PRODUCT: '#BBBBBB',
  WORK_OF_ART: '#BBBBBB',
  LANGUAGE: '#BBBBBB',
};

export const entityColour = (type: string): string => ENTITY_COLOURS[type as EntityType] ?? '#BBBBBB';

/**
 * Sentiment is drawn on a diverging blue (positive) to vermillion (negative) scale, the pair from the
 * Okabe–Ito set that colour-blind readers tell apart best, in seven steps so that classes, not inline
 * styles, carry the colour (the pages forbid inline styles).
 */
export const SENTIMENT_STEPS = ['neg3', 'neg2', 'neg1', 'zero', 'pos1', 'pos2', 'pos3'] as const;
export type SentimentStep = (typeof SENTIMENT_STEPS)[number];

export const SENTIMENT_COLOURS: Record<SentimentStep, string> = {
  neg3: '#A33D00',
  neg2: '#D55E00',
  neg1: '#F0B48A',
  zero: '#E4E4E4',
  pos1: '#9CC7E6',
  pos2: '#0072B2',
  pos3: '#004A75',
};

export function sentimentStep(score: number): SentimentStep {
  const magnitude = Math.abs(score);
  if (!(magnitude >= 0.05)) return 'zero';
  const level = magnitude < 0.25 ? 1 : magnitude < 0.5 ? 2 : 3;
  return `${score < 0 ? 'neg' : 'pos'}${level}` as SentimentStep;
}

/** Text drawn on a step's colour: white on the dark ends, black elsewhere. */
export const onSentimentStep = (step: SentimentStep): string => (step === 'neg3' || step === 'neg2' || step === 'pos2' || step === 'pos3' ? '#FFFFFF' : '#000000');

export const sentimentText = (sentiment: Sentiment): string => `${sentiment.label} ${formatScore(sentiment.score)}`;

/** Days, periods (months, seasons, years) and intervals on the timeline. */
export const TIMELINE_COLOURS = { day: OKABE_ITO.blue, period: OKABE_ITO.skyBlue, interval: OKABE_ITO.bluishGreen } as const;
