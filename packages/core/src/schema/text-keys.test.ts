import { describe, expect, it } from 'vitest';
import { safeParsePathway } from './parse.js';
import type { Pathway } from './pathway.js';
import { minimalPathway, samplePathway } from './test-fixtures.js';
import { textKeys, translate } from './text-keys.js';

function at(root: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((value, key) => (value as Record<string | number, unknown>)[key], root);
}

describe('textKeys', () => {
  it('lists every translatable text of the minimal pathway', () => {
    expect(textKeys(minimalPathway()).map((t) => `${t.key}=${t.text}`)).toEqual([
      'pathway.title=Minimal pathway',
      'node.ask.title=Question',
      'field.unwell.label=Is the patient unwell?',
      'node.done.title=Self-care',
      'node.done.timeframe=as needed',
      'node.done.actor=Patient',
    ]);
  });

  it('covers every kind of text in the sample, each key once, each path pointing at its text', () => {
    const pathway = samplePathway();
    const entries = textKeys(pathway);
    const keys = entries.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const entry of entries) expect(at(pathway, entry.path)).toBe(entry.text);
    expect(keys).toEqual(
      expect.arrayContaining([
        'pathway.description',
        'context.sex.label',
        'node.assess.description',
        'node.advice.body',
        'node.triage.description',
        'node.refer.service',
        'node.refer.nextSteps',
        'node.emergency.safetyNetting',
        'node.emergency.summary',
        'field.symptoms.hint',
        'field.symptoms.redFlagReason',
        'field.active_cancer.why',
        'field.active_cancer.trueLabel',
        'field.active_cancer.falseLabel',
        'field.details_intro.text',
        'field.calf_difference.unit',
        'option.symptoms.haemoptysis.label',
        'validation.calf_difference.0.message',
        'edge.to_refer.label',
        'variable.wells.label',
        'variable.wells.explanation',
        'variable.wells.item.3.label',
        'variable.wells.band.1.label',
      ]),
    );
  });

  it('marks which texts may hold markup', () => {
    const rich = new Map(textKeys(samplePathway()).map((e) => [e.key, e.rich]));
    expect(rich.get('node.advice.body')).toBe(true);
    expect(rich.get('node.triage.description')).toBe(false);
    expect(rich.get('field.symptoms.label')).toBe(false);
  });

  it('knows every key the sample translates', () => {
    const keys = new Set(textKeys(samplePathway()).map((e) => e.key));
    for (const key of Object.keys(samplePathway().translations?.cy ?? {})) expect(keys.has(key)).toBe(true);
  });
});

describe('translate', () => {
  it('replaces the texts that have a Welsh translation and keeps the rest', () => {
    const welsh = translate(samplePathway(), 'cy');
    expect(welsh.title).toBe('Amheuaeth o DVT (enghraifft)');
    expect(welsh.nodes[0]?.title).toBe('Symptomau');
    const field = welsh.nodes[0]?.kind === 'step' ? welsh.nodes[0].fields[1] : undefined;
    expect(field?.label).toBe('Pa symptomau sydd gan y claf?');
    expect(field && 'options' in field && field.options[3]?.label).toBe("Dim un o'r rhain");
    expect(welsh.nodes[1]?.title).toBe('Details');
  });

  it('returns a valid pathway and leaves the original alone', () => {
    const original = samplePathway();
    const welsh = translate(original, 'cy');
    expect(original.title).toBe('Suspected DVT (sample)');
    expect(safeParsePathway(welsh).ok).toBe(true);
  });

  it('returns an unchanged copy for English or when there are no translations', () => {
    const original = samplePathway();
    const english = translate(original, 'en');
    expect(english).toEqual(original);
    expect(english).not.toBe(original);
    const none: Pathway = minimalPathway();
    expect(translate(none, 'cy')).toEqual(none);
  });
});
