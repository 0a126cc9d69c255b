import css from '@eslint/css';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { batonPlugin } from './eslint-rules/layering.js';
import { cssPlugin } from './eslint-rules/logical-properties.js';

const CODE = ['**/*.{js,mjs,cjs,ts,mts,cts,tsx,jsx}'];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'bench/results/**', 'test/fixtures/lint/**', '.stryker-tmp/**'] },
  // JavaScript and TypeScript rules for code only; the stylesheets get the CSS language below.
  ...[js.configs.recommended, ...tseslint.configs.recommended].map((config) => ({ ...config, files: CODE })),
  {
    files: CODE,
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    plugins: { baton: batonPlugin },
    rules: {
      'baton/layering': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports: grep finds every use.' }],
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    // The renderer's stylesheets: logical properties only, so right-to-left lays out (docs/i18n.md).
    files: ['src/renderer/**/*.css'],
    language: 'css/css',
    plugins: { css, 'baton-css': cssPlugin },
    rules: { 'baton-css/logical-properties': 'error' },
  },
  {
    files: ['src/renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Config files are loaded by tools that require a default export.
    files: ['*.config.ts', '*.config.js', '*.config.mjs', 'eslint.config.js', 'electron.vite.config.ts', 'vitest.config.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
