import { defineConfig } from 'vite';
import { minifyCssLiterals } from './scripts/minify-css-literals.js';
import { minifyHtmlLiterals } from './scripts/minify-html-literals.js';
import { thirdPartyNotices } from './scripts/third-party-notices.js';
import { trustedTypesPolicy } from './scripts/trusted-types-policy.js';

// The single-file builds for a <script type="module"> in portals with no build step:
// Lit and @careway/core included, minified, one file each.
// - dist/careway.js registers <careway-pathway> and <careway-care-card> (when free) and exports everything.
// - dist/careway-scoped.js (`--mode scoped`) registers nothing: call defineCareway({ prefix }) yourself,
//   e.g. to run a second version of Careway beside the first.
// Each has a Trusted Types policy of its own name, `careway` and `careway-scoped`, never Lit's `lit-html`,
// so that neither clashes with the host's Lit nor with the other (docs/security.md).
export default defineConfig(({ mode }) => {
  const scoped = mode === 'scoped';
  return {
    resolve: { conditions: ['@careway/source'] },
    // The text inside Lit's `css` and `html` literals, which no JavaScript minifier touches.
    // The notices of the packages bundled in (Lit, zod): a legal comment on top, the licences beside.
    plugins: [
      minifyCssLiterals(),
      minifyHtmlLiterals(),
      thirdPartyNotices(),
      trustedTypesPolicy(scoped ? 'careway-scoped' : 'careway'),
    ],
    // Lit's production build; its development build carries warnings the page does not need.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      target: 'es2022',
      outDir: 'dist',
      emptyOutDir: false,
      sourcemap: true,
      // Fully minified. In library mode Vite otherwise keeps the ES output's whitespace and its
      // /* @__PURE__ */ comments, for bundlers to shake; these files go to a page as they are
      // (bundlers take dist/index.js). Names of properties are never mangled.
      // The Welsh, the JSON error locator and the notice of a refused Trusted Types policy load on
      // demand from beside the file (chunks of their own);
      // what they share with the file stays in it, which may then export more than its public names.
      rolldownOptions: {
        preserveEntrySignatures: 'allow-extension',
        output: { minify: true, comments: false },
      },
      lib: {
        entry: scoped ? 'src/index.ts' : 'src/define.ts',
        formats: ['es'],
        fileName: () => (scoped ? 'careway-scoped.js' : 'careway.js'),
      },
    },
  };
});
