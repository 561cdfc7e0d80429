import { describe, expect, it } from 'vitest';
import { isHttpUrl, isIsoDate, isSemver, RESERVED_FIELD_IDS } from './common.js';
import { hasOptions, isAnswerable, isRequired, type Field } from './fields.js';
import { formatPath, hasErrors, issue, sortIssues } from '../issues/issue.js';
import { isSnomedConceptId, verhoeffValid } from './snomed.js';
import { closest, editDistance } from './suggest.js';
import {
  compareUrgency,
  defaultTimeframe,
  isAtLeast,
  maxUrgency,
  URGENCIES,
  urgencyRank,
} from './urgency.js';

describe('dates, versions and addresses', () => {
  it.each(['2024-02-29', '2000-02-29', '2023-12-31', '1900-01-01'])('accepts the real date %s', (s) =>
    expect(isIsoDate(s)).toBe(true),
  );
  it.each([
    '2023-02-29',
    '1900-02-29',
    '2023-02-30',
    '2023-04-31',
    '2023-13-01',
    '2023-00-10',
    '2023-01-00',
    '2023-1-01',
    '23-01-01',
    '2023-01-01T00:00',
  ])('refuses %s', (s) => expect(isIsoDate(s)).toBe(false));
  it.each(['1.0.0', '0.1.0', '10.20.30', '1.0.0-rc.1', '1.0.0-alpha+build.5', '1.0.0+20250101'])(
    'accepts version %s',
    (s) => expect(isSemver(s)).toBe(true),
  );
  it.each(['1.0', '1', 'v1.0.0', '01.0.0', '1.0.0-', '1.0.0-01', ' 1.0.0', '1.0.0 '])(
    'refuses version %j',
    (s) => expect(isSemver(s)).toBe(false),
  );
  it.each(['https://www.nice.org.uk/guidance/ng158', 'http://example.org', 'HTTPS://EXAMPLE.ORG/a?b#c'])(
    'accepts address %s',
    (s) => expect(isHttpUrl(s)).toBe(true),
  );
  it.each([
    'javascript:alert(1)',
    'ftp://example.org',
    'https://',
    'https:///path',
    '//example.org',
    'https://exa mple.org',
    'data:text/html,x',
  ])('refuses address %j', (s) => expect(isHttpUrl(s)).toBe(false));
  it('checks long inputs quickly', () => {
    const start = Date.now();
    isHttpUrl(`https://${'a'.repeat(100_000)} `);
    isSemver(`1.0.0-${'1'.repeat(100_000)}x`);
    expect(Date.now() - start).toBeLessThan(500);
  });
});

describe('urgency', () => {
  it('ranks urgencies from routine to emergency', () => {
    expect(URGENCIES.map(urgencyRank)).toEqual([0, 1, 2, 3, 4]);
    expect(compareUrgency('same-day', 'urgent')).toBeGreaterThan(0);
    expect([...URGENCIES].reverse().sort(compareUrgency)).toEqual([...URGENCIES]);
    expect(isAtLeast('suspected-cancer', 'urgent')).toBe(true);
    expect(isAtLeast('routine', 'urgent')).toBe(false);
    expect(maxUrgency('urgent', 'emergency', 'routine')).toBe('emergency');
    expect(maxUrgency()).toBe('routine');
  });

  it('proposes a timeframe for each urgency', () => {
    expect(URGENCIES.map(defaultTimeframe)).toEqual([
      'within the routine waiting time',
      'within 2 weeks',
      'within 2 weeks (suspected cancer pathway)',
      'today',
      'immediately',
    ]);
  });
});

describe('fields', () => {
  const display: Field = { id: 'd', type: 'display', label: 'D', text: 'Text' };
  const optional: Field = { id: 'o', type: 'text', label: 'O', required: false };
  const choice: Field = { id: 'c', type: 'choice', label: 'C', options: [{ value: 'a', label: 'A' }] };
  it('says which fields are required, answerable and offer options', () => {
    expect([display, optional, choice].map(isRequired)).toEqual([false, false, true]);
    expect([display, optional, choice].map(isAnswerable)).toEqual([false, true, true]);
    expect([display, optional, choice].map(hasOptions)).toEqual([false, false, true]);
  });

  it('reserves the words of the expression language and of Object.prototype', () => {
    expect(RESERVED_FIELD_IDS).toEqual(
      expect.arrayContaining(['and', 'or', 'not', 'in', 'true', 'false', 'context', 'constructor']),
    );
  });
});

describe('issues', () => {
  it('writes paths for developers', () => {
    expect(formatPath([])).toBe('(document)');
    expect(formatPath(['nodes', 3, 'fields', 0, 'min'])).toBe('nodes[3].fields[0].min');
    expect(formatPath(['translations', 'cy', 'node.a.title'])).toBe('translations.cy["node.a.title"]');
  });

  it('tells errors from warnings and puts errors first', () => {
    const w = issue('stale_approval', [], 'w', 'warning');
    const e = issue('empty', ['title'], 'e');
    expect(hasErrors([w])).toBe(false);
    expect(hasErrors([w, e])).toBe(true);
    expect(sortIssues([w, e])).toEqual([e, w]);
  });
});

describe('SNOMED CT ids', () => {
  it('checks the Verhoeff digit', () => {
    expect(verhoeffValid('2363')).toBe(true);
    expect(verhoeffValid('2364')).toBe(false);
  });

  it.each(['138875005', '404684003', '128053003', '59282003', '195967001', '22298006'])(
    'accepts concept id %s',
    (code) => expect(isSnomedConceptId(code)).toBe(true),
  );
  it.each(['128053004', '12345', '0128053003', '2160-0', '1280530031'])('refuses %s', (code) =>
    expect(isSnomedConceptId(code)).toBe(false),
  );
});

describe('suggestions', () => {
  it('measures edits, transpositions included', () => {
    expect(editDistance('titel', 'title')).toBe(1);
    expect(editDistance('min', 'max')).toBe(2);
    expect(editDistance('a', 'abcdefgh', 3)).toBe(4);
  });

  it('suggests a close name, or none', () => {
    expect(closest('nextsteps', ['summary', 'nextSteps'])).toBe('nextSteps');
    expect(closest('urgnecy', ['urgency', 'timeframe'])).toBe('urgency');
    expect(closest('colour', ['title', 'status'])).toBeUndefined();
  });
});
