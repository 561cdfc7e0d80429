import { describe, expect, it } from 'vitest';
import { textKeys, validate, type Pathway } from '../../core.js';
import { smallPathway } from '../test-fixtures.js';
import { removeTranslations, translateText } from '../commands/translation-commands.js';
import { translationTable } from './table.js';

/** The small pathway with one text of every other sort: options, validations, a score, a context fact. */
function everySortOfText(): Pathway {
  const doc = smallPathway();
  const [symptoms, ...rest] = doc.nodes;
  if (symptoms?.kind !== 'step') throw new Error('the small pathway starts with a step');
  return {
    ...doc,
    description: 'For *adults*.',
    context: [{ id: 'sex', label: 'Sex', type: 'string' }],
    nodes: [
      {
        ...symptoms,
        fields: [
          ...symptoms.fields,
          {
            id: 'colour',
            type: 'choice',
            label: 'Colour',
            options: [{ value: 'bright_red', label: 'Bright red', hint: 'Fresh' }],
            validations: [{ when: 'true', message: 'Choose one' }],
          },
        ],
      },
      ...rest,
    ],
    edges: doc.edges.map((e) => (e.id === 'e2' ? { ...e, label: 'Red flag' } : e)),
    variables: [
      {
        id: 'risk',
        label: 'Risk',
        kind: 'score',
        items: [{ label: 'Bleeding', when: 'bleeding', points: 1 }],
        bands: [{ label: 'High', min: 1 }],
      },
    ],
  };
}

describe('translationTable', () => {
  it('says where every text core lists is, in words', () => {
    const doc = everySortOfText();
    expect(validate(doc).ok).toBe(true);
    const where = Object.fromEntries(translationTable(doc).rows.map((r) => [r.key, r.where]));
    expect(Object.keys(where)).toEqual(textKeys(doc).map((t) => t.key));
    expect(where).toMatchObject({
      'pathway.title': 'Pathway — title',
      'pathway.description': 'Pathway — description',
      'context.sex.label': 'Context fact “Sex” — label',
      'node.refer.safetyNetting': 'Outcome “Refer urgently” — safety netting',
      'field.age.unit': 'Question “Age” — unit',
      'option.colour.bright_red.hint': 'Option “Bright red” of question “Colour” — hint',
      'validation.colour.0.message': 'Question “Colour” — validation message 1',
      'edge.e2.label': 'Connection “Triage → Refer urgently” — label',
      'variable.risk.item.0.label': 'Score “Risk” — item 1',
      'variable.risk.band.0.label': 'Score “Risk” — band 1',
    });
  });

  it('ties a question’s texts to its step and a connection’s label to the connection', () => {
    const rows = translationTable(everySortOfText()).rows;
    expect(rows.find((r) => r.key === 'option.colour.bright_red.label')?.nodeId).toBe('symptoms');
    expect(rows.find((r) => r.key === 'edge.e2.label')?.edgeId).toBe('e2');
  });

  it('counts the translated texts and lists the stale ones apart', () => {
    const doc = {
      ...smallPathway(),
      translations: { cy: { 'node.triage.title': 'Brysbennu', 'field.x.label': 'X' } },
    };
    const table = translationTable(doc);
    expect(table.translated).toBe(1);
    expect(table.stale).toEqual([{ key: 'field.x.label', welsh: 'X' }]);
  });
});

describe('the translation commands', () => {
  it('set and remove one Welsh text, changing nothing when there is nothing to change', () => {
    const doc = smallPathway();
    const set = translateText('node.triage.title', 'Brysbennu', 'Decision “Triage” — title');
    expect(set.name).toBe('translate-text');
    const translated = set.apply(doc);
    expect(translated.translations).toEqual({ cy: { 'node.triage.title': 'Brysbennu' } });
    expect(set.apply(translated)).toBe(translated);
    const cleared = translateText('node.triage.title', '', 'Decision “Triage” — title').apply(translated);
    expect('translations' in cleared).toBe(false);
    expect(translateText('node.triage.title', ' ', 'x').apply(doc)).toBe(doc);
  });

  it('remove stale texts in one command', () => {
    const doc = { ...smallPathway(), translations: { cy: { 'field.x.label': 'X', 'field.y.label': 'Y' } } };
    const cmd = removeTranslations(['field.x.label', 'field.y.label']);
    expect(cmd.label).toBe('Remove 2 stale Welsh texts');
    expect(cmd.apply(doc).translations).toBeUndefined();
    expect(removeTranslations(['field.z.label']).apply(doc)).toBe(doc);
  });
});
