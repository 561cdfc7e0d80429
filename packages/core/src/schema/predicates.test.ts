import { describe, expect, it } from 'vitest';
import { expressionSitesOf, typeEnvOf } from '../analysis/rules/expressions.js';
import type { Field } from './fields.js';
import { redFlagNeedsWhen } from './fields.js';
import { fingerprint, isApprovalCurrent } from './fingerprint.js';
import { mayLeadOn } from './nodes.js';
import { samplePathway } from './test-fixtures.js';

describe('redFlagNeedsWhen', () => {
  const choice = (flagged: boolean): Field => ({
    id: 'colour',
    type: 'choice',
    label: 'Colour',
    options: [{ value: 'red', label: 'Red', ...(flagged ? { redFlag: true } : {}) }],
  });
  it('is false for a yes/no question and a choice with a red-flag option', () => {
    expect(redFlagNeedsWhen({ id: 'b', type: 'boolean', label: 'B' })).toBe(false);
    expect(redFlagNeedsWhen(choice(true))).toBe(false);
  });
  it('is true for a choice with no red-flag option and for every other type', () => {
    expect(redFlagNeedsWhen(choice(false))).toBe(true);
    expect(redFlagNeedsWhen({ id: 'n', type: 'integer', label: 'N' })).toBe(true);
    expect(redFlagNeedsWhen({ id: 't', type: 'text', label: 'T' })).toBe(true);
  });
});

describe('mayLeadOn', () => {
  it('lets every kind but an outcome lead on', () => {
    expect(['step', 'decision', 'info'].every((kind) => mayLeadOn({ kind } as never))).toBe(true);
    expect(mayLeadOn({ kind: 'outcome' })).toBe(false);
  });
});

describe('isApprovalCurrent', () => {
  it('holds without a fingerprint or with the current one, and not after a clinical change', () => {
    const pathway = samplePathway();
    const approval = { fingerprint: fingerprint(pathway) };
    expect(isApprovalCurrent(pathway, {})).toBe(true);
    expect(isApprovalCurrent(pathway, approval)).toBe(true);
    expect(isApprovalCurrent({ ...pathway, title: `${pathway.title}!` }, approval)).toBe(false);
    expect(isApprovalCurrent({ ...pathway, version: '9.9.9' }, approval)).toBe(true);
  });
});

describe('expressionSitesOf and typeEnvOf', () => {
  it('list the expressions of a document and type its names, as the analysis does', () => {
    const pathway = samplePathway();
    const sites = expressionSitesOf(pathway);
    expect(sites.length).toBeGreaterThan(0);
    for (const site of sites) expect(site.path.length).toBeGreaterThan(1);
    const env = typeEnvOf(pathway);
    expect(Object.keys(env.names).length).toBeGreaterThan(0);
  });
});
