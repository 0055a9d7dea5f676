import type { Plugin } from 'esbuild';

/** esbuild plugin: Vite's `?inline` asset imports as data: URLs. */
export declare const inlineAssets: Plugin;
