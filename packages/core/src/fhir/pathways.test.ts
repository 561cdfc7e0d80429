/**
 * The example pathways through FHIR: export → import gives each back exactly,
 * and every resource made from their scenarios is valid R4.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPath } from '../engine/run-path.js';
import { safeParsePathway } from '../schema/parse.js';
import type { Pathway } from './careway-types.js';
import { exportQuestionnaire } from './export/questionnaire.js';
import { referralBundle } from './export/referral.js';
import { importQuestionnaire } from './import/import-questionnaire.js';
import { evaluate } from '../expr/evaluate.js';
import { parseExpression } from '../expr/parser.js';
import { optionCoding } from './export/codes.js';
import { type R4Answer, r4Enabled, repoRoot, validateR4 } from './test-fixtures.js';
import type { FhirQuestionnaireItem } from './types.js';

const dir = join(repoRoot, 'pathways');
const examples = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((file) => ({ file, json: JSON.parse(readFileSync(join(dir, file), 'utf8')) as unknown }));

const context = {
  subject: { identifier: { system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9000000009' } },
  requester: { reference: 'Practitioner/G1234567' },
  now: '2026-11-24T10:00:00Z',
};

describe('example pathways through FHIR', () => {
  it('finds the example pathways', () => {
    expect(examples.length).toBeGreaterThanOrEqual(7);
  });

  for (const { file, json } of examples) {
    describe(file, () => {
      const parsed = safeParsePathway(json);
      const pathway = (parsed.ok ? parsed.pathway : json) as Pathway;

      it('is a valid pathway to start from', () => {
        expect(parsed.ok ? [] : parsed.issues.map((i) => i.message)).toEqual([]);
      });

      it('exports a valid R4 Questionnaire that imports back to the same pathway (lossless)', () => {
        const { questionnaire } = exportQuestionnaire(pathway);
        expect(validateR4(questionnaire)).toEqual([]);
        const back = importQuestionnaire(JSON.parse(JSON.stringify(questionnaire)));
        expect(back.issues).toEqual([]);
        expect(back.embedded).toBe(true);
        expect(back.pathway).toEqual(pathway);
        expect(back.pathway).toEqual(json);
      });

      it('round-trips with mapped linkIds too', () => {
        const linkIds = Object.fromEntries(
          pathway.nodes.flatMap((n) =>
            n.kind === 'step' ? n.fields.map((f) => [f.id, `/${n.id}/${f.id}`]) : [],
          ),
        );
        const { questionnaire } = exportQuestionnaire(pathway, {
          linkIds,
          baseUrl: 'https://trust.example.nhs.uk/fhir/Questionnaire',
        });
        const back = importQuestionnaire(questionnaire);
        expect(back.pathway).toEqual(pathway);
        for (const [fieldId, linkId] of Object.entries(linkIds)) expect(back.linkIds[linkId]).toBe(fieldId);
      });

      it('writes enableWhen that R4 reads as Careway reads the condition, on every scenario', () => {
        const { questionnaire } = exportQuestionnaire(pathway);
        const all = (items: FhirQuestionnaireItem[] | undefined): FhirQuestionnaireItem[] =>
          (items ?? []).flatMap((i) => [i, ...all(i.item)]);
        const translated = all(questionnaire.item).filter((i) => i.enableWhen);
        const fields = new Map(
          pathway.nodes.flatMap((n) => (n.kind === 'step' ? n.fields.map((f) => [f.id, f] as const) : [])),
        );
        for (const scenario of pathway.scenarios) {
          const r4 = new Map<string, R4Answer[]>();
          for (const [id, value] of Object.entries(scenario.answers)) {
            const field = fields.get(id);
            if (!field) continue;
            const values = Array.isArray(value) ? value : [value];
            r4.set(
              id,
              values.map((v): R4Answer => {
                if (field.type === 'choice' || field.type === 'multi-choice') {
                  const option = field.options.find((o) => o.value === v);
                  return { coding: option ? optionCoding(pathway, field, option) : { code: String(v) } };
                }
                if (typeof v === 'boolean') return { boolean: v };
                if (typeof v === 'number') return { number: v };
                return field.type === 'date' ? { date: String(v) } : { string: String(v) };
              }),
            );
          }
          const enabled = r4Enabled(questionnaire, r4);
          // Careway, as the engine reads it: a hidden field has no value.
          const memo = new Map<string, boolean>();
          const visible = (id: string): boolean => {
            const known = memo.get(id);
            if (known !== undefined) return known;
            memo.set(id, false);
            const when = fields.get(id)?.showWhen;
            const shown =
              when === undefined ||
              evaluate(parseExpression(when).ast as never, { values, today: '2026-11-24' }) === true;
            memo.set(id, shown);
            return shown;
          };
          const values = (name: string): unknown =>
            fields.has(name) && visible(name) ? scenario.answers[name] : undefined;
          for (const item of translated)
            expect(enabled.get(item.linkId), `${scenario.id} ${item.linkId}`).toBe(visible(item.linkId));
        }
      });

      it('turns every scenario into a valid transaction Bundle', () => {
        for (const scenario of pathway.scenarios) {
          const run = runPath(pathway, {
            answers: scenario.answers,
            context: scenario.context ?? {},
            today: '2026-11-24',
          });
          expect(run.status, scenario.id).toBe('outcome');
          if (!run.result) continue;
          const { bundle } = referralBundle(pathway, run.result, context);
          expect(validateR4(bundle), `${file} ${scenario.id}`).toEqual([]);
          const types = bundle.entry.map((e) => e.resource.resourceType);
          const disposition = run.result.outcome.disposition;
          expect(types).toEqual(
            disposition === 'refer'
              ? ['QuestionnaireResponse', 'ServiceRequest', 'Task']
              : disposition === 'advice-request'
                ? ['QuestionnaireResponse', 'CommunicationRequest', 'Task']
                : ['QuestionnaireResponse'],
          );
          // the same run gives the same Bundle
          expect(referralBundle(pathway, run.result, context).bundle).toEqual(bundle);
        }
      });
    });
  }
});
