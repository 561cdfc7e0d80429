import { describe, expect, it } from 'vitest';
import type { Field, Pathway } from '../../core.js';
import { setCondition } from '../commands/edge-commands.js';
import { addField, removeField, updateField } from '../commands/field-commands.js';
import { moveNodes, removeElements, updateNode } from '../commands/node-commands.js';
import { smallPathway, tracedPathway } from '../test-fixtures.js';
import { renameRecommendation, setSources } from '../commands/source-commands.js';
import { diffPathways } from './diff.js';

const apply = (doc: Pathway, ...cmds: { apply(d: Pathway): Pathway }[]) =>
  cmds.reduce((d, c) => c.apply(d), doc);

describe('diffPathways', () => {
  it('does not count moving boxes as a clinical change', () => {
    const before = smallPathway();
    const diff = diffPathways(before, moveNodes({ triage: { x: 999, y: 9 } }).apply(before));
    expect(diff.changes).toEqual([]);
    expect(diff.nodes.size).toBe(0);
    expect(diff.layoutOnly).toBe(true);
  });

  it('colours added, removed and changed nodes', () => {
    const before = smallPathway();
    const after = apply(
      { ...before, nodes: [...before.nodes, { kind: 'info', id: 'advice', title: 'Advice', body: 'Read.' }] },
      removeElements(['manage'], []),
      updateField('symptoms', 'age', 'minimum', (f) => ({ ...f, min: 18 })),
    );
    const diff = diffPathways(before, after);
    expect(Object.fromEntries(diff.nodes)).toEqual({
      symptoms: 'changed',
      manage: 'removed',
      advice: 'added',
    });
    expect(diff.removedNodes.map((n) => n.id)).toEqual(['manage']);
  });

  it('says in words what happened to nodes and questions', () => {
    const before = smallPathway();
    const temperature: Field = { id: 'temp', type: 'decimal', label: 'Temperature', unit: { label: '°C' } };
    const after = apply(
      { ...before, nodes: [...before.nodes, { kind: 'info', id: 'advice', title: 'Advice', body: 'Read.' }] },
      removeElements(['manage'], []),
      updateNode('triage', 'title', (n) => ({ ...n, title: 'Sort by risk' })),
      updateField('symptoms', 'age', 'question', (f) => ({ ...f, label: 'Age in years', min: 18 })),
      updateField('symptoms', 'bleeding', 'required', (f) => ({ ...f, required: false })),
      addField('symptoms', temperature),
    );
    const withMax = updateField('symptoms', 'temp', 'max', (f) => ({ ...f, max: 42 })).apply(after);
    expect(diffPathways(before, after).changes).toEqual([
      'Added information “Advice”',
      'Added question “Temperature” to step “Symptoms”',
      'Question “Rectal bleeding?” is now optional',
      'Question “Age” now reads “Age in years”',
      'Question “Age” now has a minimum of 18 years (was 0 years)',
      'Decision “Triage” is now called “Sort by risk”',
      'Removed outcome “Manage in primary care”',
      'Removed the route from “Triage” to “Manage in primary care”',
    ]);
    expect(diffPathways(after, withMax).changes).toEqual([
      'Question “Temperature” now has a maximum of 42 °C',
    ]);
    expect(diffPathways(after, removeField('symptoms', 'temp').apply(after)).changes).toEqual([
      'Removed question “Temperature” from step “Symptoms”',
    ]);
  });

  it('says how options, conditions, urgency, disposition and requirements changed', () => {
    const before = smallPathway();
    const step = before.nodes[0];
    if (step?.kind !== 'step') throw new Error('no step');
    step.fields.push({
      id: 'colour',
      type: 'choice',
      label: 'Colour',
      options: [
        { value: 'red', label: 'Red' },
        { value: 'dark', label: 'Dark' },
      ],
    });
    const after = apply(
      before,
      updateField('symptoms', 'colour', 'options', (f) =>
        'options' in f ? { ...f, options: [f.options[0] as never, { value: 'black', label: 'Black' }] } : f,
      ),
      setCondition('e2', 'bleeding'),
      updateNode('manage', 'urgency', (n) => ({ ...n, urgency: 'urgent', disposition: 'refer' }) as never),
      updateNode('refer', 'required data', (n) => (n.kind === 'outcome' ? { ...n, requires: ['age'] } : n)),
    );
    expect(diffPathways(before, after).changes).toEqual([
      'Question “Colour” now offers “Black”',
      'Question “Colour” no longer offers “Dark”',
      'Outcome “Refer urgently” now requires “Age”',
      'Outcome “Refer urgently” no longer requires “Rectal bleeding?”',
      'Outcome “Manage in primary care” is now urgent (was routine)',
      'Outcome “Manage in primary care” is now “Refer” (was “Manage in primary care”)',
      'The route from “Triage” to “Refer urgently” now applies when bleeding (was when bleeding or age >= 60)',
    ]);
  });

  it('counts a changed scenario as a clinical change, as core’s fingerprint does, and lists the version apart', () => {
    const before = smallPathway();
    const after: Pathway = {
      ...before,
      version: '1.1.0',
      scenarios: [
        { ...(before.scenarios[0] as Pathway['scenarios'][number]), expect: { outcome: 'manage' } },
      ],
    };
    const diff = diffPathways(before, after);
    expect(diff.changes).toEqual([
      'Scenario “Bleeding” now expects “Manage in primary care” (was “Refer urgently”)',
    ]);
    expect(diff.otherChanges).toEqual(['Version 1.1.0 (was 1.0.0)']);
    expect(diff.layoutOnly).toBe(false);
  });

  it('says which sources a connection, red flag or option now cites, and how recommendations changed', () => {
    const before = tracedPathway();
    const withOption = apply(
      before,
      addField('symptoms', {
        id: 'where',
        type: 'choice',
        label: 'Where?',
        options: [{ value: 'left', label: 'Left' }],
      }),
    );
    const source = withOption.sources[0];
    if (!source?.recommendations) throw new Error('no source');
    const after = apply(
      {
        ...withOption,
        sources: [
          {
            ...source,
            accessed: '2026-12-01',
            recommendations: [
              ...source.recommendations.slice(0, 2),
              { id: '1.3', summary: 'Review again after 6 weeks.', outOfScope: 'Another team does it.' },
              { id: '1.4', summary: 'Give written advice.' },
            ],
          },
        ],
      },
      setSources({ kind: 'edge', edgeId: 'e2' }, []),
      setSources({ kind: 'red-flag', nodeId: 'symptoms', fieldId: 'bleeding' }, ['guide']),
      setSources({ kind: 'option', nodeId: 'symptoms', fieldId: 'where', value: 'left' }, ['guide#1.4']),
    );
    const changes = diffPathways(withOption, after).changes;
    expect(changes).toEqual(
      expect.arrayContaining([
        'The route from “Triage” to “Refer urgently” now cites no source',
        expect.stringMatching(/“Rectal bleeding\?”.*cites guide for its red flag/),
        expect.stringMatching(/“Where\?”.*cites guide#1\.4 for option “Left”/),
        'Source “Bowel symptoms guide (fictitious)” lists recommendation 1.4, “Give written advice.”',
        'Source “Bowel symptoms guide (fictitious)”: recommendation 1.3 is out of scope (“Another team does it.”)',
        'Source “Bowel symptoms guide (fictitious)” was read again on 2026-12-01',
      ]),
    );
    expect(changes.join('\n')).not.toContain('is a red flag demanding');
    const renamed = diffPathways(before, renameRecommendation('guide', '1.1', '1.1.1').apply(before)).changes;
    expect(renamed).toEqual(
      expect.arrayContaining([
        'Source “Bowel symptoms guide (fictitious)” lists recommendation 1.1.1, “Refer rectal bleeding, or anyone aged 60 or over, urgently.”',
        'Source “Bowel symptoms guide (fictitious)” no longer lists recommendation 1.1',
      ]),
    );
  });
});
