/**
 * Problems as data (STYLE §6). Every check in `@careway/core` — the schema,
 * the expression type checker, the analysis, the engine's refusals — reports
 * the same shape, so the designer, the CLI and CI can show, filter and count
 * them in one way.
 */

/** How bad a problem is: an `error` makes the document unusable, a `warning` asks a person to look. */
export type Severity = 'error' | 'warning';

/** A JSON path into the document, e.g. `['nodes', 3, 'fields', 0, 'min']`. */
export type IssuePath = (string | number)[];

/** One problem found in a pathway document or while running one. */
export interface Issue {
  /** Stable snake_case machine code, e.g. `unknown_reference`; safe to match on. */
  code: string;
  /** Where in the document the problem is; `[]` is the document itself. */
  path: IssuePath;
  severity: Severity;
  /** A sentence for the person who must act, naming the node or field concerned. */
  message: string;
}

/**
 * Makes an issue; the severity defaults to `error`.
 *
 * @example
 * issue('duplicate_id', ['nodes', 4, 'id'], 'Node id "fit" is used twice')
 */
export function issue(code: string, path: IssuePath, message: string, severity: Severity = 'error'): Issue {
  return { code, path, severity, message };
}

/** True when at least one issue is an error. */
export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}

/**
 * Writes a path the way a developer reads it in a console:
 * `['nodes', 3, 'fields', 0, 'min']` → `nodes[3].fields[0].min`; `[]` → `(document)`.
 */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return '(document)';
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(part)}]`;
  }
  return out;
}

/**
 * Orders issues for display: errors before warnings, otherwise in the order
 * they were found. Returns a new array.
 */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  return issues
    .map((value, index) => ({ value, index }))
    .sort((a, b) => {
      if (a.value.severity !== b.value.severity) return a.value.severity === 'error' ? -1 : 1;
      return a.index - b.index;
    })
    .map((x) => x.value);
}
