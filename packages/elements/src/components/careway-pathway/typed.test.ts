import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import {
  createSession,
  safeParsePathway,
  type AnswerValue,
  type Session,
  type View,
} from '../../internal/core.js';
import { testPathway } from '../../test-support/helpers.js';
import { TypedInput } from './typed.js';

class TypedHost extends LitElement {
  updates = 0;
  override requestUpdate(...args: Parameters<LitElement['requestUpdate']>): void {
    this.updates += 1;
    super.requestUpdate(...args);
  }
}
customElements.define('typed-input-test-host', TypedHost);

/** A session of the test pathway at its second page (a date, a decimal, checkboxes, radios). */
async function atSymptoms(): Promise<{ session: Session; view: View }> {
  const valid = safeParsePathway(await testPathway());
  if (!valid.ok) throw new Error('the test pathway is not valid');
  const session = createSession(valid.pathway, { today: '2026-11-24' });
  session.answer('age', 40);
  return { session, view: session.next() };
}

/** What `flush` hands over, by field. */
function flushed(typed: TypedInput, view: View): Record<string, AnswerValue | undefined> {
  const given: Record<string, AnswerValue | undefined> = {};
  typed.flush(view, (fieldId, value) => {
    given[fieldId] = value;
    typed.answered(fieldId);
  });
  return given;
}

describe('TypedInput (text typed but not yet answered)', () => {
  it('turns typed text into each field kind’s answer when the clinician moves on', async () => {
    const { view } = await atSymptoms();
    const typed = new TypedInput(new TypedHost());
    typed.type('temperature', 'temperature', ' 38.5 ');
    typed.type('onset', 'onset.day', '5');
    typed.type('onset', 'onset.month', '11');
    typed.type('onset', 'onset.year', '2026');
    expect(flushed(typed, view)).to.deep.equal({ temperature: 38.5, onset: '2026-11-05' });
    expect(flushed(typed, view), 'nothing is handed over twice').to.deep.equal({});
  });

  it('hands text that is not a number over as it is, for the engine to explain; spaces alone clear', async () => {
    const { view } = await atSymptoms();
    const typed = new TypedInput(new TypedHost());
    typed.type('temperature', 'temperature', '1,5');
    expect(flushed(typed, view)).to.deep.equal({ temperature: '1,5' });
    typed.type('temperature', 'temperature', '   ');
    expect(flushed(typed, view)).to.deep.equal({ temperature: undefined });
  });

  it('keeps the parts of a date answer that were not typed over', async () => {
    const { session } = await atSymptoms();
    const view = session.answer('onset', '2026-11-20');
    const typed = new TypedInput(new TypedHost());
    typed.type('onset', 'onset.year', '2025');
    expect(flushed(typed, view)).to.deep.equal({ onset: '2025-11-20' });
  });

  it('answers only fields the page shows, of kinds that take typing', async () => {
    const { view } = await atSymptoms();
    const typed = new TypedInput(new TypedHost());
    typed.type('age', 'age', '41');
    typed.type('sex', 'sex', 'female');
    expect(flushed(typed, view)).to.deep.equal({});
    expect(typed.pending(), 'still waiting, not lost').to.deep.equal({
      age: { age: '41' },
      sex: { sex: 'female' },
    });
  });

  it('gives the draft what is waiting, by field and input, and forgets it once answered or on a new page', () => {
    const typed = new TypedInput(new TypedHost());
    typed.type('onset', 'onset.day', '5');
    typed.type('onset', 'onset.month', '11');
    typed.type('reference', 'reference', 'A1');
    typed.type('onsetting', 'onsetting', 'not part of onset');
    expect(typed.pending()).to.deep.equal({
      onset: { 'onset.day': '5', 'onset.month': '11' },
      reference: { reference: 'A1' },
      onsetting: { onsetting: 'not part of onset' },
    });
    typed.answered('reference');
    expect(Object.keys(typed.pending())).to.deep.equal(['onset', 'onsetting']);
    expect(typed.raw.get('reference'), 'the box still shows it').to.equal('A1');
    typed.clear();
    expect(typed.pending()).to.deep.equal({});
    expect(typed.raw.size).to.equal(0);
  });

  it('puts back typed text from a draft for the questions on the page, and asks the host to draw it', async () => {
    const { view } = await atSymptoms();
    const host = new TypedHost();
    const typed = new TypedInput(host);
    const before = host.updates;
    typed.restore({ temperature: { temperature: '39' }, age: { age: '50' } }, view);
    expect(typed.raw.get('temperature')).to.equal('39');
    expect(typed.raw.has('age'), 'not on this page').to.equal(false);
    expect(typed.pending()).to.deep.equal({ temperature: { temperature: '39' } });
    expect(host.updates).to.be.greaterThan(before);
    expect(flushed(typed, view)).to.deep.equal({ temperature: 39 });
  });
});
