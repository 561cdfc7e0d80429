/**
 * `analyze` on clinical safety: red flags that can end at a less urgent
 * outcome, referrals that can arrive without what they require, and
 * outcomes that send a patient away without safety-netting advice.
 */
import { describe, expect, it } from 'vitest';
import { URGENCY_RANK } from './rules/static-safety.js';
import { analyzeFixture, fixture, runCounterExample, single } from './test-fixtures.js';

describe('analyze: red flags', () => {
  it('reports a red flag that can end at a less urgent outcome, with the route and the answers', () => {
    const f = single(analyzeFixture('red_flag_under_triaged'), 'red_flag_under_triaged');
    expect(f).toMatchObject({
      severity: 'error',
      path: ['nodes', 0, 'fields', 1],
      nodeId: 'urgent',
      fieldId: 'chest_pain',
      route: ['assess', 'urgent'],
      counterExample: { chest_pain: true },
    });
    expect(f.message).toContain('demands at least emergency');
    expect(f.message).toContain('which is only same-day');
  });

  it('gives a red-flag counter-example that really ends at the less urgent outcome', () => {
    const pathway = fixture('red_flag_under_triaged');
    const f = single(analyzeFixture('red_flag_under_triaged'), 'red_flag_under_triaged');
    const run = runCounterExample(pathway, f.counterExample ?? {});
    expect(run).toMatchObject({ status: 'outcome', outcome: 'urgent' });
    expect(run.route).toEqual(f.route);
    const reached = pathway.nodes.find((n) => n.id === run.outcome);
    const urgency = reached?.kind === 'outcome' ? reached.urgency : 'emergency';
    expect(URGENCY_RANK[urgency]).toBeLessThan(URGENCY_RANK['emergency'] ?? 0);
  });

  it('accepts red flags routed first to an outcome urgent enough', () => {
    const codes = analyzeFixture('clean-fever-triage').findings.map((f) => f.code);
    expect(codes).not.toContain('red_flag_under_triaged');
  });
});

describe('analyze: referrals', () => {
  it('reports an outcome requiring a question some route never asks', () => {
    const f = single(analyzeFixture('incomplete_referral'), 'incomplete_referral');
    expect(f).toMatchObject({
      severity: 'error',
      path: ['nodes', 2, 'requires', 0],
      nodeId: 'refer',
      fieldId: 'temperature',
      route: ['assess', 'refer'],
      counterExample: { unwell: false },
    });
    expect(f.message).toContain('is never asked');
  });

  it('gives an incomplete_referral counter-example that reaches the outcome without the answer', () => {
    const f = single(analyzeFixture('incomplete_referral'), 'incomplete_referral');
    const run = runCounterExample(fixture('incomplete_referral'), f.counterExample ?? {});
    expect(run).toMatchObject({ status: 'outcome', outcome: 'refer' });
    expect(run.route).toEqual(f.route);
    expect(run.route).not.toContain('measure');
  });

  it('warns when an outcome requires a question that may be left blank', () => {
    const f = single(analyzeFixture('required_field_optional'), 'required_field_optional');
    expect(f).toMatchObject({
      severity: 'warning',
      path: ['nodes', 1, 'requires', 0],
      nodeId: 'refer',
      fieldId: 'history',
      route: ['assess', 'refer'],
    });
  });
});

describe('analyze: safety-netting', () => {
  it('reports a self-care outcome that gives no safety-netting advice, at the property to add', () => {
    const f = single(analyzeFixture('missing_safety_netting'), 'missing_safety_netting');
    expect(f).toMatchObject({ severity: 'error', path: ['nodes', 2, 'safetyNetting'], nodeId: 'safe' });
    expect(f.message).toContain('self-care, routine');
  });

  it('does not ask an emergency outcome for safety-netting advice', () => {
    const pathway = fixture('shadowed_edge');
    const emergency = pathway.nodes.find((n) => n.id === 'emergency');
    expect(emergency).not.toHaveProperty('safetyNetting');
    const codes = analyzeFixture('shadowed_edge').findings.map((f) => f.code);
    expect(codes).not.toContain('missing_safety_netting');
  });
});
