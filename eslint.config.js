import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'tests/bench/*.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    // The domain is pure: no DOM, no Node, no other process's code.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/renderer/**', '**/electron/**', 'electron', 'node:*', 'fs', 'path', 'react', 'react-dom', 'dexie'], message: 'shared/ is pure domain code: no electron, renderer, DOM or Node imports.' },
        ],
      }],
      // Two libraries' type files (docx, papaparse) pull Node's globals into the shared compile, so the
      // compiler alone cannot keep them out: this rule does.
      'no-restricted-globals': ['error',
        ...['Buffer', 'process', 'require', '__dirname', '__filename', 'global', 'setImmediate', 'module'].map((name) => ({
          name,
          message: 'shared/ runs in the browser and in Node alike: no Node globals.',
        })),
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/electron/**', 'electron', 'node:*'], message: 'The renderer reaches the operating system only through the typed bridge.' },
        ],
      }],
    },
  },
  {
    files: ['electron/**/*.{ts,mjs}', 'scripts/**/*.{mjs,js,ts}', '*.config.{js,ts}', '.dependency-cruiser.cjs', 'tests/**/*.{ts,tsx,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['scripts/**/*.{mjs,js}', 'electron/build.mjs'],
    rules: { 'no-console': 'off' },
  },
  {
    // Every IPC handler goes through the one validating wrapper in electron/ipc/register.ts.
    files: ['electron/**/*.ts'],
    ignores: ['electron/ipc/register.ts'],
    rules: {
      'no-restricted-syntax': ['error', {
        selector: "MemberExpression[object.name='ipcMain'][property.name=/^(handle|on|once|handleOnce)$/]",
        message: 'Register IPC handlers only through electron/ipc/register.ts, which validates sender and payload.',
      }],
    },
  },
);
