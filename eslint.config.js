// One flat config for the whole workspace; every package lints at zero warnings.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/storybook-static/**',
      '**/coverage/**',
      '**/test-results/**',
      '**/playwright-report/**',
      '.cache/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        { selector: "CallExpression[callee.name='eval']", message: 'Careway never evaluates code.' },
        {
          selector: "NewExpression[callee.name='Function']",
          message: 'Careway never builds functions from text.',
        },
        {
          selector: "AssignmentExpression[left.property.name='innerHTML']",
          message: 'Pathway text is data, never markup: render it with Lit templates or textContent.',
        },
      ],
      'no-implied-eval': 'error',
    },
  },
  {
    files: ['packages/core/src/**/*.ts'],
    ignores: ['**/*.test.ts', '**/test-fixtures.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'window', message: '@careway/core is pure: no DOM.' },
        { name: 'document', message: '@careway/core is pure: no DOM.' },
        { name: 'process', message: '@careway/core is pure: no Node-only API.' },
        { name: 'Buffer', message: '@careway/core is pure: no Node-only API.' },
      ],
    },
  },
  {
    files: ['packages/elements/**/*.ts'],
    ...lit.configs['flat/recommended'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['packages/designer/**/*.{ts,tsx}', 'apps/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: [
      '**/*.{js,mjs,cjs}',
      'scripts/**',
      'packages/cli/**',
      'test/**',
      '**/*.config.{ts,mjs,js}',
      '**/bench/**',
      'packages/*/scripts/**',
    ],
    languageOptions: { globals: { ...globals.node } },
  },
);
