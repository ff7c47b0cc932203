import { rejectUnknownOptions, type Stage } from '../../pipeline/stage.js';

export const sentimentStage: Stage<Record<string, never>> = {
  name: 'sentiment',
  description: 'sentiment of sentences, segments, the article body, each reader comment and each entity',
  needs: ['sentences', 'tokens', 'entities', 'quotes'],
  assigns: ['sentiment', 'comments'],
  options(raw) {
    rejectUnknownOptions('sentiment', raw, []);
    return {};
  },
  run(article) {
    article.comments = [];
  },
};
