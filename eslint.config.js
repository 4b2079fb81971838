// Flat config. The two architectural boundaries are enforced here (and again by
// test/static/import-boundaries.test.ts, which walks the real import graph):
//   1. src-main/core and src-main/shared never import electron (they run in plain Node);
//   2. src-renderer imports nothing from the main side except src-main/shared, and no Node built-ins.
// Everywhere, the contract is imported as '@shared/…' (one spelling, no '../../../' climbs). ESLint
// does not merge no-restricted-imports options across blocks, so every block repeats that pattern.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const electronBan = {
  paths: [
    { name: 'electron', message: 'The core and the contract run in plain Node: never import electron.' },
  ],
  patterns: [{ group: ['electron/*'], message: 'The core never imports electron.' }],
};

const sharedByAlias = {
  regex: '^\\.{1,2}/(.*/)?shared(/|$)',
  message: "Import the contract as '@shared/…', not by a relative path.",
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      '.bench-build/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: [sharedByAlias] }],
    },
  },
  {
    files: ['src-main/core/**/*.ts', 'src-main/shared/**/*.ts', 'src-main/headless/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: electronBan.paths, patterns: [...electronBan.patterns, sharedByAlias] },
      ],
    },
  },
  {
    files: ['src-main/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: electronBan.paths,
          patterns: [
            ...electronBan.patterns,
            sharedByAlias,
            {
              group: ['node:*', '../core/*', '../core', '../electron/*'],
              message: 'The contract imports only zod.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer talks to the core only through the contract.' }],
          patterns: [
            sharedByAlias,
            { group: ['node:*'], message: 'The renderer runs in a sandbox: no Node built-ins.' },
            {
              regex: '(^|/)src-main/(?!shared(/|$))',
              message: 'The renderer imports only src-main/shared from the main side.',
            },
            {
              regex: '^(fs|path|child_process|os|crypto|http|https|net|url|zlib|stream|buffer)$',
              message: 'The renderer runs in a sandbox: no Node built-ins.',
            },
          ],
        },
      ],
    },
  },
);
