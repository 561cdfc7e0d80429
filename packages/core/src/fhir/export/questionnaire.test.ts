import { describe, expect, it } from 'vitest';
import type { Pathway } from '../careway-types.js';
import { importQuestionnaire } from '../import/import-questionnaire.js';
import { fixtureQuestionnaires, validateR4 } from '../test-fixtures.js';
import type { FhirQuestionnaireItem } from '../types.js';
import { exportQuestionnaire } from './questionnaire.js';

const imported = fixtureQuestionnaires().map(({ file, questionnaire }) => ({
  file,
  pathway: importQuestionnaire(questionnaire).pathway as Pathway,
}));

function allItems(items: FhirQuestionnaireItem[] | undefined): FhirQuestionnaireItem[] {
  return (items ?? []).flatMap((i) => [i, ...allItems(i.item)]);
}

describe('exportQuestionnaire', () => {
  for (const { file, pathway } of imported) {
    describe(`the pathway imported from ${file}`, () => {
      const { questionnaire } = exportQuestionnaire(pathway);

      it('exports a valid R4 Questionnaire', () => {
        expect(validateR4(questionnaire)).toEqual([]);
      });

      it('imports back to the same pathway', () => {
        const again = importQuestionnaire(questionnaire);
        expect(again.embedded).toBe(true);
        expect(again.issues).toEqual([]);
        expect(again.pathway).toEqual(pathway);
      });

      it('has one item per field, with unique linkIds', () => {
        const items = allItems(questionnaire.item);
        const linkIds = items.map((i) => i.linkId);
        expect(new Set(linkIds).size).toBe(linkIds.length);
        const fields = pathway.nodes.flatMap((n) => (n.kind === 'step' ? n.fields : []));
        for (const f of fields) expect(linkIds).toContain(f.id);
      });
    });
  }

  it('names the Questionnaire by a canonical URL and version', () => {
    const { questionnaire } = exportQuestionnaire(imported[0]?.pathway as Pathway, {
      baseUrl: 'https://trust.example.nhs.uk/fhir/Questionnaire/',
    });
    expect(questionnaire.url).toBe(
      `https://trust.example.nhs.uk/fhir/Questionnaire/${imported[0]?.pathway.id}`,
    );
    expect(questionnaire.version).toBe(imported[0]?.pathway.version);
    expect(questionnaire.meta?.profile).toEqual([
      'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire',
    ]);
  });

  it('carries options with their codes and scores', () => {
    const diary = imported.find((i) => i.file === 'breathlessness-diary.json')?.pathway as Pathway;
    const { questionnaire } = exportQuestionnaire(diary);
    const q1 = allItems(questionnaire.item).find((i) => i.linkId === 'diary_q1');
    expect(q1?.answerOption?.[1]).toEqual({
      valueCoding: {
        system: 'https://careway.dev/fhir/CodeSystem/symptom-frequency',
        code: 'CWF-1',
        display: 'On some days',
      },
      extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue', valueDecimal: 1 }],
    });
    expect(allItems(questionnaire.item).find((i) => i.linkId === 'total_score')).toMatchObject({
      type: 'integer',
      readOnly: true,
    });
  });

  it('falls back to the items when the form was edited after export', () => {
    const pathway = imported.find((i) => i.file === 'referral-reason-chain.json')?.pathway as Pathway;
    const { questionnaire } = exportQuestionnaire(pathway);
    const edited = structuredClone(questionnaire);
    (edited.item?.[0]?.item?.[0] as FhirQuestionnaireItem).text = 'Main reason for referral (edited)';
    const result = importQuestionnaire(edited);
    expect(result.embedded).toBe(false);
    expect(result.issues.map((i) => i.code)).toContain('fhir_embedded_pathway_stale');
  });
});
