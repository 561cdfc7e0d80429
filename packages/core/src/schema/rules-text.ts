/**
 * Text the document may not hold anywhere: characters that show nothing yet
 * change what a reader or a tool sees. C0 and C1 control characters (a NUL
 * breaks the XML of an exported diagram) other than tab, line feed and
 * carriage return; and the bidirectional embedding, override and isolate
 * controls, which can make text read in a different order from its letters
 * (a link or a dose that reads other than it is).
 */
import type { RuleIssue } from './codes.js';
import { issue } from '../issues/issue.js';

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\0-\x08\v\f\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;

/** Reports each string of `value` (walked whole: every text of the document) holding an unsafe character. */
export function checkText(value: unknown, path: (string | number)[], out: RuleIssue[]): void {
  if (typeof value === 'string') {
    const found = UNSAFE.exec(value)?.[0];
    if (found === undefined) return;
    // Named by code point, never shown: the character itself would do what it is refused for.
    const name = `U+${found.charCodeAt(0).toString(16).padStart(4, '0')}`;
    out.push(issue('control_character', [...path], `Remove the invisible control character ${name}.`));
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, item] of Object.entries(value)) {
      path.push(Array.isArray(value) ? Number(key) : key);
      checkText(item, path, out);
      path.pop();
    }
  }
}
