// Escaping by construction: every value interpolated into `html` is escaped unless it is already
// Html, so article text can only reach a page as text, never as markup.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and for quoted attribute values alike. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Markup that has been built or escaped by this module and may be written as it is. */
export class Html {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

export type Interpolation = Html | string | number | null | undefined | false | readonly Interpolation[];

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

/** Template tag: the literal parts are markup, every interpolation is escaped. */
export function html(strings: TemplateStringsArray, ...values: Interpolation[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += render(values[i]!) + strings[i + 1]!;
  return new Html(out);
}

/** Marks a string produced by report code (never article data) as markup. */
export function trusted(markup: string): Html {
  return new Html(markup);
}

export function join(parts: readonly Interpolation[], separator: Interpolation = ''): Html {
  const sep = render(separator);
  return new Html(parts.map(render).join(sep));
}

/**
 * A relative link to a file the report wrote or the run wrote, from a name that may hold any
 * character: each path segment is percent-encoded, so no name can become a scheme or leave the folder.
 */
export function relativeHref(...segments: string[]): string {
  return segments.map((s) => (s === '..' ? s : encodeURIComponent(s))).join('/');
}

/** An outside link only when it is plain http(s); anything else (javascript:, data:) is shown as text. */
export function safeExternalUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
