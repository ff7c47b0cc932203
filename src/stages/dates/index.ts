import { rejectUnknownOptions, type Stage } from '../../pipeline/stage.js';

export const datesStage: Stage<Record<string, never>> = {
  name: 'dates',
  description: 'dates, ranges, durations and sets in EDTF, relative ones resolved against the reference date',
  needs: ['sentences', 'tokens'],
  assigns: ['dates', 'referenceDate'],
  options(raw) {
    rejectUnknownOptions('dates', raw, []);
    return {};
  },
  run(article) {
    article.dates = [];
  },
};
