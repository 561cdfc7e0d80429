/**
 * What an element does when the page refused Careway's Trusted Types policy (see trusted-types.ts):
 * Lit cannot render, so the element draws nothing with it and says why in place instead.
 */
import { refusal } from './trusted-types.js';

/**
 * `true` when the page refused Careway's policy, so that `el` must not render with Lit; then the
 * notice that says why is loaded and shown (see trusted-types-notice.ts).
 */
export function refuseUnrendered(el: HTMLElement): boolean {
  if (refusal) void import('./trusted-types-notice.js').then((m) => m.showRefusal(el), console.error);
  return Boolean(refusal);
}
