import { describe, expect, it } from 'vitest';
import type { Pathway } from '../../core.js';
import { analysisOf } from './core-services.js';
import { createExpressionService } from './expression-service.js';
import { smallPathway, withSchemaWarnings } from '../test-fixtures.js';
import { collectProblems } from './problems.js';

const noExpressionErrors = () => [];

/** The small pathway with a SNOMED CT code that cannot be a concept id on the outcome "refer". */
function withBadCode(): Pathway {
  const doc = smallPathway();
  return {
    ...doc,
    nodes: doc.nodes.map((n) =>
      n.id === 'refer' ? { ...n, code: { system: 'http://snomed.info/sct', code: '66857007' } } : n,
    ),
  };
}

describe('collecting the problems of a pathway', () => {
  it('keeps the schema’s warnings of a valid document before the analysis has answered', () => {
    const problems = collectProblems(withSchemaWarnings(), undefined, noExpressionErrors);
    expect(problems.map((p) => [p.code, p.severity, p.path.join('.')])).toEqual([
      ['stale_approval', 'warning', 'approvals.0.fingerprint'],
      ['unknown_translation_key', 'warning', 'translations.cy.node.gone.title'],
    ]);
  });

  it('lists each warning once when the analysis reports it too', () => {
    const doc = withSchemaWarnings();
    const problems = collectProblems(doc, analysisOf(doc), noExpressionErrors);
    const codes = problems.map((p) => p.code);
    expect(codes.filter((c) => c === 'stale_approval')).toHaveLength(1);
    expect(codes.filter((c) => c === 'unknown_translation_key')).toHaveLength(1);
  });

  it('lists a schema warning on a node once, on its node, when the analysis reports it too', () => {
    const doc = withBadCode();
    const analysis = analysisOf(doc);
    expect(analysis?.findings.filter((f) => f.code === 'invalid_snomed_code')).toHaveLength(1);
    const found = collectProblems(doc, analysis, noExpressionErrors).filter(
      (p) => p.code === 'invalid_snomed_code',
    );
    expect(found).toEqual([
      expect.objectContaining({ severity: 'warning', nodeId: 'refer', path: ['nodes', 2, 'code', 'code'] }),
    ]);
  });

  it('puts errors before warnings, each in the order found', () => {
    const doc: Pathway = {
      ...withSchemaWarnings(),
      nodes: [...smallPathway().nodes, { kind: 'info', id: 'orphan', title: 'Leaflet', body: 'Read it.' }],
    };
    const problems = collectProblems(doc, analysisOf(doc), noExpressionErrors);
    const severities = problems.map((p) => p.severity);
    expect(severities[0]).toBe('error');
    expect(problems.find((p) => p.code === 'unreachable_node')).toMatchObject({ nodeId: 'orphan' });
    expect([...severities].sort((a, b) => rank[a] - rank[b])).toEqual(severities);
    expect(problems.filter((p) => p.severity === 'warning').map((p) => p.code)).toEqual(
      expect.arrayContaining(['stale_approval', 'unknown_translation_key']),
    );
  });

  it('without an analysis, gives core’s expression errors at their expression, with their range', () => {
    const doc = smallPathway();
    const typo: Pathway = {
      ...doc,
      edges: doc.edges.map((e) => (e.id === 'e2' ? { ...e, when: 'bleding or age >= 60' } : e)),
    };
    const service = createExpressionService(typo);
    const problems = collectProblems(typo, undefined, (text, expects) => service.check(text, expects));
    expect(problems).toEqual([
      expect.objectContaining({
        code: 'unknown_name',
        severity: 'error',
        path: ['edges', 1, 'when'],
        nodeId: 'triage',
        edgeId: 'e2',
        range: { from: 0, to: 7 },
        message: expect.stringMatching(/^In the condition of the route from “Triage” to “Refer urgently”: /),
      }),
    ]);
  });

  it('has no problems for a clean pathway', () => {
    expect(collectProblems(smallPathway(), undefined, noExpressionErrors)).toEqual([]);
  });
});

const rank = { error: 0, warning: 1, info: 2 } as const;
