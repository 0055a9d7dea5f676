/**
 * The form file: one HTML page with everything inline. Its own Content-Security-Policy allows
 * only its own script and style (by SHA-256 hash), the bundled font and pictures as data, and no
 * connection of any kind: nothing can be fetched or sent, and an injected script does not run.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { bytesToBase64 } from '../bytes';
import { escapeHtml } from '../documents/html-escape';
import type { FormEnvelope } from './envelope';

export interface FormAssets {
  /** The form's program (built from renderer/forms/runtime at build time). */
  script: string;
  /** Its style sheet, without the font. */
  style: string;
  /** Atkinson Hyperlegible, regular and bold, as WOFF2 bytes in base64. */
  fontRegular: string;
  fontBold: string;
}

const hash = (text: string) => `'sha256-${bytesToBase64(sha256(utf8ToBytes(text)))}'`;

export function formCsp(script: string, style: string): string {
  return [
    "default-src 'none'",
    `script-src ${hash(script)}`,
    `style-src ${hash(style)}`,
    'font-src data:',
    'img-src data:',
    "connect-src 'none'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** JSON inside a script element, with nothing that could close the element or start a comment. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}

export function formHtml(envelope: FormEnvelope, assets: FormAssets): string {
  const style = [
    `@font-face{font-family:"Atkinson Hyperlegible";font-weight:400;font-display:swap;src:url(data:font/woff2;base64,${assets.fontRegular}) format("woff2")}`,
    `@font-face{font-family:"Atkinson Hyperlegible";font-weight:700;font-display:swap;src:url(data:font/woff2;base64,${assets.fontBold}) format("woff2")}`,
    assets.style,
  ].join('\n');
  // "</script" inside the program would end the element early.
  const script = assets.script.replace(/<\/script/gi, '<\\/script');
  const title = escapeHtml(envelope.publicInfo.title);
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${formCsp(script, style)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<style>${style}</style>
</head>
<body>
<noscript><p>This form needs JavaScript, which your browser has turned off. Open it in Chrome, Edge, Safari or Firefox.</p></noscript>
<div id="app"><main><h1>${title}</h1><p>Opening… If nothing happens, this file may have been changed since it was made, or this browser cannot open it. Open it in Chrome, Edge, Safari or Firefox, or ask the person who sent it for a new copy.</p></main></div>
<script type="application/json" id="form-envelope">${scriptSafeJson(envelope)}</script>
<script>${script}</script>
</body>
</html>
`;
}
