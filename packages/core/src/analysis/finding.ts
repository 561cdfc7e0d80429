/**
 * Building findings: one helper so that every rule spells them the same way,
 * and the order they are reported in.
 */
import type { Finding, Severity } from './types.js';

type Extras = Omit<Finding, 'code' | 'severity' | 'path' | 'message'>;

/** Makes a {@link Finding}, leaving out extras that are undefined. */
export function finding(
  code: string,
  severity: Severity,
  path: (string | number)[],
  message: string,
  extras: { [K in keyof Extras]?: Extras[K] | undefined } = {},
): Finding {
  const out: Record<string, unknown> = { code, severity, path, message };
  for (const [k, v] of Object.entries(extras)) if (v !== undefined) out[k] = v;
  return out as unknown as Finding;
}

const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Errors first, then warnings, then information; stable within a severity. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => rank[a.f.severity] - rank[b.f.severity] || a.i - b.i)
    .map(({ f }) => f);
}

/** Drops repeats of the same code at the same place with the same message. */
export function dedupeFindings(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.code}|${f.path.join('.')}|${f.nodeId ?? ''}|${f.edgeId ?? ''}|${f.fieldId ?? ''}|${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
