import { rejectUnknownOptions, type Stage } from '../../pipeline/stage.js';

export const quotesStage: Stage<Record<string, never>> = {
  name: 'quotes',
  description: 'direct speech with its speaker',
  needs: ['sentences', 'tokens', 'entities'],
  assigns: ['quotes'],
  options(raw) {
    rejectUnknownOptions('quotes', raw, []);
    return {};
  },
  run(article) {
    article.quotes = [];
  },
};
