// Text keys shared by the gazetteers and the article's words, so that a name typed with curly
// quotes, en dashes or odd spacing finds the same entry.

/** The lookup key of one word: lower case, straight apostrophes, ASCII hyphens, no accents ('Perú' finds 'Peru'). */
export function wordKey(word: string): string {
  const key = word.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'").replace(/[\u2010-\u2015]/g, '-');
  return /[\u00c0-\u024f]/.test(key) ? key.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC') : key;
}

/** The lookup key of a name: its words' keys joined by single spaces. */
export function nameKey(name: string): string {
  return name.trim().split(/\s+/).map(wordKey).join(' ');
}

/** `<type>-<slug>`: the same canonical name and type give the same id in every article. */
export function entityId(type: string, name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${type.toLowerCase()}-${slug || 'unnamed'}`;
}

/** Edit distance, for binding misspelt long names; callers keep the strings short. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
