/**
 * `analyze` on friction: questions nobody uses or nobody sees, pages that
 * always arrive answered, questions hidden by answers not given yet, and the
 * figures per outcome (fewest and most questions, routes), checked by hand
 * on small pathways.
 */
import { describe, expect, it } from 'vitest';
import { analyzeFixture, single } from './test-fixtures.js';

describe('analyze: unused answers', () => {
  it('warns about a question whose answer nothing uses', () => {
    const f = single(analyzeFixture('unused_field'), 'unused_field');
    expect(f).toMatchObject({
      severity: 'warning',
      path: ['nodes', 0, 'fields', 1],
      nodeId: 'assess',
      fieldId: 'travel',
    });
  });

  it('notes a variable neither shown nor used', () => {
    const f = single(analyzeFixture('unused_variable'), 'unused_variable');
    expect(f).toMatchObject({ severity: 'info', path: ['variables', 0], fieldId: 'fever_flag' });
  });
});

describe('analyze: pages', () => {
  it('warns about a question whose showWhen is false on every route', () => {
    const f = single(analyzeFixture('field_never_shown'), 'field_never_shown');
    expect(f).toMatchObject({
      severity: 'warning',
      path: ['nodes', 0, 'fields', 2, 'showWhen'],
      nodeId: 'assess',
      fieldId: 'guardian_present',
    });
    expect(f.message).toContain('“age < 16”');
  });

  it('warns about a page that always arrives prefilled with the same answers', () => {
    const f = single(analyzeFixture('always_prefilled'), 'always_prefilled');
    expect(f).toMatchObject({ severity: 'warning', path: ['nodes', 1], nodeId: 'confirm' });
    expect(f.message).toContain('[true]');
  });

  it('warns about a showWhen that reads an answer not given on some route, with that route', () => {
    const f = single(analyzeFixture('show_when_unknown'), 'show_when_unknown');
    expect(f).toMatchObject({
      severity: 'warning',
      path: ['nodes', 2, 'fields', 0, 'showWhen'],
      nodeId: 'history',
      fieldId: 'night_sweats',
      route: ['assess', 'history'],
    });
  });
});

describe('analyze: friction metrics', () => {
  it('counts the nodes, edges, questions, red flags and the longest route', () => {
    const { metrics } = analyzeFixture('clean-fever-triage');
    expect(metrics).toMatchObject({
      nodes: { total: 6, step: 2, decision: 0, info: 1, outcome: 3 },
      edges: 6,
      questions: 3,
      variables: 0,
      scenarios: 4,
      redFlags: 1,
      longestRoute: 3,
    });
  });

  it('gives the fewest and most questions and the routes to each outcome', () => {
    // assess asks 2, review asks 1: emergency after assess; urgent after assess and review;
    // self-care after assess and review, or after assess and the advice page.
    const { metrics } = analyzeFixture('clean-fever-triage');
    expect(
      metrics.outcomes.map(({ nodeId, reachable, fewestQuestions, mostQuestions, routes }) => ({
        nodeId,
        reachable,
        fewestQuestions,
        mostQuestions,
        routes,
      })),
    ).toEqual([
      { nodeId: 'emergency', reachable: true, fewestQuestions: 2, mostQuestions: 2, routes: 1 },
      { nodeId: 'urgent', reachable: true, fewestQuestions: 3, mostQuestions: 3, routes: 1 },
      { nodeId: 'safe', reachable: true, fewestQuestions: 2, mostQuestions: 3, routes: 2 },
    ]);
  });

  it('counts only the questions shown, and one route however many answers take it', () => {
    // sputum is shown only with a cough: no cough asks 1 question, a clear cough 2, both on assess → safe.
    const { metrics } = analyzeFixture('clean-cough-triage');
    expect(metrics.questions).toBe(2);
    expect(metrics.longestRoute).toBe(2);
    expect(metrics.outcomes.find((o) => o.nodeId === 'safe')).toMatchObject({
      fewestQuestions: 1,
      mostQuestions: 2,
      routes: 1,
    });
    expect(metrics.outcomes.find((o) => o.nodeId === 'urgent')).toMatchObject({
      fewestQuestions: 2,
      mostQuestions: 2,
      routes: 1,
    });
  });

  it('gives no figures for an outcome no route reaches', () => {
    const { metrics } = analyzeFixture('unreachable_node');
    expect(metrics.outcomes.find((o) => o.nodeId === 'refer')).toEqual({
      nodeId: 'refer',
      title: 'Refer to the fever clinic',
      disposition: 'refer',
      urgency: 'urgent',
      reachable: false,
      fewestQuestions: null,
      mostQuestions: null,
      routes: 0,
    });
  });
});
