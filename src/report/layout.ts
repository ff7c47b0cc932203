import { createHash } from 'node:crypto';
import { SCRIPT } from './assets/script.js';
import { STYLE } from './assets/style.js';
import { html, trusted, type Html, type Interpolation } from './html.js';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/**
 * Only the report's own style and script may run, by hash: even if some text escaped escaping, the
 * browser would refuse to run it. Nothing is fetched: no network, no CDN.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  `style-src ${hash(STYLE)}`,
  `script-src ${hash(SCRIPT)}`,
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function page(title: string, body: Interpolation): Html {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<style>${trusted(STYLE)}</style>
</head>
<body>
<div class="page">
${body}
</div>
<script>${trusted(SCRIPT)}</script>
</body>
</html>
`;
}
