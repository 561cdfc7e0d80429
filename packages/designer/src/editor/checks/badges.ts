import type { Issue } from '../../core.js';

/** Problems found on one node, for its badge. */
export interface NodeBadge {
  readonly errors: number;
  readonly warnings: number;
  readonly messages: readonly string[];
}

/** Problem badges per node: counts and messages. */
export function badgesOf(problems: readonly Issue[]): Map<string, NodeBadge> {
  const out = new Map<string, { errors: number; warnings: number; messages: string[] }>();
  for (const p of problems) {
    if (!p.nodeId || p.severity === 'info') continue;
    const b = out.get(p.nodeId) ?? { errors: 0, warnings: 0, messages: [] };
    if (p.severity === 'error') b.errors += 1;
    else b.warnings += 1;
    b.messages.push(p.message);
    out.set(p.nodeId, b);
  }
  return out;
}
