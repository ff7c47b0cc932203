import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

interface LexemeTable {
  list: string[];
  hash: Record<string, number>;
}

/**
 * wink-nlp learns every out-of-vocabulary word it reads, and its tokenizer then splits text differently
 * ("KO's" is split once unknown, kept whole once learned), so an article's tokens would depend on the
 * articles read before it in the same process. `forgetLearnedWords` hides what was learned, so each
 * article is tokenized as by a fresh instance, without paying ~150 ms to build one.
 */
class Wink {
  readonly nlp: WinkMethods;
  private lexemes!: LexemeTable;
  private intrinsicSize = 0;
  private watermark = 0;

  constructor() {
    const packed = model as unknown as { core(): { features: { lexeme: LexemeTable } } };
    const core = packed.core.bind(packed);
    // Only what the stages read: sentence boundaries, and the part-of-speech tags that lemmas need; wink's own
    // entities, negation and sentiment would take time for results no stage reads.
    this.nlp = winkNLP({
      ...model,
      core: () => {
        const unpacked = core();
        this.lexemes = unpacked.features.lexeme as LexemeTable;
        this.intrinsicSize = this.watermark = this.lexemes.list.length;
        return unpacked;
      },
    } as typeof model, ['sbd', 'pos']);
  }

  /** Removes the words learned since the last call from the lookup table (the feature rows stay, so indices stay in step). */
  forgetLearnedWords(): void {
    const { list, hash } = this.lexemes;
    for (let index = this.watermark; index < list.length; index++) {
      if (hash[list[index]] >= this.intrinsicSize) delete hash[list[index]];
    }
    this.watermark = list.length;
  }
}

let instance: Wink | undefined;

/** The wink-nlp English model, loaded once per process (or worker). */
export function wink(): Wink {
  instance ??= new Wink();
  return instance;
}
