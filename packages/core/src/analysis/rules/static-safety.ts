/**
 * Clinical-safety rules that need no exploration: outcomes that send the
 * patient away without safety-netting advice, and edges placed after an
 * `otherwise` edge (which can never be taken).
 */
import { finding } from '../finding.js';
import { nodeName, type PathwayModel } from '../model.js';
import type { OutcomeNode } from '../provisional.js';
import type { Finding } from '../types.js';

/** Urgency rank, least to most urgent. */
export const URGENCY_RANK: Readonly<Record<string, number>> = {
  routine: 0,
  urgent: 1,
  'suspected-cancer': 2,
  'same-day': 3,
  emergency: 4,
};

/** Whether an outcome leaves the patient waiting or self-managing, so must say when to seek help. */
export function needsSafetyNetting(outcome: OutcomeNode): boolean {
  switch (outcome.disposition) {
    case 'primary-care':
    case 'self-care':
    case 'advice-request':
      return true;
    case 'refer':
      return outcome.urgency !== 'emergency';
    default:
      return false;
  }
}

/** Outcomes whose disposition calls for safety-netting advice but that carry none. */
export function missingSafetyNetting(model: PathwayModel): Finding[] {
  const out: Finding[] = [];
  for (const outcome of model.outcomes) {
    if (!needsSafetyNetting(outcome) || (outcome.safetyNetting ?? '').trim() !== '') continue;
    out.push(
      finding(
        'missing_safety_netting',
        [...(model.nodePath.get(outcome.id) as (string | number)[]), 'safetyNetting'],
        `Outcome ${nodeName(outcome, outcome.id)} (${outcome.disposition}, ${outcome.urgency}) gives no safety-netting advice. A patient who is ${outcome.disposition === 'refer' || outcome.disposition === 'advice-request' ? 'waiting for a referral or advice' : 'managed without a referral'} must be told which symptoms or changes mean they should seek help again, and how quickly. Add "safetyNetting" text.`,
        { nodeId: outcome.id },
      ),
    );
  }
  return out;
}

/** Edges after an edge without a condition: the `otherwise` edge always matches first. */
export function edgesAfterOtherwise(model: PathwayModel): Finding[] {
  const out: Finding[] = [];
  for (const [id, edges] of model.out) {
    const otherwise = edges.findIndex((e) => e.when === undefined || e.when.trim() === '');
    if (otherwise < 0) continue;
    for (const edge of edges.slice(otherwise + 1)) {
      out.push(
        finding(
          'shadowed_edge',
          model.edgePath.get(edge) as (string | number)[],
          `Edge ${edge.id} from ${nodeName(model.nodes.get(id), id)} can never be taken: the edge before it, ${(edges[otherwise] as { id: string }).id}, has no condition (it is the "otherwise" branch) and always matches first. Move the otherwise edge last.`,
          { nodeId: id, edgeId: edge.id },
        ),
      );
    }
  }
  return out;
}
