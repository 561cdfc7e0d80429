import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixture, TODAY } from '../analysis/test-fixtures.js';
import { fingerprint } from '../schema/fingerprint.js';
import type { Pathway } from '../schema/pathway.js';
import { clinicalDiff } from './diff.js';
import { escapeHtml } from './html.js';
import { hazardLog, safetyCaseReport, SAFETY_CASE_SECTIONS } from './index.js';
import { analyze } from '../analysis/analyze.js';
import { testScenarios } from '../analysis/scenarios.js';

const report = (pathway: Pathway, previous?: Pathway): string =>
  safetyCaseReport(pathway, { today: TODAY, ...(previous ? { previous } : {}) });

const hazardsOf = (pathway: Pathway) =>
  hazardLog(pathway, analyze(pathway, { today: TODAY }), testScenarios(pathway, { today: TODAY }));

/** The first capture group of every match of `re`, for structure checks. */
const all = (html: string, re: RegExp): string[] => [...html.matchAll(re)].map((m) => m[1] ?? '');

describe('safetyCaseReport', () => {
  it('is one self-contained HTML5 document in English, with no script and nothing fetched', () => {
    const html = report(fixture('clean-fever-triage'));
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(html).not.toMatch(/<script|<link|<img|<iframe|\bsrc=|\bhref=|@import|url\(/i);
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'"`);
    expect(html).toContain('@page { size: A4;');
  });

  it('has one h1 and the seven sections as h2, in order, with hazards as h3 beneath', () => {
    const html = report(fixture('clean-fever-triage'));
    expect(all(html, /<h1[^>]*>([^<]*)<\/h1>/g)).toEqual(['Clinical safety case: Fever triage (clean)']);
    expect(all(html, /<h2[^>]*>([^<]*)<\/h2>/g)).toEqual([...SAFETY_CASE_SECTIONS]);
    const levels = all(html, /<h([1-6])[\s>]/g).map(Number);
    expect(levels[0]).toBe(1);
    levels.slice(1).forEach((level, i) => expect(level - (levels[i] ?? 0)).toBeLessThanOrEqual(1));
    expect(all(html, /<h3[^>]*>([^<]*)<\/h3>/g)[0]).toMatch(/^H-01: Red flag “Has the patient collapsed\?”/);
  });

  it('gives every table a caption and scoped headers', () => {
    const html = report(fixture('clean-fever-triage'));
    const tables = html.split('<table>').slice(1);
    expect(tables.length).toBeGreaterThan(5);
    for (const t of tables) {
      expect(t.startsWith('<caption>')).toBe(true);
      expect(t).not.toMatch(/<th>/);
    }
  });

  it('states the scope: identity, fingerprint, outcomes, context facts and sources', () => {
    const pathway = fixture('clean-fever-triage');
    const html = report(pathway);
    expect(html).toContain(`<code class="fingerprint">${fingerprint(pathway)}</code>`);
    expect(html).toContain('Send to the emergency department');
    expect(html).toContain('<caption>Outcomes the pathway can end at</caption>');
    expect(html).toContain('<caption>Sources</caption>');
  });

  it('shows pathway text as text: a title of <script>alert(1)</script> is escaped everywhere', () => {
    const pathway = fixture('clean-fever-triage');
    const hostile = '<script>alert(1)</script>';
    const html = report({
      ...pathway,
      title: hostile,
      description: '<img src=x onerror=alert(2)>',
      nodes: pathway.nodes.map((n) => (n.kind === 'outcome' ? { ...n, title: `${n.title} "&" <b>` } : n)),
    });
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).toContain('<h1>Clinical safety case: &lt;script&gt;alert(1)&lt;/script&gt;</h1>');
    expect(html).toContain('<title>Clinical safety case: &lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(html).toContain('&lt;img src=x onerror=alert(2)&gt;');
    expect(html).toContain('&quot;&amp;&quot; &lt;b&gt;');
  });

  it('lists approvals as current, stale or without a fingerprint', () => {
    const pathway = fixture('clean-fever-triage');
    const approval = {
      role: 'Clinical safety officer',
      name: 'Dr A. Lead',
      date: '2026-11-01',
      statement: 'Safe.',
    };
    const html = report({
      ...pathway,
      approvals: [
        { ...approval, fingerprint: fingerprint(pathway) },
        { ...approval, name: 'Dr B. Earlier', fingerprint: `sha256:${'0'.repeat(64)}` },
        { ...approval, name: 'Dr C. Unpinned' },
      ],
    });
    const rows = all(html, /<tr><th scope="row">(Clinical safety officer<\/th>.*?)<\/tr>/g);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('Current');
    expect(rows[1]).toContain('Dr B. Earlier');
    expect(rows[1]).toContain('Stale: given to other clinical content');
    expect(rows[2]).toContain('None: the approval carries no fingerprint');
  });

  it('says when no previous version is given, and shows the clinical diff when one is', () => {
    const pathway = fixture('clean-fever-triage');
    expect(report(pathway)).toContain('No previous published version given.');
    const changed: Pathway = {
      ...pathway,
      version: '1.1.0',
      nodes: pathway.nodes.map((n) => (n.id === 'safe' ? { ...n, title: 'Self-care at home' } : n)),
    };
    const html = report(changed, pathway);
    expect(html).toContain(`<code class="fingerprint">${fingerprint(pathway)}</code>`);
    expect(html).toContain(`<code class="fingerprint">${fingerprint(changed)}</code>`);
    expect(html).toMatch(/<th scope="row">nodes<\/th><td>—<\/td><td>—<\/td><td><code>safe<\/code><\/td>/);
  });

  it('reports findings, with what the budget covered and what the analysis does not prove', () => {
    const html = report(fixture('red_flag_under_triaged'));
    expect(html).toContain('<code>red_flag_under_triaged</code>');
    expect(html).toMatch(/distinct states explored in \d+ of 200000 evaluation steps/);
    expect(html).toContain('What the analysis does not guarantee');
    const small = safetyCaseReport(fixture('clean-fever-triage'), { today: TODAY, budget: 5 });
    expect(small).toContain('the budget ran out');
  });
});

describe('hazardLog', () => {
  it('has one hazard per red flag and per outcome more urgent than routine', () => {
    const hazards = hazardsOf(fixture('clean-fever-triage'));
    expect(hazards.map((h) => [h.id, h.kind, h.subject])).toEqual([
      ['H-01', 'red-flag', 'collapse'],
      ['H-02', 'outcome', 'emergency'],
      ['H-03', 'outcome', 'urgent'],
    ]);
  });

  it('controls a red flag that is routed at least as urgently and exercised by a passing scenario', () => {
    const [flag] = hazardsOf(fixture('clean-fever-triage'));
    expect(flag?.cause).toBe(
      'A patient with the red flag “Has the patient collapsed?” is routed to an outcome less urgent than emergency.',
    );
    expect(flag?.effect).toContain('Collapse with a fever may be sepsis.');
    expect(flag?.controls[0]).toContain('The red-flag question “Has the patient collapsed?” (collapse)');
    expect(
      flag?.controls.some((c) =>
        c.startsWith('Outcomes at least as urgent as emergency: “Send to the emergency department”'),
      ),
    ).toBe(true);
    expect(flag?.findings).toEqual([]);
    expect(flag?.scenarios.map((s) => [s.id, s.passed])).toEqual([['collapsed', true]]);
    expect(flag?.residual).toBe('controlled');
  });

  it('leaves an under-triaged red flag open, with the finding as evidence', () => {
    const [flag] = hazardsOf(fixture('red_flag_under_triaged'));
    expect(flag?.subject).toBe('chest_pain');
    expect(flag?.findings.map((f) => f.code)).toContain('red_flag_under_triaged');
    expect(flag?.residual).toBe('open-findings');
  });

  it('gives an outcome its required questions as controls and its referral findings as evidence', () => {
    const hazards = hazardsOf(fixture('incomplete_referral'));
    const refer = hazards.find((h) => h.subject === 'refer');
    expect(refer?.controls.some((c) => c.startsWith('It requires the answers to: '))).toBe(true);
    expect(refer?.findings.map((f) => f.code)).toContain('incomplete_referral');
    expect(refer?.residual).toBe('open-findings');
  });

  it('leaves a hazard no scenario exercises open', () => {
    const hazards = hazardsOf({ ...fixture('clean-fever-triage'), scenarios: [] });
    const flag = hazards[0];
    expect(flag?.scenarios).toEqual([]);
    expect(flag?.residual).not.toBe('controlled');
  });
});

describe('clinicalDiff', () => {
  it('lists elements added, removed and changed, ignoring layout, translations and sign-off', () => {
    const before = fixture('clean-fever-triage');
    const after: Pathway = {
      ...before,
      version: '2.0.0',
      layout: { nodes: { safe: { x: 1, y: 2 } } },
      approvals: [{ role: 'CSO', name: 'A', date: '2026-11-01', statement: 'Safe.' }],
      nodes: before.nodes.map((n) => (n.id === 'safe' ? { ...n, timeframe: 'Within a week' } : n)),
      edges: before.edges.slice(1),
    };
    const diff = clinicalDiff(before, after);
    expect(diff.before.fingerprint).toBe(fingerprint(before));
    expect(diff.after.fingerprint).toBe(fingerprint(after));
    expect(diff.properties).toEqual([]);
    const nodes = diff.collections.find((c) => c.collection === 'nodes');
    expect(nodes).toEqual({ collection: 'nodes', added: [], removed: [], changed: ['safe'] });
    const edges = diff.collections.find((c) => c.collection === 'edges');
    expect(edges?.removed).toEqual([before.edges[0]?.id]);
    const layoutOnly = clinicalDiff(before, { ...before, layout: { nodes: {} }, version: '9.9.9' });
    expect(
      layoutOnly.collections.every((c) => c.added.length + c.removed.length + c.changed.length === 0),
    ).toBe(true);
  });

  it('reports a changed title as a changed property', () => {
    const before = fixture('clean-fever-triage');
    expect(clinicalDiff(before, { ...before, title: 'Another title' }).properties).toEqual(['title']);
  });
});

describe('escapeHtml', () => {
  it('leaves no character that could start markup, and loses nothing', () => {
    const unescape = (html: string) =>
      html.replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) =>
        e === 'lt' ? '<' : e === 'gt' ? '>' : e === 'quot' ? '"' : e === '#39' ? "'" : '&',
      );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const escaped = escapeHtml(text);
        expect(escaped).not.toMatch(/[<>"']/);
        expect(unescape(escaped)).toBe(text);
      }),
    );
  });

  it('escapes the five characters that can start markup or end an attribute', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});
