import { describe, expect, it } from 'vitest';
import { publishedArtefact, type Pathway } from '../../core.js';
import { createEditorStore } from '../store.js';
import { smallPathway } from '../test-fixtures.js';
import { bumpVersion, publishCommand, tryPublish } from './publish.js';

const approved = (): Pathway => ({
  ...smallPathway(),
  approvals: [{ role: 'Clinical safety officer', name: 'Dr A', date: '2026-11-24', statement: 'Safe.' }],
});

describe('publishing a pathway', () => {
  it('bumps a semantic version', () => {
    expect(bumpVersion('1.2.3', 'patch')).toBe('1.2.4');
    expect(bumpVersion('1.2.3', 'minor')).toBe('1.3.0');
    expect(bumpVersion('1.2.3', 'major')).toBe('2.0.0');
  });

  it('asks core’s gate about the pathway as publishing leaves it: a draft is made active, not refused for it', () => {
    const attempt = tryPublish(smallPathway(), '1.0.0', []);
    expect(attempt.ok).toBe(false);
    if (attempt.ok) return;
    expect(attempt.refusals.map((r) => r.code)).toEqual(['missing_approval']);
  });

  it('refuses a version already published, with core’s code', () => {
    const attempt = tryPublish(approved(), '1.0.0', ['1.0.0']);
    expect(attempt.ok ? [] : attempt.refusals.map((r) => r.code)).toEqual(['version_published']);
  });

  it('gives the edit and the artefact of the very document it checked, making the edit once', () => {
    const doc = approved();
    const attempt = tryPublish(doc, '1.1.0', ['1.0.0']);
    if (!attempt.ok) throw new Error(attempt.refusals.map((r) => r.message).join('\n'));
    expect(attempt.published).toMatchObject({ version: '1.1.0', status: 'active' });
    expect(attempt.artefact).toEqual(publishedArtefact(attempt.published));
    const store = createEditorStore(doc);
    store.run(attempt.command);
    expect(store.getSnapshot().doc).toBe(attempt.published);
    expect(store.getSnapshot().history.past.map((e) => e.name)).toEqual(['publish']);
  });

  it('makes the publish edit once per document, and again for another', () => {
    const cmd = publishCommand('2.0.0');
    const doc = approved();
    const once = cmd.apply(doc);
    expect(cmd.apply(doc)).toBe(once);
    const other = { ...doc, title: 'Other' };
    expect(cmd.apply(other)).toMatchObject({ title: 'Other', version: '2.0.0', status: 'active' });
    expect(publishCommand('1.0.0').apply({ ...doc, status: 'active' })).toMatchObject({ version: '1.0.0' });
  });
});
