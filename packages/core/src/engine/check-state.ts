/**
 * Checks that a state read from outside (a snapshot) is one this engine
 * could have produced for this pathway, so that a restored session can
 * never put the engine somewhere it cannot be.
 */
import { isPage, type Compiled } from './compiled.js';
import { hasAnswerShape, isJsonValue, parseIsoDate } from './values.js';

type Rec = Record<string, unknown>;

const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
const PHASES = ['page', 'review', 'complete', 'stalled'];
const STALLS = ['unknown_condition', 'no_route', 'cycle'];
const KEYS = new Set([
  'v',
  'phase',
  'route',
  'trace',
  'answers',
  'offered',
  'prefill',
  'errors',
  'notices',
  'stall',
  'returnTo',
  'context',
  'today',
  'todayFixed',
  'startedAt',
  'completedAt',
]);

function issuesOk(v: unknown): boolean {
  return (
    Array.isArray(v) &&
    v.every(
      (i) =>
        isRec(i) &&
        typeof i.code === 'string' &&
        typeof i.message === 'string' &&
        ['fieldId', 'nodeId', 'rule', 'severity'].every(
          (k) => i[k] === undefined || typeof i[k] === 'string',
        ) &&
        (i.path === undefined || Array.isArray(i.path)) &&
        (i.params === undefined || isRec(i.params)),
    )
  );
}

/** The answers part of a state: every key a field of the pathway, every value of its shape. */
export function answerProblems(c: Compiled, answers: unknown, where: string): string[] {
  if (!isRec(answers)) return [`${where} must be an object`];
  const problems: string[] = [];
  for (const [id, value] of Object.entries(answers)) {
    const entry = c.fields.get(id);
    if (!entry) problems.push(`${where}.${id}: no such field`);
    else if (!hasAnswerShape(entry.field, value))
      problems.push(`${where}.${id}: not a ${entry.field.type} answer`);
  }
  return problems;
}

/** Problems with a state, or an empty list when the engine may resume it. */
export function stateProblems(c: Compiled, s: unknown): string[] {
  if (!isRec(s)) return ['state must be an object'];
  if (!isJsonValue(s)) return ['state must be plain JSON data'];
  const p: string[] = [];
  for (const k of Object.keys(s)) if (!KEYS.has(k)) p.push(`state.${k}: unexpected`);
  if (s.v !== 1) p.push('state.v must be 1');
  if (typeof s.phase !== 'string' || !PHASES.includes(s.phase)) p.push('state.phase is not a phase');
  const route = s.route;
  if (!isStrings(route) || route.length === 0)
    return [...p, 'state.route must be a non-empty list of node ids'];
  if (route[0] !== c.pathway.start) p.push('state.route must begin at the start node');
  route.forEach((id, i) => {
    if (!c.nodes.has(id)) p.push(`state.route[${i}]: no node “${id}”`);
  });
  const trace = s.trace;
  if (!Array.isArray(trace) || trace.length !== route.length - 1)
    p.push('state.trace must have one entry per hop');
  else {
    trace.forEach((t: unknown, i) => {
      const ok =
        isRec(t) &&
        t.node === route[i] &&
        t.to === route[i + 1] &&
        (t.edge === null || typeof t.edge === 'string') &&
        (t.condition === null || typeof t.condition === 'string') &&
        isRec(t.values) &&
        typeof t.note === 'string';
      const edge =
        ok && t.edge !== null ? c.out.get(route[i] ?? '')?.find((e) => e.id === t.edge) : undefined;
      if (!ok || !edge || edge.to !== route[i + 1]) p.push(`state.trace[${i}] does not match the route`);
    });
  }
  p.push(...answerProblems(c, s.answers, 'state.answers'), ...answerProblems(c, s.prefill, 'state.prefill'));
  if (!isStrings(s.offered) || !s.offered.every((id) => c.fields.has(id))) {
    p.push('state.offered must be a list of field ids');
  }
  if (!issuesOk(s.errors)) p.push('state.errors must be a list of issues');
  if (!issuesOk(s.notices)) p.push('state.notices must be a list of issues');
  if (s.returnTo !== undefined && !isStrings(s.returnTo)) p.push('state.returnTo must be a list of node ids');
  if (!isRec(s.context)) p.push('state.context must be an object');
  if (typeof s.today !== 'string' || !parseIsoDate(s.today)) p.push('state.today must be a date');
  if (typeof s.todayFixed !== 'boolean') p.push('state.todayFixed must be true or false');
  if (typeof s.startedAt !== 'string') p.push('state.startedAt must be a timestamp');
  if (s.completedAt !== undefined && typeof s.completedAt !== 'string')
    p.push('state.completedAt must be a timestamp');
  const last = c.nodes.get(route[route.length - 1] ?? '');
  const stall = s.stall;
  if (s.phase === 'stalled') {
    const ok =
      isRec(stall) &&
      typeof stall.node === 'string' &&
      typeof stall.message === 'string' &&
      STALLS.includes(String(stall.code)) &&
      Array.isArray(stall.needs);
    if (!ok) p.push('state.stall must describe the stall');
  } else if (stall !== undefined) p.push('state.stall is only allowed when stalled');
  if (s.phase === 'page' && !isPage(last)) p.push('state.route must end on a page');
  if ((s.phase === 'review' || s.phase === 'complete') && last?.kind !== 'outcome')
    p.push('state.route must end at an outcome');
  if (s.phase === 'complete' && typeof s.completedAt !== 'string') p.push('state.completedAt is missing');
  return p;
}
