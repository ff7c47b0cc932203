/** A social-media handle such as '@ScottFo83517667'. */
export const HANDLE = /@[A-Za-z0-9_]{2,30}\b/;

/** Boilerplate that ends news articles: bylines, follow-me lines, copyright, 'Read more' links. */
const TRAILER_PATTERNS: RegExp[] = [
  /^(follow|find)\b.{0,60}\b(on|at)\s+(x|twitter|facebook|instagram|linkedin|threads|bluesky|mastodon|tiktok|youtube)\b/i,
  /^follow (this writer|me|us|the author|him|her)\b/i,
  /^(©|\(c\)|copyright\b)/i,
  /\ball rights reserved\b/i,
  /^(read more|related|see also|more from|recommended|sign up|subscribe|share this)\b/i,
  /^(reporting|additional reporting|editing|writing) by\b/i,
  /^by\s+\p{Lu}[\p{L}.'’-]+(\s+\p{Lu}[\p{L}.'’-]+){0,3}\s*$/u,
  /^(contact|email|e-mail)\b.{0,40}@/i,
  /^@[A-Za-z0-9_]{2,30}$/,
  /^https?:\/\/\S+$/,
  /^this (article|story) (was|is|has been) (first |originally )?(published|updated)\b/i,
];

export function isTrailerLine(line: string): boolean {
  return line.length <= 200 && TRAILER_PATTERNS.some((pattern) => pattern.test(line.trim()));
}
