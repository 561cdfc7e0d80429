import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Pathway } from '../core.js';
import { smallPathway } from '../editor/test-fixtures.js';
import { axeViolations, byLabel, click, openBottomTab, renderDesigner, typeInto } from '../test-utils.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

function withContext(): Pathway {
  const doc = smallPathway();
  doc.context.push(
    { id: 'pregnant', label: 'Pregnant', type: 'boolean' },
    { id: 'weight', label: 'Weight', type: 'decimal', unit: { label: 'kg' } },
    {
      id: 'sex',
      label: 'Sex',
      type: 'choice',
      options: [
        { value: 'female', label: 'Female' },
        { value: 'male', label: 'Male' },
      ],
    },
  );
  doc.scenarios[0] = {
    id: 's1',
    name: 'Bleeding',
    answers: { bleeding: true, age: 50 },
    expect: { outcome: 'refer', path: ['symptoms', 'triage', 'refer'] },
  };
  return doc;
}

async function choose(select: HTMLSelectElement, value: string) {
  await act(async () => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

describe('editing a scenario', () => {
  it('edits what it tests, its context and its expected outcome, as commands', async () => {
    const r = await renderDesigner(withContext());
    cleanup = r.unmount;
    const panel = await openBottomTab(r.host, 'Scenarios');
    const details = panel.querySelector('details.cw-scenario') as HTMLDetailsElement;
    details.open = true;
    expect(await axeViolations(panel)).toEqual([]);

    await typeInto(byLabel(details, 'What this scenario tests'), 'A bleed is referred.');
    await choose(byLabel<HTMLSelectElement>(details, 'Pregnant (context.pregnant)'), 'no');
    await typeInto(byLabel(details, 'Weight (context.weight)'), '71.5');
    await choose(byLabel<HTMLSelectElement>(details, 'Sex (context.sex)'), 'female');
    expect(r.latest().scenarios[0]).toMatchObject({
      description: 'A bleed is referred.',
      context: { pregnant: false, weight: 71.5, sex: 'female' },
    });
    await choose(byLabel<HTMLSelectElement>(details, 'Sex (context.sex)'), '');
    expect(r.latest().scenarios[0]?.context).toEqual({ pregnant: false, weight: 71.5 });

    const expected = byLabel<HTMLSelectElement>(details, 'Expected outcome');
    expect([...expected.options].map((o) => o.textContent)).toEqual([
      'Refer urgently',
      'Manage in primary care',
    ]);
    await choose(expected, 'manage');
    expect(r.latest().scenarios[0]?.expect).toEqual({ outcome: 'manage' });
    expect(panel.querySelector('tbody')?.textContent).toContain('Manage in primary care');
  });
});

describe('the context from the record', () => {
  it('gives a number fact a unit, and drops it when the fact stops being a number', async () => {
    const r = await renderDesigner(withContext());
    cleanup = r.unmount;
    const inspector = r.host.querySelector('.cw-right') as HTMLElement;
    await typeInto(byLabel(inspector, 'Context 2 unit shown'), 'kilograms');
    await typeInto(byLabel(inspector, 'Context 2 UCUM unit code'), 'kg');
    expect(r.latest().context[1]).toMatchObject({ unit: { label: 'kilograms', ucum: 'kg' } });
    await choose(byLabel<HTMLSelectElement>(inspector, 'Context 2 type'), 'string');
    expect(r.latest().context[1]).toEqual({ id: 'weight', label: 'Weight', type: 'string' });
    expect(() => byLabel(inspector, 'Context 2 unit shown')).toThrow();
  });
});

describe('approvals', () => {
  it('records the clinical content an approval covers and shows when it no longer does', async () => {
    const r = await renderDesigner(smallPathway());
    cleanup = r.unmount;
    const inspector = r.host.querySelector('.cw-right') as HTMLElement;
    await click([...inspector.querySelectorAll('button')].find((b) => b.textContent === 'Add approval'));
    expect(r.latest().approvals[0]?.fingerprint).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(inspector.textContent).toContain('This approval covers the clinical content as it is now.');
    await typeInto(byLabel(inspector, 'Pathway title'), 'Small pathway, revised');
    expect(inspector.textContent).toContain('The clinical content has changed since this approval was given');
    expect(await axeViolations(inspector)).toEqual([]);
    const record = [...inspector.querySelectorAll('button')].find((b) =>
      b.textContent?.startsWith('Record a new sign-off'),
    );
    await click(record);
    expect(inspector.textContent).toContain('This approval covers the clinical content as it is now.');
  });
});
