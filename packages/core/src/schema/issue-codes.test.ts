import { describe, expect, it } from 'vitest';
import { SCHEMA_ISSUE_CODES, type SchemaIssueCode } from './codes.js';
import { fingerprint } from './fingerprint.js';
import type { Issue } from '../issues/issue.js';
import { safeParsePathway } from './parse.js';
import { minimalPathway, samplePathway } from './test-fixtures.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- tests break documents on purpose */
type Doc = any;

function issuesAfter(mutate: (doc: Doc) => unknown, base: () => Doc = samplePathway): Issue[] {
  const doc = base();
  mutate(doc);
  const result = safeParsePathway(doc);
  return result.ok ? result.warnings : result.issues;
}

/** One way to provoke each code, with the path and words the issue must have. */
const CASES: {
  code: SchemaIssueCode;
  mutate: (doc: Doc) => unknown;
  path?: (string | number)[];
  says?: string;
}[] = [
  {
    code: 'missing_property',
    mutate: (d) => delete d.nodes[4].timeframe,
    path: ['nodes', 4, 'timeframe'],
    says: 'Outcome "emergency": "timeframe" is required',
  },
  {
    code: 'unknown_property',
    mutate: (d) => (d.nodes[0].fields[0].minn = 3),
    path: ['nodes', 0, 'fields', 0, 'minn'],
    says: 'did you mean "min"?',
  },
  {
    code: 'invalid_type',
    mutate: (d) => (d.nodes[0].fields[0].min = '3'),
    says: 'Field "age_years" in step "assess": "min" must be a number (found "3")',
  },
  {
    code: 'invalid_value',
    mutate: (d) => (d.nodes[4].urgency = 'soon'),
    path: ['nodes', 4, 'urgency'],
    says: 'must be one of: routine, urgent',
  },
  { code: 'invalid_id', mutate: (d) => (d.nodes[0].fields[0].id = 'Age Years'), says: 'must be a field id' },
  { code: 'reserved_id', mutate: (d) => (d.nodes[0].fields[0].id = 'constructor'), says: 'reserved' },
  {
    code: 'invalid_key',
    mutate: (d) => (d.layout.nodes['9lives'] = { x: 0, y: 0 }),
    path: ['layout', 'nodes', '9lives'],
  },
  { code: 'empty', mutate: (d) => (d.title = '  '), path: ['title'], says: '"title" must not be empty' },
  {
    code: 'too_few',
    mutate: (d) => (d.nodes[1].fields = []),
    says: 'Step "details": "fields" must have at least 1 field',
  },
  {
    code: 'too_long',
    mutate: (d) => (d.edges[0].when = 'a'.repeat(10_001)),
    says: 'at most 10000 characters',
  },
  {
    code: 'out_of_range',
    mutate: (d) => (d.nodes[1].fields[6].maxBytes = 0),
    says: '"maxBytes" must be more than 0',
  },
  {
    code: 'invalid_date',
    mutate: (d) => (d.approvals[0].date = '2023-02-30'),
    path: ['approvals', 0, 'date'],
    says: 'Approval 1: "date" must be a real date',
  },
  {
    code: 'invalid_version',
    mutate: (d) => (d.version = '1.0'),
    path: ['version'],
    says: 'semantic version',
  },
  {
    code: 'invalid_url',
    mutate: (d) => (d.sources[0].url = 'javascript:alert(1)'),
    says: 'Source "ng158": "url"',
  },
  {
    code: 'duplicate_id',
    mutate: (d) => (d.nodes[1].id = 'assess'),
    path: ['nodes', 1, 'id'],
    says: 'same id as step "assess"',
  },
  {
    code: 'duplicate_value',
    mutate: (d) => (d.nodes[0].fields[1].options[1].value = 'calf_pain'),
    says: 'offers the value "calf_pain" twice',
  },
  {
    code: 'unknown_reference',
    mutate: (d) => (d.edges[1].to = 'nowhere'),
    path: ['edges', 1, 'to'],
    says: 'names node "nowhere", which does not exist',
  },
  {
    code: 'invalid_reference',
    mutate: (d) => (d.scenarios[0].expect = { outcome: 'assess' }),
    says: 'that node is a step, not an outcome',
  },
  {
    code: 'invalid_range',
    mutate: (d) => (d.nodes[0].fields[0].min = 200),
    path: ['nodes', 0, 'fields', 0, 'max'],
    says: '"min" (200) is more than "max" (120)',
  },
  {
    code: 'invalid_answer',
    mutate: (d) => (d.scenarios[0].answers.active_cancer = 'yes'),
    says: 'the answer to "active_cancer" must be true or false (found "yes")',
  },
  {
    code: 'not_applicable',
    mutate: (d) => (d.nodes[1].fields[0].redFlag = { urgency: 'urgent', when: 'true' }),
    says: 'a display field asks nothing',
  },
  {
    code: 'unsupported_schema_version',
    mutate: (d) => (d.schemaVersion = 2),
    path: ['schemaVersion'],
    says: 'upgrade',
  },
  { code: 'too_large', mutate: (d) => (d.description = 'x'.repeat(100_001)), path: ['description'] },
  {
    code: 'not_json',
    mutate: (d) => (d.nodes[0].title = () => 'x'),
    path: ['nodes', 0, 'title'],
    says: 'a function',
  },
  {
    code: 'too_many_issues',
    mutate: (d) => {
      d.nodes[0].fields = Array.from({ length: 600 }, () => ({ type: 'boolean' }));
    },
  },
  { code: 'missing_approval', mutate: (d) => (d.approvals = []), path: ['approvals'] },
  {
    code: 'stale_approval',
    mutate: (d) => (d.approvals[0].fingerprint = `sha256:${'0'.repeat(64)}`),
    path: ['approvals', 0, 'fingerprint'],
  },
  {
    code: 'unknown_translation_key',
    mutate: (d) => (d.translations.cy['node.gone.title'] = 'Wedi mynd'),
    path: ['translations', 'cy', 'node.gone.title'],
  },
  {
    code: 'invalid_snomed_code',
    mutate: (d) => (d.nodes[5].code.code = '306206006'),
    path: ['nodes', 5, 'code', 'code'],
  },
  {
    code: 'control_character',
    mutate: (d) => (d.nodes[0].fields[0].label = 'Age\u0000'),
    path: ['nodes', 0, 'fields', 0, 'label'],
    says: 'U+0000',
  },
];

describe('schema issue codes', () => {
  it.each(CASES)('$code', ({ code, mutate, path, says }) => {
    const found = issuesAfter(mutate).filter((i) => i.code === code);
    expect(found.length, `no ${code} issue`).toBeGreaterThan(0);
    const first = found[0] as Issue;
    if (path) expect(first.path).toEqual(path);
    if (says) expect(first.message).toContain(says);
  });

  it('has a case for every code but internal_error, which needs a bug to appear', () => {
    const covered = new Set(CASES.map((c) => c.code));
    const missing = Object.keys(SCHEMA_ISSUE_CODES).filter(
      (c) => !covered.has(c as SchemaIssueCode) && c !== 'internal_error',
    );
    expect(missing).toEqual([]);
  });

  it('reports warnings with severity warning and errors with severity error', () => {
    const warnings = issuesAfter((d) => (d.approvals = []));
    expect(warnings.every((i) => i.severity === 'warning')).toBe(true);
    const errors = issuesAfter((d) => (d.version = 'one'));
    expect(errors.every((i) => i.severity === 'error')).toBe(true);
  });

  it('caps the list of issues and says how many were left out', () => {
    const issues = issuesAfter((d) => {
      d.nodes[0].fields = Array.from({ length: 600 }, () => ({ type: 'boolean' }));
    });
    expect(issues.length).toBe(500);
    expect(issues[499]?.message).toMatch(/^\d+ more problems were found/);
  });

  it('names the approval fingerprint it compares against', () => {
    const doc = samplePathway();
    const approval = doc.approvals[0];
    if (approval) approval.fingerprint = fingerprint(doc);
    const result = safeParsePathway(doc);
    expect(result.ok && result.warnings).toEqual([]);
  });

  it('accepts the minimal pathway without issues', () => {
    expect(issuesAfter(() => undefined, minimalPathway)).toEqual([]);
  });
});
