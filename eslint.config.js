import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Packages only the browser app may use: UI, state, charts, QR, forms. */
const APP_PACKAGES = [
  'react',
  'react-*',
  'react-dom',
  'react-dom/*',
  'zustand',
  'zustand/*',
  'recharts',
  'uqr',
  '@tanstack/*',
  '@hookform/*',
  'react-hook-form',
];

/**
 * Layers and what each may import (engineering.md): the engine is pure; scenario, share and cli build
 * on it and never on the app. Tests may also use the test support folder.
 */
const zone = (files, { packages = [], folders = [], message }) => ({
  files,
  ignores: ['**/*.test.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          { group: packages, message },
          { group: folders, message },
        ].filter((p) => p.group.length > 0),
      },
    ],
  },
});

/** Words come from the message catalogue or a table keyed by language, never from an inline switch. */
const NO_INLINE_LANGUAGE_SWITCH = {
  files: ['src/**/*.{ts,tsx}'],
  ignores: ['**/*.test.ts'],
  rules: {
    'no-restricted-syntax': [
      'error',
      {
        selector: 'BinaryExpression[operator=/^[!=]==?$/] > Literal[value=/^(ja|en)$/]',
        message: 'No inline language switch: use translate()/t() from src/i18n/messages.ts, or a table keyed by language (parseLang() reads one).',
      },
    ],
  },
};

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'public'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['src/app/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // We do not run the React Compiler; react-hook-form and TanStack Virtual are used as documented.
      'react-hooks/incompatible-library': 'off',
    },
  },
  NO_INLINE_LANGUAGE_SWITCH,
  zone(['src/engine/**/*.ts'], {
    packages: [...APP_PACKAGES, 'papaparse', 'string-width', 'node:*'],
    folders: ['../*', '!../engine', '../engine/*'],
    message: 'src/engine is the pure sizing engine: zod and its own files only (no app, i18n, share, parsers or Node APIs).',
  }),
  zone(['src/scenario/**/*.ts', 'src/i18n/**/*.ts', 'src/presentation/**/*.ts'], {
    packages: [...APP_PACKAGES, 'papaparse', 'node:*'],
    folders: ['**/app', '**/app/*', '**/share', '**/share/*', '**/cli', '**/cli/*'],
    message: 'src/scenario, src/i18n and src/presentation build on the engine (and the message catalogue) only.',
  }),
  zone(['src/share/**/*.ts', 'src/inventory/**/*.ts', 'src/export/**/*.ts'], {
    packages: [...APP_PACKAGES, 'node:*'],
    folders: ['**/app', '**/app/*', '**/cli', '**/cli/*'],
    message: 'src/share, src/inventory and src/export are used by the app and the CLI alike: they may not import either, React or Node APIs.',
  }),
  zone(['src/cli/**/*.ts'], {
    packages: APP_PACKAGES,
    folders: ['**/app', '**/app/*'],
    message: 'The hvsize command never loads the browser app.',
  }),
  zone(['src/app/**/*.{ts,tsx}'], {
    packages: ['node:*'],
    folders: ['**/cli', '**/cli/*', '**/test-support', '**/test-support/*'],
    message: 'The browser app does not import the CLI, Node APIs or test support.',
  }),
);
