import eventTable from './events.json' with { type: 'json' };
import type { Word } from './words.js';

/**
 * Connotation frames (Rashkin et al. 2016): an event says something of the one who does it and of the
 * one it is done to, in the writer's eyes, even when no word of it is an opinion word. 'Smith caved'
 * and 'Smith backtracked' judge Smith; 'the board sacked Smith' and 'Smith was stripped of his title'
 * say Smith fared badly; 'Smith was cleared' that he fared well.
 */

/** An event found in a sentence: the word that carries it and what it says of the person. */
export interface EventEffect {
  at: number;
  valence: number;
}

interface Phrase {
  words: string[];
  valence: number;
}

const AGENT: ReadonlyMap<string, number> = new Map(Object.entries(eventTable.agent));
const THEME: ReadonlyMap<string, number> = new Map(Object.entries(eventTable.theme));
// Longest first, by first word for what a subject does ('backed down'), by last word for what is aimed at the person after it ('hit out at').
const AGENT_PHRASES = indexed(eventTable.agentPhrases, (words) => words[0]);
const STATES = indexed(eventTable.states, (words) => words[0]);
const THEME_PHRASES = indexed(eventTable.themePhrases, (words) => words[words.length - 1]);

/** What the verb at k says of its subject: a phrase starting there ('backed down', 'changed his story') or the verb alone ('caved'). */
export function agentEvent(words: readonly Word[], k: number): EventEffect | undefined {
  const word = words[k];
  if (word.pos !== 'VERB') return undefined;
  for (const phrase of AGENT_PHRASES.get(word.lemma) ?? []) {
    if (matchesAt(words, phrase.words, k)) return { at: k, valence: phrase.valence };
  }
  const valence = AGENT.get(word.lemma);
  return valence === undefined ? undefined : { at: k, valence };
}

/** A state the person is put in or stands in, starting at k ('X is on the ropes', 'put X on the defensive'). */
export function stateAt(words: readonly Word[], k: number): EventEffect | undefined {
  for (const phrase of STATES.get(words[k].key) ?? []) {
    if (matchesAt(words, phrase.words, k)) return { at: k, valence: phrase.valence };
  }
  return undefined;
}

/** What the verb at k says of its object or, in the passive, of its subject ('sacked X', 'X was sacked'). */
export function themeEvent(word: Word): number | undefined {
  return word.pos === 'VERB' ? THEME.get(word.lemma) : undefined;
}

/** A phrase ending right before a mention that aims its event at the person ('lashed out at X', 'stood by X'). */
export function themePhraseBefore(words: readonly Word[], first: number): EventEffect | undefined {
  if (first === 0) return undefined;
  for (const phrase of THEME_PHRASES.get(words[first - 1].key) ?? []) {
    const start = first - phrase.words.length;
    if (start >= 0 && words[start].pos === 'VERB' && matchesAt(words, phrase.words, start)) return { at: start, valence: phrase.valence };
  }
  return undefined;
}

/** Whether the phrase's words stand at `start`, within one clause: each by lemma or as written. */
function matchesAt(words: readonly Word[], phrase: readonly string[], start: number): boolean {
  if (start + phrase.length > words.length) return false;
  return phrase.every((part, j) => {
    const word = words[start + j];
    return (j === 0 || !word.afterBreak) && (word.lemma === part || word.key === part);
  });
}

function indexed(table: Record<string, number>, keyOf: (words: string[]) => string): ReadonlyMap<string, readonly Phrase[]> {
  const byKey = new Map<string, Phrase[]>();
  for (const [text, valence] of Object.entries(table)) {
    const words = text.split(' ');
    const list = byKey.get(keyOf(words)) ?? [];
    list.push({ words, valence });
    byKey.set(keyOf(words), list);
  }
  for (const list of byKey.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byKey;
}
