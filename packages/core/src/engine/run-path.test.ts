import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { safeParsePathway } from '../schema/index.js';
import { generateAnswers, generatePathway } from './generate.js';
import { runPath } from './run-path.js';
import { restoreSession } from './snapshot.js';
import { runScenario, runScenarios } from './scenarios.js';
import { dvtPathway, LIKELY_ANSWERS } from './test-fixtures.js';

const TODAY = '2026-11-24';

describe('runPath', () => {
  it('drives a pathway to its outcome with a full answer map', () => {
    const run = runPath(dvtPathway(), { answers: { ...LIKELY_ANSWERS }, context: { age: 67 }, today: TODAY });
    expect(run.status).toBe('outcome');
    expect(run.outcome).toBe('likely');
    expect(run.route).toEqual(['about', 'symptoms', 'wells', 'decide', 'likely']);
    expect(run.trace).toHaveLength(4);
    expect(run.result?.outcome.id).toBe('likely');
    expect(run.result?.summaryText).toContain('Outcome: Refer to the DVT clinic');
  });

  it('passes info pages', () => {
    const run = runPath(dvtPathway(), { answers: { ...LIKELY_ANSWERS, cancer: false }, today: TODAY });
    expect(run.route).toEqual(['about', 'symptoms', 'wells', 'decide', 'info_unlikely', 'unlikely']);
  });

  it('stops on a step whose answers are invalid, with the errors', () => {
    const run = runPath(dvtPathway(), { answers: { ...LIKELY_ANSWERS, calf_diff: 99 }, today: TODAY });
    expect(run.status).toBe('invalid');
    expect(run.at).toBe('symptoms');
    expect(run.errors?.map((e) => [e.code, e.fieldId])).toEqual([['out_of_range', 'calf_diff']]);
    expect(run.route).toEqual(['about', 'symptoms']);
  });

  it('reports a missing answer as invalid', () => {
    const { cancer: _c, ...rest } = LIKELY_ANSWERS;
    expect(runPath(dvtPathway(), { answers: rest, today: TODAY })).toMatchObject({
      status: 'invalid',
      at: 'wells',
    });
  });

  it('reports a stall with what it needs', () => {
    const p = dvtPathway();
    p.variables = p.variables.map((v) =>
      v.kind === 'score'
        ? {
            ...v,
            items: v.items.map((i) => ({
              ...i,
              when: i.when.replace('coalesce(bedridden, false)', 'bedridden'),
            })),
          }
        : v,
    );
    const run = runPath(p, { answers: { ...LIKELY_ANSWERS }, today: TODAY });
    expect(run.status).toBe('stalled');
    expect(run.at).toBe('decide');
    expect(run.needs?.map((n) => n.id)).toEqual(['bedridden']);
    expect(run.stall?.code).toBe('unknown_condition');
  });

  it('ignores answers to questions never asked and never throws on junk', () => {
    expect(runPath(dvtPathway(), { answers: { ...LIKELY_ANSWERS, ghost: 1 }, today: TODAY }).status).toBe(
      'outcome',
    );
    expect(() =>
      runPath(dvtPathway(), { answers: null as unknown as Record<string, unknown> }),
    ).not.toThrow();
    expect(runPath(dvtPathway(), { answers: { age: 'x' } }).status).toBe('invalid');
  });

  it('uses prefill for fields the map does not answer', () => {
    const { age: _a, ...rest } = LIKELY_ANSWERS;
    const run = runPath(dvtPathway(), { answers: rest, context: { age: 70 }, today: TODAY });
    expect(run.result?.answers.find((a) => a.fieldId === 'age')).toMatchObject({
      value: 70,
      prefilled: true,
    });
  });
});

describe('runPath stopping early', () => {
  it('stops on arriving at stopAt, before answering it, with a snapshot that resumes there', () => {
    const pathway = dvtPathway();
    const run = runPath(pathway, { answers: { ...LIKELY_ANSWERS }, today: TODAY, stopAt: 'wells' });
    expect(run).toMatchObject({ status: 'stopped', at: 'wells', route: ['about', 'symptoms', 'wells'] });
    const session = restoreSession(pathway, run.snapshot);
    const view = session.view();
    expect(view.kind === 'step' && view.node.id).toBe('wells');
    expect(session.state.answers).not.toHaveProperty('cancer');
    expect(session.state.answers).toHaveProperty('calf_diff', LIKELY_ANSWERS.calf_diff);
  });

  it('stops at the first page none of whose questions the answers give, under stopWhenUnanswered', () => {
    const { cancer: _c, previous_dvt: _p, ...rest } = LIKELY_ANSWERS;
    const run = runPath(dvtPathway(), { answers: rest, today: TODAY, stopWhenUnanswered: true });
    expect(run).toMatchObject({ status: 'stopped', at: 'wells', route: ['about', 'symptoms', 'wells'] });
    // Without it, the same answers are refused at that page.
    expect(runPath(dvtPathway(), { answers: rest, today: TODAY })).toMatchObject({
      status: 'invalid',
      at: 'wells',
    });
  });

  it('does not stop at a page some of whose questions the answers give', () => {
    const run = runPath(dvtPathway(), {
      answers: { ...LIKELY_ANSWERS },
      today: TODAY,
      stopWhenUnanswered: true,
    });
    expect(run.status).toBe('outcome');
  });

  it('keeps the snapshot of an invalid page from before the refused move, answers included', () => {
    const pathway = dvtPathway();
    const run = runPath(pathway, { answers: { ...LIKELY_ANSWERS, calf_diff: 99 }, today: TODAY });
    expect(run.status).toBe('invalid');
    const session = restoreSession(pathway, run.snapshot);
    expect(session.state.answers).toHaveProperty('calf_diff', 99);
    const view = session.view();
    expect(view.kind === 'step' && view.node.id).toBe('symptoms');
    expect(view.errors).toEqual([]);
  });
});

describe('runScenario', () => {
  it('passes a scenario whose outcome and route match, and explains a failure', () => {
    const p = dvtPathway();
    const scenario = {
      id: 'likely',
      name: 'Wells 2 → clinic',
      answers: { ...LIKELY_ANSWERS },
      expect: { outcome: 'likely', path: ['about', 'symptoms', 'wells', 'decide', 'likely'] },
    };
    expect(runScenario(p, scenario, { today: TODAY })).toMatchObject({
      scenario: 'likely',
      passed: true,
      failures: [],
    });
    const wrong = runScenario(
      p,
      { ...scenario, expect: { outcome: 'unlikely', path: ['about'] } },
      { today: TODAY },
    );
    expect(wrong.passed).toBe(false);
    expect(wrong.failures).toEqual([
      'expected outcome “unlikely” but reached “likely”',
      'expected route about but took about → symptoms → wells → decide → likely',
    ]);
  });
});

const pathwaysDir = join(fileURLToPath(new URL('.', import.meta.url)), '../../../../pathways');
const files = (() => {
  try {
    return readdirSync(pathwaysDir).filter((f) => f.endsWith('.json'));
  } catch {
    return [];
  }
})();

describe('the example pathways', () => {
  it('are there to run', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    const parsed = safeParsePathway(JSON.parse(readFileSync(join(pathwaysDir, file), 'utf8')));
    if (!parsed.ok) {
      it.skip(`${file} (does not validate)`, () => {});
      continue;
    }
    const pathway = parsed.pathway;
    describe(file, () => {
      for (const report of runScenarios(pathway, { today: TODAY })) {
        it(`scenario ${report.scenario}: ${report.name}`, () => {
          expect(report.failures).toEqual([]);
          const scenario = pathway.scenarios.find((s) => s.id === report.scenario);
          expect(report.run.outcome).toBe(scenario?.expect.outcome);
          if (scenario?.expect.path) expect(report.run.route).toEqual(scenario.expect.path);
          expect(report.run.result?.summaryText).toContain(pathway.title);
        });
      }
    });
  }
});

describe('generatePathway', () => {
  it.each([
    [3, {}],
    [10, {}],
    [100, {}],
    [100, { safe: true }],
    [1000, { safe: true, exitRate: 0.002, branching: 1, jumpReach: 3 }],
  ])('makes valid pathways of %i nodes', (nodes, options) => {
    for (const seed of [1, 2, 3]) {
      const p = generatePathway({ nodes, seed, ...options });
      const parsed = safeParsePathway(p);
      expect(parsed.ok ? [] : parsed.issues.map((i) => i.message)).toEqual([]);
      expect(p.nodes).toHaveLength(nodes);
      for (const s of runScenarios(p)) expect(s.failures).toEqual([]);
    }
  });

  it('is deterministic per seed', () => {
    expect(generatePathway({ nodes: 50, seed: 9 })).toEqual(generatePathway({ nodes: 50, seed: 9 }));
    expect(generatePathway({ nodes: 50, seed: 9 })).not.toEqual(generatePathway({ nodes: 50, seed: 10 }));
  });

  it('makes safe pathways whose every run reaches an outcome', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const p = generatePathway({ nodes: 60, seed, safe: true, scenarios: 0 });
      const run = runPath(p, { answers: generateAnswers(p, seed), context: { age: 40 }, today: TODAY });
      expect(run.status).toBe('outcome');
    }
  });
});
