import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'dist-bench', 'node_modules', 'data', 'dev-dist'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['warn', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Features are entered only through their index.ts; only the data layer talks to Dexie.
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/features/*/*', '!**/features/*/index.ts', '../*/*', '!../*/index.ts', '!../../*'],
              message: 'Import a feature through its index.ts.',
            },
            { group: ['dexie', 'dexie/*'], message: 'Only web/src/data/ may import Dexie.' },
          ],
        },
      ],
    },
  },
  {
    files: ['web/src/data/**/*.ts', 'web/src/app/**/*.{ts,tsx}', 'web/src/i18n/**/*.ts', 'web/src/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/features/*/*', '!**/features/*/index.ts'],
              message: 'Import a feature through its index.ts.',
            },
          ],
        },
      ],
    },
  },
  {
    // The data layer talks to Dexie; build plugins (Node, run by Vite) read the i18n registry.
    files: ['web/src/data/**/*.ts', 'web/build/**/*.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
