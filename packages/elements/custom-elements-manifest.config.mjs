// Custom Elements Manifest (custom-elements.json), generated from each element's JSDoc:
// Storybook's controls and docs, editor autocompletion and the React wrappers' docs read it.
export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/*.styles.ts', 'src/test-support/**'],
  outdir: '.',
  litelement: true,
  packagejson: true,
};
