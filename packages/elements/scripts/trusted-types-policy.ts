// A build plugin for the single-file bundles: gives the bundle's copy of lit-html a Trusted Types
// policy of Careway's name instead of `lit-html`, created through src/internal/trusted-types.ts so
// that a page refusing it gets a message instead of a failed import. Lit has no setting for the name,
// so its one `createPolicy("lit-html", …)` call is rewritten; if Lit ever writes it differently, the
// build fails here rather than ship a bundle that clashes with the host's Lit.
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const call = /\b([\w$]+)\.createPolicy\((["'])lit-html\2,/g;
const helper = fileURLToPath(new URL('../src/internal/trusted-types.ts', import.meta.url));

/** Rewrites `x.createPolicy("lit-html", rules)` into `createPolicy(x, name, rules)`. */
export function rewritePolicyName(code: string, name: string, id = 'lit-html'): string {
  let found = 0;
  const out = code.replace(call, (_whole: string, factory: string) => {
    found += 1;
    return `__carewayCreatePolicy(${factory},${JSON.stringify(name)},`;
  });
  if (found !== 1) {
    throw new Error(`${id}: expected one createPolicy("lit-html", …) call to rename, found ${found}.`);
  }
  return `import{createPolicy as __carewayCreatePolicy}from${JSON.stringify(helper)};${out}`;
}

/** The Vite (rolldown) plugin: applies to lit-html's main module only. */
export function trustedTypesPolicy(name: string): Plugin {
  return {
    name: 'careway-trusted-types-policy',
    transform(code: string, id: string) {
      if (!/\/lit-html\/(?:development\/)?lit-html\.js$/.test(id)) return null;
      return { code: rewritePolicyName(code, name, id), map: null };
    },
  };
}
