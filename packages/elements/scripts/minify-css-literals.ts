// A build plugin for the single-file bundles: minifies the CSS inside the elements'
// Lit `css` template literals with esbuild's CSS minifier (comments, whitespace,
// shorter colours and values). Only literals without `${}` interpolations are
// touched; one that has any is a build error, so that nothing is minified half-way.
import { transformSync } from 'esbuild';
import type { Plugin } from 'vite';

const literal = /\bcss`([^`]*)`/g;

/** Minifies one stylesheet's text. */
export function minifyCss(text: string): string {
  return transformSync(text, { loader: 'css', minify: true, logLevel: 'silent' }).code.trim();
}

/** The Vite (rolldown) plugin: applies to `*.styles.ts` modules of the elements. */
export function minifyCssLiterals(): Plugin {
  return {
    name: 'careway-minify-css-literals',
    enforce: 'pre',
    transform(code: string, id: string) {
      if (!/\/packages\/elements\/src\/.*\.styles\.ts$/.test(id)) return null;
      let changed = false;
      const out = code.replace(literal, (_whole: string, body: string) => {
        if (body.includes('${')) {
          throw new Error(
            `${id}: a css\`\` literal with an interpolation cannot be minified; build it from whole literals.`,
          );
        }
        changed = true;
        return `css\`${minifyCss(body)}\``;
      });
      return changed ? { code: out, map: null } : null;
    },
  };
}
