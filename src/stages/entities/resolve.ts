import type { Entity, EntityType } from '../../article/types.js';
import type { Candidate } from './classify.js';
import { editDistance, entityId } from './names.js';

interface Group {
  mentions: Candidate[];
  /** Set when a gazetteer names the entity. */
  canonical?: string;
}

/**
 * Names each entity once: gazetteer aliases, acronyms bound to the name they follow in brackets,
 * surnames to the full name, plural and misspelt forms of long names to the name. Then one entity per
 * group, typed by its strongest evidence.
 */
export function resolveEntities(candidates: Candidate[], text: string): Entity[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end).map((c) => ({ ...c }));
  // An acronym defined in brackets anywhere in the article stands for its long form, also before it ('GM' … 'General Motors (GM)').
  const defined = new Map<string, string>();
  for (let i = 0; i < sorted.length; i++) {
    const acronym = sorted[i].keys.length >= 2 ? bracketedAcronym(sorted, i, text) : undefined;
    if (acronym !== undefined && !defined.has(acronym)) defined.set(acronym, formOf(sorted[i]));
  }
  for (const c of sorted) if (!c.alias && c.keys.length === 1 && defined.has(c.keys[0]) && formOf(c) !== defined.get(c.keys[0])) c.alias = defined.get(c.keys[0]);
  // Short forms that stand for a fuller name join after every full name has its group.
  const order = [...sorted.keys()].sort((a, b) => Number(!!sorted[a].alias) - Number(!!sorted[b].alias) || a - b);
  const groups: Group[] = [];
  const byForm = new Map<string, Group>();
  const surnames = new Map<string, Group | null>();
  const longNames: Array<{ form: string; words: number; group: Group }> = [];

  const join = (group: Group, c: Candidate) => {
    group.mentions.push(c);
    if (c.canonical && !group.canonical) group.canonical = c.canonical;
    byForm.set(formOf(c), group);
  };
  const companies = new Map<string, Group | null>();
  for (const i of order) {
    const c = sorted[i];
    const form = formOf(c);
    let group = byForm.get(form) ?? (c.alias ? byForm.get(c.alias) : undefined);
    if (!group && c.keys.length === 1 && mayBeSurname(c)) {
      const bound = surnames.get(c.keys[0]);
      group = bound ?? undefined;
      // Bound as a surname, the word is the person's, whatever a list of towns says ('Norton'); the surname
      // of two people named in full ('Charlie Ostrander', 'Michael Ostrander') is a person's too, if not which one's.
      if (bound !== undefined) Object.assign(c, { type: 'PERSON', strength: 2 });
    } else if (group && c.keys.length === 1 && surnames.get(c.keys[0]) === group && mayBeSurname(c)) {
      // Every later use of the surname is the person's too, not only the first that bound it.
      Object.assign(c, { type: 'PERSON', strength: 2 });
    }
    if (!group && !c.canonical) group = variantOf(c, longNames);
    if (!group) {
      group = { mentions: [] };
      groups.push(group);
      if (!c.canonical && c.keys.length >= 3) longNames.push({ form: plainForm(c), words: c.keys.length, group });
    }
    join(group, c);
    if (c.type === 'PERSON' && c.keys.length >= 2) remember(surnames, c.keys[c.keys.length - 1], group);
    if (c.type === 'ORG' && c.keys.length >= 2 && !c.canonical) {
      remember(companies, c.keys[0], group);
      // 'the Bruins' for 'Boston Bruins': a team goes by its plural nickname.
      if (/^\p{Lu}\p{Ll}+[^su]s$/u.test(c.text.slice(c.text.lastIndexOf(' ') + 1))) remember(companies, c.keys[c.keys.length - 1], group);
    }
  }
  // A surname or a company's first word alone binds to the one full name it can stand for.
  for (const group of [...groups]) {
    if (!group.mentions.every((m) => m.keys.length === 1 && mayBeSurname(m))) continue;
    const key = group.mentions[0].keys[0];
    // A company speaks too: 'Varnholt said' after 'Varnholt Motor Company' is the company, not a person.
    const weak = (m: Candidate) => (m.type === 'ORG' && m.strength < 3) || ((m.type === 'NORP' || m.type === 'PERSON') && m.strength < 2);
    const target = surnames.get(key) ?? (group.mentions.every(weak) ? companies.get(key) : undefined);
    if (target && target !== group) {
      if (target === surnames.get(key)) for (const m of group.mentions) Object.assign(m, { type: 'PERSON', strength: 2 });
      else for (const m of group.mentions) if (m.type !== 'ORG') Object.assign(m, { type: 'ORG', strength: 1 });
      target.mentions.push(...group.mentions);
      groups.splice(groups.indexOf(group), 1);
    }
  }
  return groups.map(toEntity).sort((a, b) => a.mentions[0].start - b.mentions[0].start || a.id.localeCompare(b.id));
}

/** A single word no gazetteer names as something else may stand for a person's full name. */
function mayBeSurname(c: Candidate): boolean {
  return c.strength < 3 || c.type === 'PERSON';
}

function formOf(c: Candidate): string {
  return c.canonical ? `=${c.canonical.toLowerCase()}` : c.keys.join(' ');
}

/** Maps a short form to its one full name; a short form shared by two names maps to null. */
function remember(map: Map<string, Group | null>, key: string, group: Group): void {
  const other = map.get(key);
  map.set(key, other === undefined || other === group ? group : null);
}

/** 'Dialogues' for 'Dialogue', 'Japad' for 'Japan': long names of the same length, a letter or two apart. */
function variantOf(c: Candidate, longNames: Array<{ form: string; words: number; group: Group }>): Group | undefined {
  if (c.keys.length < 3) return undefined;
  const form = plainForm(c);
  for (const name of longNames) {
    if (name.words !== c.keys.length) continue;
    if (name.form === form || (form.length >= 15 && editDistance(name.form, form) <= Math.max(1, Math.floor(form.length / 15)))) return name.group;
  }
  return undefined;
}

function plainForm(c: Candidate): string {
  return c.keys.join(' ').replace(/s$/, '');
}

/** The acronym in brackets right after the candidate: 'Ministry of … (METI)'. */
function bracketedAcronym(sorted: Candidate[], i: number, text: string): string | undefined {
  const next = sorted[i + 1];
  if (!next || next.keys.length !== 1) return undefined;
  const between = text.slice(sorted[i].end, next.start);
  if (!/^\s*\($/.test(between) || !text.startsWith(')', next.end)) return undefined;
  if (!/^[\p{Lu}\d.&-]{2,10}$/u.test(next.text) || !/\p{Lu}.*\p{Lu}/u.test(next.text)) return undefined;
  return next.keys[0];
}

function toEntity(group: Group): Entity {
  const mentions = [...group.mentions].sort((a, b) => a.start - b.start);
  const type = strongestType(mentions);
  const name = group.canonical ?? canonicalName(mentions, type);
  const roles = [...new Set(mentions.flatMap((m) => m.roles))];
  const entity: Entity = {
    id: entityId(type, name),
    name,
    type,
    mentions: mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })),
  };
  if (roles.length) entity.roles = roles;
  return entity;
}

function strongestType(mentions: Candidate[]): EntityType {
  const score = new Map<EntityType, number>();
  for (const m of mentions) score.set(m.type, (score.get(m.type) ?? 0) + 10 ** m.strength);
  let best = mentions[0].type;
  for (const [type, value] of score) if (value > score.get(best)!) best = type;
  return best;
}

/** A person's longest form ('Sanae Takaichi', not 'Takaichi'); otherwise the most frequent form, the first on a tie. */
function canonicalName(mentions: Candidate[], type: EntityType): string {
  const counts = new Map<string, number>();
  // A person's form with the most words wins however often the surname alone is used.
  const longest = Math.max(...mentions.map((m) => m.keys.length));
  for (const m of mentions) counts.set(m.text, (counts.get(m.text) ?? 0) + (type === 'PERSON' ? (m.keys.length === longest ? 100 : 0) : m.keys.length > 1 || !/^\p{Lu}+$/u.test(m.text) ? 10 : 1));
  let best = mentions[0].text;
  for (const [text, count] of counts) if (count > counts.get(best)!) best = text;
  return best;
}
