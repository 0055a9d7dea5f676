/**
 * Builds the form files' program (renderer/forms/runtime) with esbuild, and gives it to the app as
 * the module `virtual:form-runtime` with its style sheet and the family font, so a form file can be
 * made offline with everything inline. Used by vite.config.ts and vitest.config.ts, and by tests.
 */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

export interface FormRuntimeAssets {
  script: string;
  style: string;
  fontRegular: string;
  fontBold: string;
}

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const ENTRY = here('../renderer/forms/runtime/main.ts');
const STYLE = here('../renderer/forms/runtime/style.css');
const FONT = (weight: number) => here(`../node_modules/@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-${weight}-normal.woff2`);

export async function buildFormRuntime(): Promise<FormRuntimeAssets> {
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    write: false,
    format: 'iife',
    target: ['chrome111', 'edge111', 'firefox111', 'safari16'],
    minify: true,
    legalComments: 'none',
    platform: 'browser',
    logLevel: 'silent',
  });
  const script = result.outputFiles[0]?.text ?? '';
  if (script === '') throw new Error('The form program did not build.');
  return {
    script: script.trim(),
    style: readFileSync(STYLE, 'utf8'),
    fontRegular: readFileSync(FONT(400)).toString('base64'),
    fontBold: readFileSync(FONT(700)).toString('base64'),
  };
}

const ID = 'virtual:form-runtime';
const RESOLVED = `\0${ID}`;

export function formRuntimePlugin(): Plugin {
  return {
    name: 'team-around-form-runtime',
    resolveId: (id) => (id === ID ? RESOLVED : null),
    async load(id) {
      if (id !== RESOLVED) return null;
      this.addWatchFile(ENTRY);
      this.addWatchFile(STYLE);
      const assets = await buildFormRuntime();
      return `export const formRuntime = ${JSON.stringify(assets)};`;
    },
  };
}
