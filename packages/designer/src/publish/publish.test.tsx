import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Pathway } from '../core.js';
import { smallPathway } from '../editor/test-fixtures.js';
import { button, click, openBottomTab, renderPublisher, typeInto } from '../test-utils.js';
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
    expect(alert).toMatch(/Fix the \d+ errors? in the problems panel first\./);
    expect(alert).toContain('In the condition of edge e1 (“bleding”): There is no question or variable');
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
