import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.js';
import { expressionSitesOf, unreadableExpressions } from './rules/expressions.js';
import { safeParsePathway } from '../schema/parse.js';
import { samplePathway } from '../schema/test-fixtures.js';
import type { Pathway } from '../schema/pathway.js';

/** The sample pathway with an expression at every place one can stand, a red-flag condition included. */
function everyPlace(): Pathway {
  const pathway = samplePathway();
  for (const node of pathway.nodes) {
    if (node.kind !== 'step') continue;
    for (const field of node.fields) {
      if (field.id === 'calf_difference')
        Object.assign(field, {
          redFlag: { when: 'calf_difference > 10', urgency: 'urgent', reason: 'A large difference.' },
        });
    }
  }
  return pathway;
}

/** Sets the text at a JSON path of a document. */
function setAt(document: unknown, path: readonly (string | number)[], text: string): void {
  let at = document as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path[path.length - 1] as string | number] = text;
}

const BROKEN: readonly [string, string, string][] = [
  ['a parse error', 'num > $5', 'unexpected_character'],
  ['a misspelt field', 'age_yeers >= 3', 'unknown_name'],
  ['a number compared with text', "age_years = 'old'", 'type_mismatch'],
];

describe('unreadableExpressions', () => {
  it('finds nothing in a pathway whose every expression can be read', () => {
    const pathway = everyPlace();
    expect(safeParsePathway(pathway).ok).toBe(true);
    expect(unreadableExpressions(pathway)).toEqual([]);
  });

  it('covers every place an expression can stand', () => {
    const kinds = new Set(
      expressionSitesOf(everyPlace()).map((s) => s.path.filter((k) => typeof k === 'string').join('.')),
    );
    expect([...kinds].sort()).toEqual(
      [
        'edges.when',
        'nodes.fields.prefill',
        'nodes.fields.showWhen',
        'nodes.fields.redFlag.when',
        'nodes.fields.validations.when',
        'variables.expr',
        'variables.items.when',
      ].sort(),
    );
  });

  const sites = expressionSitesOf(everyPlace());
  for (const site of sites) {
    for (const [why, text, code] of BROKEN) {
      it(`refuses ${why} in ${site.what}`, () => {
        const pathway = everyPlace();
        setAt(pathway, site.path, text);
        expect(safeParsePathway(pathway).ok).toBe(true);
        const found = unreadableExpressions(pathway);
        expect(found.length).toBeGreaterThan(0);
        const here = found.filter((f) => JSON.stringify(f.path) === JSON.stringify(site.path));
        expect(here.map((f) => f.code)).toContain(code);
        for (const f of here) {
          expect(f.severity).toBe('error');
          expect(f.fieldId ?? f.edgeId ?? f.nodeId).toBeTruthy();
        }
      });
    }
  }

  it('refuses a condition that gives a number instead of true or false', () => {
    const pathway = everyPlace();
    const edge = pathway.edges.find((e) => e.when !== undefined);
    if (!edge) throw new Error('the sample has a condition');
    edge.when = 'age_years + 1';
    expect(unreadableExpressions(pathway).map((f) => f.code)).toContain('wrong_result_type');
  });

  it('is the same check the analysis (and so the publish gate) runs', () => {
    const pathway = everyPlace();
    setAt(pathway, ['edges', 0, 'when'], 'num > $5');
    const codes = (list: readonly { code: string }[]) => list.map((f) => f.code);
    const fromAnalysis = analyze(pathway, { scenarios: false }).findings.filter((f) =>
      codes(unreadableExpressions(pathway)).includes(f.code),
    );
    expect(fromAnalysis).toEqual(unreadableExpressions(pathway));
  });

  it('quotes a long expression cut short, never whole', () => {
    const pathway = everyPlace();
    setAt(pathway, ['edges', 0, 'when'], `${'age_years + '.repeat(500)}$`);
    const [first] = unreadableExpressions(pathway);
    expect(first?.message.length).toBeLessThan(600);
  });
});
