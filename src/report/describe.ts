import type { DateMention, Entity, Figure, Quote } from '../article/types.js';
import { formatNumber } from './format.js';
import { sentimentText } from './palette.js';

// One line per annotation, shown on hover and focus and in the tables: what the pipeline made of it.

const QUALIFIER_WORDS: Record<string, string> = {
  about: 'about',
  less_than: 'less than',
  more_than: 'more than',
  at_least: 'at least',
  up_to: 'up to',
  at_most: 'at most',
};

export const qualifierWords = (qualifier: string | undefined): string => (qualifier ? (QUALIFIER_WORDS[qualifier] ?? qualifier) : '');

export function figureValue(figure: Figure): string {
  const amount = figure.valueHigh === undefined ? formatNumber(figure.value) : `${formatNumber(figure.value)}–${formatNumber(figure.valueHigh)}`;
  // '12%' as written in English; every other unit after a space ('3,000 JPY', '42 cars').
  const withUnit = figure.unit === '%' ? `${amount}%` : [amount, figure.unit].filter(Boolean).join(' ');
  return [qualifierWords(figure.qualifier), withUnit].filter(Boolean).join(' ');
}

export function describeEntity(entity: Entity): string {
  const parts = [`${entity.name} · ${entity.type}`];
  if (entity.roles?.length) parts.push(entity.roles.join(', '));
  if (entity.sentiment) parts.push(`sentiment ${sentimentText(entity.sentiment)}`);
  return parts.join(' · ');
}

export function describeFigure(figure: Figure): string {
  return `${figure.kind}: ${figureValue(figure)}${figure.subject ? ` · ${figure.subject}` : ''}`;
}

export function dateValue(date: DateMention): string {
  const value = date.value ?? 'unresolved';
  return [qualifierWords(date.qualifier), value, date.relative ? '(relative)' : ''].filter(Boolean).join(' ');
}

export function describeDate(date: DateMention): string {
  return `${date.kind}: ${dateValue(date)}`;
}

export function describeQuote(quote: Quote): string {
  return `quote · ${quote.speaker ?? 'speaker unknown'}`;
}
