import { describe, expect, it } from 'vitest';
import { analysisOf } from './core-services.js';
import { smallPathway, withSchemaWarnings } from '../test-fixtures.js';
import { collectProblems } from './problems.js';

const noExpressionErrors = () => [];

describe('collecting the problems of a pathway', () => {
  it('keeps the schema’s warnings of a valid document before the analysis has answered', () => {
    const problems = collectProblems(withSchemaWarnings(), undefined, noExpressionErrors);
    expect(problems.map((p) => [p.code, p.severity, p.source, p.path.join('.')])).toEqual([
      ['stale_approval', 'warning', 'schema', 'approvals.0.fingerprint'],
      ['unknown_translation_key', 'warning', 'schema', 'translations.cy.node.gone.title'],
    ]);
  });

  it('lists each warning once when the analysis reports it too', () => {
    const doc = withSchemaWarnings();
    const problems = collectProblems(doc, analysisOf(doc), noExpressionErrors);
    const codes = problems.map((p) => p.code);
    expect(codes.filter((c) => c === 'stale_approval')).toHaveLength(1);
    expect(codes.filter((c) => c === 'unknown_translation_key')).toHaveLength(1);
  });

  it('has no problems for a clean pathway', () => {
    expect(collectProblems(smallPathway(), undefined, noExpressionErrors)).toEqual([]);
  });
});
