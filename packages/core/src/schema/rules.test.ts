import { describe, expect, it } from 'vitest';
import type { Issue } from '../issues/issue.js';
import { safeParsePathway } from './parse.js';
import { checkPathwayRules } from './rules.js';
import { samplePathway } from './test-fixtures.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- tests break documents on purpose */
type Doc = any;

function after(mutate: (doc: Doc) => void): Issue[] {
  const doc: Doc = samplePathway();
  mutate(doc);
  const result = safeParsePathway(doc);
  return result.ok ? result.warnings : result.issues;
}

const codes = (issues: Issue[]) => issues.map((i) => `${i.code} ${JSON.stringify(i.path)}`);

describe('pathway rules', () => {
  it('finds nothing wrong with the sample pathway', () => {
    expect(checkPathwayRules(samplePathway())).toEqual([]);
  });

  describe('identity', () => {
    it('refuses a field id that a variable also uses', () => {
      const issues = after((d) => (d.variables[1].id = 'age_years'));
      expect(issues).toEqual([
        expect.objectContaining({
          code: 'duplicate_id',
          path: ['variables', 1, 'id'],
          message:
            'Variable "age_years" has the same id as field "age_years" in step "assess"; field and variable ids must be unique across the whole pathway.',
        }),
      ]);
    });

    it('refuses the same field id on two steps', () => {
      expect(codes(after((d) => (d.nodes[1].fields[2].id = 'symptoms')))).toContain(
        'duplicate_id ["nodes",1,"fields",2,"id"]',
      );
    });

    it.each([
      ['edges', (d: Doc) => (d.edges[1].id = 'to_emergency'), 'duplicate_id ["edges",1,"id"]'],
      ['scenarios', (d: Doc) => (d.scenarios[1].id = 'haemoptysis'), 'duplicate_id ["scenarios",1,"id"]'],
      ['sources', (d: Doc) => d.sources.push({ ...d.sources[0] }), 'duplicate_id ["sources",1,"id"]'],
      ['context', (d: Doc) => (d.context[2].id = 'age'), 'duplicate_id ["context",2,"id"]'],
    ])('refuses duplicate %s ids', (_, mutate, expected) => {
      expect(codes(after(mutate))).toContain(expected);
    });

    it('lets node ids and edge ids overlap: they name different things', () => {
      expect(after((d) => (d.edges[0].id = 'assess'))).toEqual([]);
    });
  });

  describe('references', () => {
    it('refuses a start node that does not exist', () => {
      expect(after((d) => (d.start = 'begin'))).toContainEqual(
        expect.objectContaining({
          code: 'unknown_reference',
          path: ['start'],
          message: '"start" names node "begin", which does not exist.',
        }),
      );
    });

    it('refuses edges from unknown nodes and edges leaving an outcome', () => {
      expect(codes(after((d) => (d.edges[0].from = 'ghost')))).toContain(
        'unknown_reference ["edges",0,"from"]',
      );
      expect(codes(after((d) => d.edges.push({ id: 'back', from: 'refer', to: 'assess' })))).toContain(
        'invalid_reference ["edges",6,"from"]',
      );
    });

    it('refuses a node citing a source the pathway does not list', () => {
      expect(codes(after((d) => (d.nodes[0].sources = ['ng999'])))).toEqual([
        'unknown_reference ["nodes",0,"sources",0]',
      ]);
    });

    it('checks every source reference: on nodes, questions, options, red flags and edges, to a source or one of its recommendations', () => {
      const withRecommendations = (d: Doc): void => {
        d.sources[0].recommendations = [
          { id: '1.3.1', summary: 'Assess the two-level Wells score.' },
          { id: '1.3.2', summary: 'Offer a proximal leg vein ultrasound within 4 hours.' },
        ];
      };
      expect(
        codes(
          after((d) => {
            withRecommendations(d);
            d.nodes[0].sources = ['ng158#1.3.1'];
            d.nodes[0].fields[0].sources = ['ng158'];
            d.edges[0].sources = ['ng158#1.3.2'];
          }),
        ),
      ).toEqual([]);
      const issues = after((d) => {
        withRecommendations(d);
        d.nodes[0].fields[0].sources = ['ng158#9.9.9'];
        d.edges[0].sources = ['ng999#1.3.1'];
        d.sources[0].recommendations.push({ id: '1.3.1', summary: 'Again.' });
      });
      expect(codes(issues)).toEqual([
        'duplicate_id ["sources",0,"recommendations",2,"id"]',
        'unknown_reference ["nodes",0,"fields",0,"sources",0]',
        'unknown_reference ["edges",0,"sources",0]',
      ]);
      expect(issues[0]?.message).toContain('Recommendation "1.3.1" of source "ng158"');
      expect(issues[1]?.message).toContain(
        'cites recommendation "9.9.9" of source "ng158", which that source does not list',
      );
    });

    it('refuses a source reference that is not a source id or source#recommendation', () => {
      expect(codes(after((d) => (d.edges[0].sources = ['ng158#'])))).toEqual([
        'invalid_id ["edges",0,"sources",0]',
      ]);
    });

    it('refuses an outcome requiring an unknown field or a display field', () => {
      expect(codes(after((d) => (d.nodes[5].requires = ['wells', 'nope', 'details_intro'])))).toEqual([
        'unknown_reference ["nodes",5,"requires",1]',
        'invalid_reference ["nodes",5,"requires",2]',
      ]);
    });

    it('refuses layout for a node that does not exist', () => {
      expect(codes(after((d) => (d.layout.nodes.ghost = { x: 1, y: 1 })))).toEqual([
        'unknown_reference ["layout","nodes","ghost"]',
      ]);
    });

    it('refuses an exclusive value that is not an option', () => {
      expect(codes(after((d) => (d.nodes[0].fields[1].exclusive = ['nothing'])))).toEqual([
        'unknown_reference ["nodes",0,"fields",1,"exclusive",0]',
      ]);
    });
  });

  describe('fields', () => {
    it('wants whole-number bounds on integer fields', () => {
      expect(codes(after((d) => (d.nodes[0].fields[0].step = 0.5)))).toEqual([
        'invalid_type ["nodes",0,"fields",0,"step"]',
      ]);
    });

    it('accepts decimal bounds on decimal fields', () => {
      expect(after((d) => (d.nodes[1].fields[1].min = 0.5))).toEqual([]);
    });

    it('refuses minFiles above maxFiles', () => {
      expect(codes(after((d) => (d.nodes[1].fields[6].minFiles = 4)))).toEqual([
        'invalid_range ["nodes",1,"fields",6,"maxFiles"]',
      ]);
    });

    it('wants "when" on a red flag of a number field', () => {
      const issues = after((d) => (d.nodes[0].fields[0].redFlag = { urgency: 'urgent' }));
      expect(codes(issues)).toEqual(['missing_property ["nodes",0,"fields",0,"redFlag","when"]']);
      expect(issues[0]?.message).toBe(
        'Field "age_years" in step "assess": "redFlag" has no "when" and an integer field needs "when" to say which answers are red flags.',
      );
    });

    it('accepts a red flag on a boolean field without "when"', () => {
      expect(after((d) => (d.nodes[0].fields[2].redFlag = { urgency: 'suspected-cancer' }))).toEqual([]);
    });

    it('refuses a choice red flag that can never fire', () => {
      expect(codes(after((d) => (d.nodes[0].fields[1].options[2].redFlag = false)))).toEqual([
        'missing_property ["nodes",0,"fields",1,"redFlag","when"]',
      ]);
    });

    it('refuses an option marked red flag on a field without a red-flag urgency', () => {
      expect(codes(after((d) => (d.nodes[0].fields[3].options[0].redFlag = true)))).toEqual([
        'missing_property ["nodes",0,"fields",3,"redFlag"]',
      ]);
    });

    it('refuses answer-only properties on display fields', () => {
      expect(
        codes(
          after((d) =>
            Object.assign(d.nodes[1].fields[0], { required: true, prefill: 'x', validations: [] }),
          ),
        ),
      ).toEqual([
        'not_applicable ["nodes",1,"fields",0,"required"]',
        'not_applicable ["nodes",1,"fields",0,"prefill"]',
        'not_applicable ["nodes",1,"fields",0,"validations"]',
      ]);
    });

    it('wants options on choice context facts and only there, and units only on numbers', () => {
      expect(codes(after((d) => delete d.context[1].options))).toEqual([
        'missing_property ["context",1,"options"]',
      ]);
      expect(codes(after((d) => (d.context[2].options = [{ value: 'yes', label: 'Yes' }])))).toEqual([
        'not_applicable ["context",2,"options"]',
      ]);
      expect(codes(after((d) => (d.context[2].unit = { label: 'x' })))).toEqual([
        'not_applicable ["context",2,"unit"]',
      ]);
      expect(codes(after((d) => (d.context[1].options[1].value = 'female')))).toEqual([
        'duplicate_value ["context",1,"options",1,"value"]',
      ]);
    });

    it('refuses a score band whose min is above its max', () => {
      const issues = after((d) => (d.variables[0].bands[0].min = 5));
      expect(codes(issues)).toEqual(['invalid_range ["variables",0,"bands",0,"max"]']);
      expect(issues[0]?.message).toBe(
        'Variable "wells", band "DVT unlikely": "min" (5) is more than "max" (1).',
      );
    });
  });

  describe('scenarios', () => {
    it('refuses an expected outcome that does not exist', () => {
      expect(codes(after((d) => (d.scenarios[0].expect.outcome = 'home')))).toContain(
        'unknown_reference ["scenarios",0,"expect","outcome"]',
      );
    });

    it('wants the expected route to run from start to the expected outcome through real nodes', () => {
      expect(codes(after((d) => (d.scenarios[0].expect.path = ['details', 'ghost', 'refer'])))).toEqual([
        'unknown_reference ["scenarios",0,"expect","path",1]',
        'invalid_value ["scenarios",0,"expect","path",0]',
        'invalid_value ["scenarios",0,"expect","path",2]',
      ]);
    });

    it('refuses answers to fields that do not exist and to variables', () => {
      const issues = after((d) => Object.assign(d.scenarios[0].answers, { age_yaers: 70, wells: 3 }));
      expect(codes(issues)).toEqual([
        'unknown_reference ["scenarios",0,"answers","age_yaers"]',
        'invalid_reference ["scenarios",0,"answers","wells"]',
      ]);
    });

    it.each([
      [
        'a choice answer that is not an option',
        (d: Doc) => (d.scenarios[0].answers.other_diagnosis = 'maybe'),
      ],
      [
        'a multi-choice answer that is not a list',
        (d: Doc) => (d.scenarios[0].answers.symptoms = 'haemoptysis'),
      ],
      [
        'a multi-choice answer listing an option twice',
        (d: Doc) => (d.scenarios[0].answers.symptoms = ['none', 'none']),
      ],
      [
        'a multi-choice answer with an unknown option',
        (d: Doc) => (d.scenarios[0].answers.symptoms = ['fever']),
      ],
      ['a fractional integer', (d: Doc) => (d.scenarios[0].answers.age_years = 70.5)],
      ['a decimal given as text', (d: Doc) => (d.scenarios[1].answers.calf_difference = '4')],
      ['an impossible date', (d: Doc) => (d.scenarios[1].answers.onset = '2025-02-29')],
      ['a number for a text field', (d: Doc) => (d.scenarios[1].answers.summary_note = 5)],
      ['text for an attachment', (d: Doc) => (d.scenarios[1].answers.photo = ['leg.jpg'])],
      ['an answer to a display field', (d: Doc) => (d.scenarios[1].answers.details_intro = 'x')],
    ])('refuses %s', (_, mutate) => {
      expect(after(mutate).map((i) => i.code)).toEqual(['invalid_answer']);
    });

    it('checks context facts like answers', () => {
      expect(codes(after((d) => (d.scenarios[0].context.weight = 80)))).toEqual([
        'unknown_reference ["scenarios",0,"context","weight"]',
      ]);
      expect(codes(after((d) => (d.scenarios[0].context.sex = 'unknown')))).toEqual([
        'invalid_answer ["scenarios",0,"context","sex"]',
      ]);
      expect(codes(after((d) => (d.scenarios[0].context.pregnant = 'no')))).toEqual([
        'invalid_answer ["scenarios",0,"context","pregnant"]',
      ]);
    });
  });

  describe('warnings', () => {
    it('warns about an active pathway without sign-off but not a draft', () => {
      expect(codes(after((d) => (d.approvals = [])))).toEqual(['missing_approval ["approvals"]']);
      expect(after((d) => Object.assign(d, { approvals: [], status: 'draft' }))).toEqual([]);
    });

    it('warns about Welsh text for something that does not exist', () => {
      const issues = after((d) => (d.translations.cy['field.gone.label'] = 'Wedi mynd'));
      expect(issues[0]).toMatchObject({ severity: 'warning', code: 'unknown_translation_key' });
    });

    it('warns about a SNOMED CT code that cannot be a concept id, naming where it is', () => {
      const issues = after((d) => (d.nodes[0].fields[1].options[2].code.code = '66857007'));
      expect(issues).toEqual([
        {
          code: 'invalid_snomed_code',
          path: ['nodes', 0, 'fields', 1, 'options', 2, 'code', 'code'],
          severity: 'warning',
          nodeId: 'assess',
          fieldId: 'symptoms',
          message: expect.stringMatching(
            /^Option "haemoptysis" of field "symptoms" in step "assess": "code" holds SNOMED CT code "66857007"/,
          ),
        },
      ]);
    });

    it('leaves codes of other systems alone', () => {
      expect(after((d) => (d.nodes[5].code = { system: 'http://loinc.org', code: '2160-0' }))).toEqual([]);
    });
  });
});
