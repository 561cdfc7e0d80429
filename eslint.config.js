// One flat config for the whole workspace; every package lints at zero warnings.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

/**
 * The designer's editor core (`packages/designer/src/editor`) is framework-free:
 * no React, React Flow, CodeMirror, Lit or browser storage, and nothing of the
 * designer outside it but `src/core.ts`, the one gateway to `@careway/core`. A
 * relative import that leaves the folder is caught by its depth: climbing out
 * of `editor/<area>/x.ts` may reach the gateway `src/core.ts` and nothing else.
 */
function designerEditorCore() {
  const root = 'packages/designer/src/editor';
  const frameworks = {
    group: [
      'react',
      'react/**',
      'react-dom',
      'react-dom/**',
      '@xyflow/**',
      '@codemirror/**',
      'lit',
      'lit/**',
      '@lit/**',
      '@careway/**',
      'idb',
      'elkjs',
      'elkjs/**',
      'html-to-image',
    ],
    message:
      'The editor core is framework-free: views import it, never the other way. @careway/core comes through src/core.ts.',
  };
  const leaving = (depth) => ({
    regex: `^(\\.\\./){${depth}}(?!core\\.js$)`,
    message:
      'The editor core imports nothing of the designer outside src/editor but the gateway src/core.ts: move what it needs into the core.',
  });
  return [1, 2, 3].map((depth) => ({
    files: [`${root}/${'*/'.repeat(depth - 1)}*.{ts,tsx}`],
    rules: {
      'no-restricted-imports': ['error', { patterns: [frameworks, leaving(depth)] }],
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB'].map((name) => ({
          name,
          message: 'The editor core runs without a DOM.',
        })),
      ],
    },
  }));
}

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
  ...designerEditorCore(),
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
