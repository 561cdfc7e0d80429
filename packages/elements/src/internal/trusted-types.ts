/**
 * Careway's own Trusted Types policy, in the single-file builds (careway.js, careway-scoped.js).
 *
 * Those builds carry their own copy of Lit, whose lit-html creates a policy when it loads. Under its
 * own name, `lit-html`, it would clash with a host page's Lit or with a second Careway on the page
 * wherever the page's `trusted-types` directive lacks `'allow-duplicates'`, and the import would fail.
 * The build therefore routes lit-html's policy creation through {@link createPolicy} under a name of
 * Careway's (`careway`, or `careway-scoped` for the scoped build; see scripts/trusted-types-policy.ts).
 * When the page refuses that name, the import still succeeds and every element says why in place
 * (see trusted-types-refusal.ts) instead of showing nothing. Builds that take Lit from the host
 * (`@careway/elements` through a bundler) never call this: Lit's own `lit-html` policy applies.
 *
 * This module imports nothing: lit-html imports it, and must not wait on Careway's own modules.
 */

/** The name of the policy the page refused, once it has. */
export let refusal: string | undefined;

/**
 * Creates lit-html's policy under `name`; `undefined` if the page refuses it (then Lit cannot
 * render, and the elements say so).
 */
export function createPolicy<T>(
  factory: { createPolicy(name: string, rules: object): T },
  name: string,
  rules: object,
): T | undefined {
  try {
    return factory.createPolicy(name, rules);
  } catch {
    refusal = name;
    return undefined;
  }
}
