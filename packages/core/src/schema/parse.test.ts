import { describe, expect, it } from 'vitest';
import { parsePathway, PathwayError, safeParsePathway } from './parse.js';
import type { Pathway } from './pathway.js';
import { minimalPathway, samplePathway } from './test-fixtures.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- tests break documents on purpose */
type Doc = any;

function issues(doc: unknown) {
  const result = safeParsePathway(doc);
  if (result.ok) throw new Error('expected issues');
  return result.issues;
}

function* objectsOf(value: unknown): Generator<object> {
  if (typeof value !== 'object' || value === null) return;
  yield value;
  for (const child of Object.values(value)) yield* objectsOf(child);
}

describe('safeParsePathway', () => {
  describe('valid documents', () => {
    it('accepts the minimal and the sample pathway without warnings', () => {
      for (const doc of [minimalPathway(), samplePathway()]) {
        const result = safeParsePathway(doc);
        expect(result).toMatchObject({ ok: true, warnings: [] });
        expect(result.ok && result.pathway).toEqual(doc);
        expect(result.ok && 'migrated' in result).toBe(false);
      }
    });

    it('accepts JSON text that was parsed', () => {
      expect(safeParsePathway(JSON.parse(JSON.stringify(samplePathway()))).ok).toBe(true);
    });

    it('returns fresh plain objects that share nothing with the input', () => {
      const input = samplePathway();
      const result = safeParsePathway(input);
      if (!result.ok) throw new Error('invalid');
      const inputObjects = new Set(objectsOf(input));
      for (const object of objectsOf(result.pathway)) {
        expect(inputObjects.has(object)).toBe(false);
        const proto: unknown = Object.getPrototypeOf(object);
        expect(proto === Object.prototype || proto === Array.prototype).toBe(true);
      }
    });

    it('treats properties whose value is undefined as absent, as JSON does', () => {
      const doc: Doc = minimalPathway();
      doc.description = undefined;
      doc.nodes[0].fields[0].hint = undefined;
      const result = safeParsePathway(doc);
      expect(result.ok).toBe(true);
      expect(result.ok && 'description' in result.pathway).toBe(false);
    });

    it('keeps text exactly as written, markup and angle brackets included', () => {
      const doc: Doc = minimalPathway();
      doc.title = '<script>alert(1)</script> **bold**';
      const result = safeParsePathway(doc);
      expect(result.ok && result.pathway.title).toBe('<script>alert(1)</script> **bold**');
    });
  });

  describe('inputs that are not pathways', () => {
    it.each([
      { input: null },
      { input: 42 },
      { input: 'pathway' },
      { input: true },
      { input: [] },
      { input: [minimalPathway()] },
    ])('refuses $input as invalid_type', ({ input }) => {
      const [first] = issues(input);
      expect(first).toMatchObject({ code: 'invalid_type', path: [], severity: 'error' });
      expect(first?.message).toMatch(/^The pathway must be a JSON object/);
    });

    it('refuses undefined as not_json', () => {
      expect(issues(undefined)[0]?.code).toBe('not_json');
    });

    it('reports a missing document property by name', () => {
      const doc: Doc = minimalPathway();
      delete doc.start;
      expect(issues(doc)).toContainEqual({
        code: 'missing_property',
        path: ['start'],
        severity: 'error',
        message: '"start" is required',
      });
    });

    it('reports every problem at once, not only the first', () => {
      const doc: Doc = samplePathway();
      doc.version = 'x';
      doc.nodes[0].title = '';
      doc.edges[0].label = 3;
      expect(issues(doc).map((i) => i.code)).toEqual(['invalid_version', 'empty', 'invalid_type']);
    });
  });

  describe('messages a clinical lead can act on', () => {
    it('names the field and its step', () => {
      const doc: Doc = samplePathway();
      doc.nodes[1].fields[1].min = 'zero';
      expect(issues(doc)[0]?.message).toBe(
        'Field "calf_difference" in step "details": "min" must be a number (found "zero")',
      );
    });

    it('names an option of a field', () => {
      const doc: Doc = samplePathway();
      doc.nodes[0].fields[1].options[2].label = 7;
      expect(issues(doc)[0]?.message).toBe(
        'Option "haemoptysis" of field "symptoms" in step "assess": "label" must be text (found 7)',
      );
    });

    it('names an edge by id and route', () => {
      const doc: Doc = samplePathway();
      doc.edges[3].when = '';
      expect(issues(doc)[0]?.message).toBe('Edge "to_refer" (triage → refer): "when" must not be empty');
    });

    it('falls back to the position when an item has no usable id', () => {
      const doc: Doc = samplePathway();
      doc.variables[0].id = 7;
      expect(issues(doc)[0]?.message).toBe('Variable 1: "id" must be text (found 7)');
    });

    it('names nested properties within a field', () => {
      const doc: Doc = samplePathway();
      doc.nodes[0].fields[1].redFlag.urgency = 'asap';
      expect(issues(doc)[0]?.message).toMatch(
        /^Field "symptoms" in step "assess": "redFlag.urgency" must be one of: routine/,
      );
    });

    it('suggests the node kind that was probably meant', () => {
      const doc: Doc = samplePathway();
      doc.nodes[2].kind = 'desicion';
      expect(issues(doc)[0]).toMatchObject({ code: 'invalid_value', path: ['nodes', 2, 'kind'] });
      expect(issues(doc)[0]?.message).toContain('did you mean "decision"?');
    });

    it('says which kinds exist when a node has none', () => {
      const doc: Doc = samplePathway();
      delete doc.nodes[3].kind;
      expect(issues(doc)[0]).toEqual({
        code: 'missing_property',
        path: ['nodes', 3, 'kind'],
        severity: 'error',
        message: 'Node "advice": "kind" is required: one of step, decision, info, outcome',
        nodeId: 'advice',
      });
    });

    it('suggests a property name whatever its case', () => {
      const doc: Doc = samplePathway();
      doc.nodes[4].safetynetting = doc.nodes[4].safetyNetting;
      delete doc.nodes[4].safetyNetting;
      expect(issues(doc)[0]?.message).toBe(
        'Outcome "emergency": "safetynetting" is not a known property; did you mean "safetyNetting"?',
      );
    });

    it('suggests only the properties of the kind of field at hand', () => {
      const doc: Doc = samplePathway();
      doc.nodes[1].fields[6].maxFile = 3; // attachment: maxFiles
      expect(issues(doc)[0]?.message).toContain('did you mean "maxFiles"?');
    });

    it('gives no suggestion when nothing is close', () => {
      const doc: Doc = minimalPathway();
      doc.colour = 'blue';
      expect(issues(doc)[0]?.message).toBe('"colour" is not a known property');
    });

    it('reports a whole number where one is needed', () => {
      const doc: Doc = samplePathway();
      doc.nodes[1].fields[4].maxLength = 2.5;
      expect(issues(doc)[0]).toMatchObject({
        code: 'invalid_type',
        message: expect.stringContaining('"maxLength" must be a whole number (found 2.5)'),
      });
    });
  });

  describe('parsePathway', () => {
    it('returns the pathway', () => {
      const pathway: Pathway = parsePathway(minimalPathway());
      expect(pathway.id).toBe('minimal');
    });

    it('throws a PathwayError carrying the issues', () => {
      const doc: Doc = minimalPathway();
      doc.version = '1';
      let caught: unknown;
      try {
        parsePathway(doc);
      } catch (e) {
        caught = e;
      }
      expect(caught).toBeInstanceOf(PathwayError);
      const error = caught as PathwayError;
      expect(error.name).toBe('PathwayError');
      expect(error.issues.map((i) => i.code)).toEqual(['invalid_version']);
      expect(error.message).toContain('The pathway is not valid (1 problem):');
      expect(error.message).toContain('[invalid_version at version]');
    });

    it('does not throw for warnings', () => {
      const doc: Doc = samplePathway();
      doc.approvals = [];
      expect(() => parsePathway(doc)).not.toThrow();
    });
  });
});
