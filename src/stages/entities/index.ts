import { rejectUnknownOptions, type Stage } from '../../pipeline/stage.js';

export const entitiesStage: Stage<Record<string, never>> = {
  name: 'entities',
  description: 'named entities with OntoNotes types, canonical names and mentions',
  needs: ['sentences', 'tokens'],
  assigns: ['entities'],
  options(raw) {
    rejectUnknownOptions('entities', raw, []);
    return {};
  },
  run(article) {
    article.entities = [];
  },
};
