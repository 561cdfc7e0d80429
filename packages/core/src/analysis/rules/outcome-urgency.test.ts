import { describe, expect, it } from 'vitest';
import { readTimeframe } from './outcome-urgency.js';

describe('readTimeframe', () => {
  it.each([
    ['immediately', 'immediate'],
    ['Call 999 now', 'immediate'],
    ['within 30 minutes', 'immediate'],
    ['within 4 hours', 'hours'],
    ['within 48 hours', 'days'],
    ['today', 'today'],
    ['Same-day assessment', 'today'],
    ['within 2 weeks (suspected cancer pathway)', 'days'],
    ['within two weeks', 'days'],
    ['same or next working day', 'days'],
    ['review 4 to 8 weeks after withdrawal starts', 'days'],
    ['within the routine waiting time', 'routine'],
    ['immediately, same day', 'immediate'],
    ['D-dimer and interim anticoagulation today; scan within 24 hours', 'hours'],
  ])('reads “%s” as %s', (text, expected) => {
    expect(readTimeframe(text)?.class).toBe(expected);
  });

  it.each([
    'as clinically indicated',
    'when the FIT result is back',
    'advice within the local response time',
    'known',
  ])('leaves “%s” unread', (text) => {
    expect(readTimeframe(text)).toBeUndefined();
  });
});
