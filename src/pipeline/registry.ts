import type { Stage } from './stage.js';
import { segmentsStage } from '../stages/segments/index.js';
import { sentencesStage } from '../stages/sentences/index.js';
import { entitiesStage } from '../stages/entities/index.js';
import { figuresStage } from '../stages/figures/index.js';
import { datesStage } from '../stages/dates/index.js';
import { quotesStage } from '../stages/quotes/index.js';
import { sentimentStage } from '../stages/sentiment/index.js';

/** Every stage a pipeline definition can name. */
export const STAGES: ReadonlyMap<string, Stage<any>> = new Map(
  [segmentsStage, sentencesStage, entitiesStage, figuresStage, datesStage, quotesStage, sentimentStage].map((stage) => [stage.name, stage as Stage<any>]),
);
