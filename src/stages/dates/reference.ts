import type { ReferenceDate } from '../../article/types.js';
import { compareDates, formatDate, hasDay, type PartialDate } from './calendar.js';

/** An explicit date (one that names its year) and what the sentence around it says. */
export interface DateEvidence {
  date: PartialDate;
  /** The sentence looks ahead ('will', 'plans to'): the date may be after the article was written. */
  future: boolean;
  /** A deadline ('by 2030', 'until June 2026') rather than something that happened. */
  deadline: boolean;
  /** The verb nearest the date is in the past tense ('was held in 2011'). */
  past: boolean;
  /** The date stands alone at the head of the article, the way a dateline does. */
  dateline: boolean;
}

/**
 * The date an article without a publication date was written, from its own words: a dateline gives
 * the day; otherwise the latest date it reports as past or present, to the month at most, because the
 * article was written on that day or later ('At this month's summit' after 'December 20, 2025').
 */
export function inferReferenceDate(evidence: DateEvidence[]): ReferenceDate {
  const dateline = evidence.find((item) => item.dateline && hasDay(item.date));
  if (dateline) return { value: formatDate(dateline.date), source: 'inferred' };
  let latest: PartialDate | null = null;
  for (const item of evidence) {
    if (item.future || item.deadline) continue;
    // A bare year in the present tense is as often ahead as behind ('is preparing for the 2028 Games').
    if (item.date.month === undefined && !item.past) continue;
    if (!latest || compareDates(item.date, latest) > 0) latest = item.date;
  }
  if (!latest) return { value: null, source: 'none' };
  return { value: formatDate({ year: latest.year, month: latest.month }), source: 'inferred' };
}
