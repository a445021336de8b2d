// The dependency direction app → annotations → corpus is enforced here, not just documented.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { importX } from 'eslint-plugin-import-x';
import globals from 'globals';

const noUiInCore = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: ['react', 'react-dom', 'react-dom/*', 'react-i18next', 'i18next*'],
          message: 'corpus/ and annotations/ are plain TypeScript: no React, no UI libraries.',
        },
      ],
    },
  ],
  'no-restricted-globals': [
    'error',
    { name: 'window', message: 'corpus/ and annotations/ must not touch the DOM.' },
    { name: 'document', message: 'corpus/ and annotations/ must not touch the DOM.' },
  ],
};

export default tseslint.config(
  {
    ignores: [
      'node_modules',
      'dist',
      'coverage',
      'test-results',
      'playwright-report',
      'tests/fixtures/standards',
      'annotations/standards',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    plugins: { 'import-x': importX },
    languageOptions: { globals: { ...globals.node } },
    settings: { 'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } } },
    rules: {
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './corpus',
              from: './annotations',
              message: 'corpus/ must not depend on annotations/.',
            },
            { target: './corpus', from: './app', message: 'corpus/ must not depend on app/.' },
            {
              target: './annotations',
              from: './app',
              message: 'annotations/ must not depend on app/.',
            },
          ],
        },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  { files: ['corpus/**/*.ts', 'annotations/**/*.ts'], rules: noUiInCore },
  { files: ['app/web/**/*.{ts,tsx}'], languageOptions: { globals: { ...globals.browser } } },
);
