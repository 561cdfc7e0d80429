import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { publishedArtefact, signOffRefusals } from './artefact.js';
import { fingerprint } from './fingerprint.js';
import type { Approval, Pathway } from './pathway.js';
import { samplePathway } from './test-fixtures.js';

const approval = (pathway: Pathway, overrides: Partial<Approval> = {}): Approval => ({
  role: 'Clinical safety officer',
  name: 'Dr A Example',
  date: '2026-11-30',
  statement: 'Reviewed against the hazard log; safe to use.',
  fingerprint: fingerprint(pathway),
  ...overrides,
});

describe('publishedArtefact', () => {
  it('names the file by id and version and gives the integrity of its exact bytes', () => {
    const pathway = samplePathway();
    const { fileName, json, integrity } = publishedArtefact(pathway);
    expect(fileName).toBe(`${pathway.id}@${pathway.version}.json`);
    expect(JSON.parse(json)).toEqual(pathway);
    expect(integrity).toBe(`sha256-${createHash('sha256').update(json, 'utf8').digest('base64')}`);
  });
});

describe('signOffRefusals', () => {
  it('asks for an approval when there is none', () => {
    expect(signOffRefusals({ ...samplePathway(), approvals: [] })).toEqual([
      'Add at least one approval: who signed this pathway off as clinically safe, and when.',
    ]);
  });

  it('has nothing to say of a complete approval of the content as it is', () => {
    const pathway = samplePathway();
    expect(signOffRefusals({ ...pathway, approvals: [approval(pathway)] })).toEqual([]);
  });

  it('keeps an approval current through changes that are not clinical: status, version, layout', () => {
    const pathway = samplePathway();
    const signed = { ...pathway, approvals: [approval(pathway)] };
    expect(signOffRefusals({ ...signed, status: 'active', version: '9.0.0' })).toEqual([]);
  });

  it('refuses an approval given to different clinical content, naming who gave it', () => {
    const pathway = samplePathway();
    const before = { ...pathway, title: `${pathway.title} (before review)` };
    const refusals = signOffRefusals({
      ...pathway,
      approvals: [approval(pathway), approval(before, { name: 'Dr B' })],
    });
    expect(refusals).toEqual([
      'Approval 2 (Dr B) was given to different clinical content: review the changes and sign it off again.',
    ]);
  });

  it('names what an incomplete approval lacks', () => {
    const pathway = samplePathway();
    const blank = approval(pathway, { role: ' ', statement: '', date: '2026-02-30' });
    expect(signOffRefusals({ ...pathway, approvals: [blank] })).toEqual([
      'Approval 1 needs its role, date (a real date, YYYY-MM-DD), statement.',
    ]);
  });
});
