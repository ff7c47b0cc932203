import { describe, expect, it } from 'vitest';
import { analyse } from './helpers.js';

function comments(...texts: string[]) {
  return analyse(`The ministers will be in Astana on Monday.\nFollow this writer on X: @Some_Writer\n\n${texts.join('\n\n')}`).comments;
}

describe('reader comments', () => {
  it('scores each comment on its own, with its text and offsets', () => {
    const [first, second] = comments('Great piece, thanks!', 'Awful reporting.');
    expect(first.sentiment.label).toBe('positive');
    expect(second.sentiment.label).toBe('negative');
    expect(first.text).toBe('Great piece, thanks!');
  });

  it('reads laughing emoji after a jibe as mockery, and flags it as sarcasm', () => {
    const [comment] = comments('Another nothing burger for Japan. PM needs a lesson in geography. 🤣🤣🤣🤣');
    expect(comment.sentiment.label).toBe('negative');
    expect(comment.sarcasm).toBe(true);
  });

  it('keeps laughter positive when the rest of the comment is not negative', () => {
    const [comment] = comments('Best summit photo ever 🤣🤣');
    expect(comment.sentiment.label).toBe('positive');
    expect(comment.sarcasm).toBeUndefined();
  });

  it('flags a stock ironic opener in an otherwise negative comment without flipping its score', () => {
    const [sarcastic, sincere] = comments('Oh great, another delay.', 'Great news for the town.');
    expect(sarcastic.sarcasm).toBe(true);
    expect(sincere.sarcasm).toBeUndefined();
    expect(sarcastic.sentiment.score).toBeGreaterThan(-1);
  });

  it('flags praise met with an eye-roll', () => {
    const [comment] = comments('Brilliant plan, truly 🙄');
    expect(comment.sarcasm).toBe(true);
  });
});
