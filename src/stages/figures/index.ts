import { rejectUnknownOptions, type Stage } from '../../pipeline/stage.js';

export const figuresStage: Stage<Record<string, never>> = {
  name: 'figures',
  description: 'money, percentages, counts and quantities with full values and units',
  needs: ['sentences', 'tokens'],
  assigns: ['figures'],
  options(raw) {
    rejectUnknownOptions('figures', raw, []);
    return {};
  },
  run(article) {
    article.figures = [];
  },
};
