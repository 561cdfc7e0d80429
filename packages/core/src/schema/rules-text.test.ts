import { describe, expect, it } from 'vitest';
import { safeParsePathway } from './parse.js';
import { samplePathway } from './test-fixtures.js';
import type { Issue } from '../issues/issue.js';

/* eslint-disable @typescript-eslint/no-explicit-any -- tests break documents on purpose */
function issuesWith(mutate: (doc: any) => void): Issue[] {
  const doc: any = samplePathway();
  mutate(doc);
  const result = safeParsePathway(doc);
  return result.ok ? [] : result.issues;
}

const CONTROLS = ['\u0000', '\u0007', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u009f'];
const BIDI = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069'];

describe('control and direction characters in pathway text', () => {
  for (const c of CONTROLS)
    it(`refuses U+${c.charCodeAt(0).toString(16).padStart(4, '0')} in a label, naming the place`, () => {
      const found = issuesWith((d) => (d.nodes[0].fields[1].options[0].label = `Calf${c} pain`));
      expect(found).toContainEqual(
        expect.objectContaining({
          code: 'control_character',
          severity: 'error',
          path: ['nodes', 0, 'fields', 1, 'options', 0, 'label'],
        }),
      );
    });

  for (const c of BIDI)
    it(`refuses U+${c.charCodeAt(0).toString(16)} in text`, () => {
      const found = issuesWith((d) => (d.title = `DVT ${c}referral`));
      expect(found).toContainEqual(expect.objectContaining({ code: 'control_character', path: ['title'] }));
    });

  it('refuses them in translations, hints and outcome text too', () => {
    const found = issuesWith((d) => {
      d.nodes[0].fields[1].hint = 'Choose\u0000';
      d.translations = { cy: { 'pathway.title': 'Llwybr\u202e' } };
    });
    const codes = found.map((i) => `${i.code} ${i.path.join('.')}`);
    expect(codes).toContain('control_character nodes.0.fields.1.hint');
    expect(codes.some((c) => c.startsWith('control_character translations.cy'))).toBe(true);
  });

  it('allows tab and new lines, and ordinary Welsh and typographic characters', () => {
    const result = safeParsePathway({
      ...samplePathway(),
      description: 'Line one\nLine two\r\n\tindented – “quoted” ŵ ŷ',
    });
    expect(result.ok).toBe(true);
  });
});
