import winkNLP, { type WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

let instance: WinkMethods | undefined;

/** The wink-nlp English model, loaded once per process (or worker) and shared read-only. */
export function wink(): WinkMethods {
  instance ??= winkNLP(model);
  return instance;
}
