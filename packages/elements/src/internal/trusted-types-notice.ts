/**
 * The notice an element shows when the page refused Careway's Trusted Types policy (loaded on demand,
 * from beside the single-file build, only then; see trusted-types-refusal.ts).
 */
import { problem } from './errors.js';
import { report } from './events.js';
import { elementLang, strings } from './i18n.js';
import { refusal } from './trusted-types.js';

/**
 * Shows in `el`'s shadow root, once, that the pathway cannot be shown, built without HTML parsing
 * (which the page forbids), and reports `trusted_types_refused` as `careway-error` and in the console,
 * naming the policy to add to the page's `trusted-types` directive.
 */
export function showRefusal(el: HTMLElement): void {
  const root = el.shadowRoot;
  if (!refusal || !root || root.firstElementChild) return;
  const notice = document.createElement('p');
  notice.setAttribute('role', 'alert');
  notice.setAttribute('part', 'error');
  notice.textContent = `${strings(elementLang(el)).errorTitle} (trusted_types_refused)`;
  root.append(notice);
  report(
    el,
    problem(
      'trusted_types_refused',
      `The page's Content-Security-Policy refused Careway's Trusted Types policy "${refusal}", so the pathway cannot be shown. Add ${refusal} to the page's trusted-types directive, beside the names already there (e.g. trusted-types lit-html ${refusal}); see Careway's docs/security.md.`,
    ),
  );
}
