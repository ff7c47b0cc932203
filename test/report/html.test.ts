import { describe, expect, it } from 'vitest';
import { escapeHtml, html, join, relativeHref, safeExternalUrl, trusted } from '../../src/report/html.js';

describe('escapeHtml', () => {
  it('escapes the five characters that can open markup or close an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('leaves other text, emoji included, as it is', () => {
    expect(escapeHtml('Takaichi said “yes” 🤣 – 3 ¥')).toBe('Takaichi said “yes” 🤣 – 3 ¥');
  });
});

describe('html template', () => {
  it('escapes every interpolated string and number', () => {
    expect(html`<p title="${'"><script>'}">${'<script>alert(1)</script>'}${42}</p>`.value).toBe('<p title="&quot;&gt;&lt;script&gt;">&lt;script&gt;alert(1)&lt;/script&gt;42</p>');
  });

  it('writes nested Html as it is, so that escaping happens exactly once', () => {
    const inner = html`<b>${'a & b'}</b>`;
    expect(html`<p>${inner}</p>`.value).toBe('<p><b>a &amp; b</b></p>');
  });

  it('flattens lists and drops null, undefined and false', () => {
    expect(html`${['<', html`<i></i>`, null, undefined, false, 0]}`.value).toBe('&lt;<i></i>0');
  });

  it('joins with an escaped separator', () => {
    expect(join(['a', 'b'], ' < ').value).toBe('a &lt; b');
    expect(join([trusted('<br>'), 'x']).value).toBe('<br>x');
  });
});

describe('relativeHref', () => {
  it('percent-encodes each segment so that no name becomes a scheme, a query or another folder', () => {
    expect(relativeHref('articles', 'javascript:alert(1).html')).toBe('articles/javascript%3Aalert(1).html');
    expect(relativeHref('articles', '../../etc/passwd.html')).toBe('articles/..%2F..%2Fetc%2Fpasswd.html');
    expect(relativeHref('articles', 'a b?c#d.html')).toBe('articles/a%20b%3Fc%23d.html');
  });

  it('keeps a literal parent step', () => {
    expect(relativeHref('..', 'articles.csv')).toBe('../articles.csv');
  });
});

describe('safeExternalUrl', () => {
  it('accepts http and https addresses', () => {
    expect(safeExternalUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeExternalUrl('http://example.org')).toBe('http://example.org/');
  });

  it.each(['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>x</script>', 'vbscript:x', 'example.org', '', undefined])('refuses %j', (url) => {
    expect(safeExternalUrl(url)).toBeUndefined();
  });
});
