import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { integrityOf, type Pathway } from '../core.js';
import { smallPathway } from '../editor/test-fixtures.js';
import type { PublishedVersion } from '../storage/db.js';
import { axeViolations, button, click, openBottomTab, renderPublisher, typeInto } from '../test-utils.js';
// Written by the built CLI, `careway publish input.json --out <dir>`, from
// pathways/sore-throat-feverpain.json with one approval added and status
// "active"; the CLI printed the integrity below.
import cliArtefact from './fixtures/sore-throat-feverpain@1.0.0.json?raw';

const CLI_INTEGRITY = 'sha256-j6l2oG5JmMbZGWDMsseXmfOvqW9OhwgMHYLyqfu2A1Q=';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

const approved = (): Pathway => ({
  ...smallPathway(),
  status: 'active',
  approvals: [{ role: 'Clinical safety officer', name: 'Dr A', date: '2026-11-24', statement: 'Safe.' }],
});

/** A version of the small pathway as the workspace records it once published. */
function recorded(version: string): PublishedVersion {
  const json = JSON.stringify({ ...approved(), version });
  return {
    pathwayId: 'small',
    version,
    fileName: `small@${version}.json`,
    json,
    integrity: integrityOf(json),
    publishedAt: '2026-11-24T10:00:00.000Z',
  };
}

/** The reasons listed in the panel's refusal, each as `<code>: <message>`. */
function reasons(panel: HTMLElement): string[] {
  return [...panel.querySelectorAll('[role="alert"] li')].map(
    (li) =>
      `${li.querySelector('code')?.textContent ?? ''}: ${li.querySelector('button, span')?.textContent ?? ''}`,
  );
}

/** The same value with every object's keys in reverse order: canonical JSON must not depend on it. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .reverse()
        .map(([k, v]) => [k, reversedKeys(v)]),
    );
  return value;
}

describe('publishing', () => {
  it('refuses an error made just before the click, before the problems panel has caught up', async () => {
    const r = await renderPublisher(approved());
    cleanup = r.unmount;
    const panel = await openBottomTab(r.host, 'Publish and versions');
    await click(button(r.host.querySelector('.cw-left [role="tablist"]') as HTMLElement, 'Outline'));
    const condition = r.host.querySelector<HTMLInputElement>('.cw-outline input[placeholder="otherwise"]');
    if (!condition) throw new Error('no condition in the outline');
    await typeInto(condition, 'bleding');
    await act(async () => button(panel, /^Publish version/).click());
    expect(r.published).toEqual([]);
    const alert = panel.querySelector('[role="alert"]')?.textContent ?? '';
    expect(alert).toContain('Version 1.0.1 was not published.');
    const typo = reasons(panel).find((t) => t.startsWith('unknown_name: '));
    expect(typo).toContain('In the condition of edge e1 (“bleding”): There is no question or variable');
    expect(await axeViolations(panel)).toEqual([]);
    // The reason leads to where it is: the connection the condition belongs to.
    const item = [...panel.querySelectorAll('[role="alert"] li')].find((li) =>
      li.textContent?.includes('bleding'),
    );
    await click(item?.querySelector('button'));
    await expect
      .poll(() => r.host.querySelector('.cw-right h2')?.textContent)
      .toBe('Connection: Symptoms → Triage');
  });

  it('refuses with core’s publish gate: no sign-off, then a failing scenario and a version already out', async () => {
    const draft = smallPathway();
    const r = await renderPublisher(draft);
    cleanup = r.unmount;
    const panel = await openBottomTab(r.host, 'Publish and versions');
    await act(async () => button(panel, 'Publish version 1.0.0').click());
    expect(r.published).toEqual([]);
    // The gate sees the pathway as publishing leaves it, active: only the sign-off is missing.
    expect(reasons(panel)).toEqual([
      'missing_approval: Add at least one approval: who signed this pathway off as clinically safe, and when.',
    ]);
    r.unmount();

    const failing: Pathway = {
      ...approved(),
      scenarios: [
        { id: 's2', name: 'Wrong', answers: { bleeding: false, age: 30 }, expect: { outcome: 'refer' } },
      ],
    };
    const again = await renderPublisher(failing, [recorded('1.1.0')]);
    cleanup = again.unmount;
    const next = await openBottomTab(again.host, 'Publish and versions');
    await act(async () => button(next, 'Publish version 1.1.0').click());
    expect(again.published).toEqual([]);
    expect(reasons(next).map((t) => t.slice(0, t.indexOf(':')))).toEqual([
      'scenario_failed',
      'version_published',
    ]);
    expect(next.querySelector('[role="alert"]')?.textContent).toContain(
      'Version 1.1.0 of small is already published',
    );
  });

  it('lists the first reasons and counts the rest', async () => {
    const doc: Pathway = {
      ...smallPathway(),
      scenarios: Array.from({ length: 7 }, (_, i) => ({
        id: `s${i}`,
        name: `Wrong ${i}`,
        answers: { bleeding: false, age: 30 },
        expect: { outcome: 'refer' },
      })),
    };
    const r = await renderPublisher(doc);
    cleanup = r.unmount;
    const panel = await openBottomTab(r.host, 'Publish and versions');
    await act(async () => button(panel, 'Publish version 1.0.0').click());
    const alert = panel.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Fix these 8 problems first:');
    expect(reasons(panel)).toHaveLength(5);
    expect(alert?.textContent).toContain('… and 3 more');
  });

  it('writes the same bytes and integrity as careway publish for the same pathway', async () => {
    const draft = { ...(reversedKeys(JSON.parse(cliArtefact)) as Pathway), status: 'draft' as const };
    const r = await renderPublisher(draft);
    cleanup = r.unmount;
    const panel = await openBottomTab(r.host, 'Publish and versions');
    await act(async () => button(panel, 'Publish version 1.0.0').click());
    await expect.poll(() => r.published.length).toBe(1);
    expect(r.published[0]?.fileName).toBe('sore-throat-feverpain@1.0.0.json');
    expect(r.published[0]?.json).toBe(cliArtefact);
    expect(r.published[0]?.integrity).toBe(CLI_INTEGRITY);
  });
});
