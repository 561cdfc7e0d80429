import { expect, fixture, html } from '@open-wc/testing';
import '../../define.js';
import type { CarewayPathway } from './careway-pathway.js';
import type { CarewayErrorDetail } from '../../internal/errors.js';
import type { Pathway } from '../../internal/core.js';
import { $, headingText, root, testPathway, text } from '../../test-support/helpers.js';

type Doc = Pathway & Record<string, unknown>;
interface Place {
  readonly what: string;
  readonly id: string;
  readonly break: (doc: Doc, text: string) => void;
}

function field(doc: Doc, id: string): Record<string, unknown> {
  for (const node of doc.nodes)
    if (node.kind === 'step') {
      const found = node.fields.find((f) => f.id === id);
      if (found) return found as unknown as Record<string, unknown>;
    }
  throw new Error(`no field ${id}`);
}

/** Every place an expression can stand, in the element's test pathway. */
const PLACES: readonly Place[] = [
  {
    what: 'a route condition',
    id: 'e6',
    break: (d, t) => (d.edges = d.edges.map((e) => (e.id === 'e6' ? { ...e, when: t } : e))),
  },
  { what: 'a prefill', id: 'age', break: (d, t) => (field(d, 'age')['prefill'] = t) },
  { what: 'a showWhen', id: 'temperature', break: (d, t) => (field(d, 'temperature')['showWhen'] = t) },
  {
    what: 'a validation rule',
    id: 'reference',
    break: (d, t) => (field(d, 'reference')['validations'] = [{ when: t, message: 'Check it' }]),
  },
  {
    what: 'a red-flag condition',
    id: 'temperature',
    break: (d, t) =>
      (field(d, 'temperature')['redFlag'] = { when: t, urgency: 'urgent', reason: 'A high fever.' }),
  },
  {
    what: 'a score item',
    id: 'symptom_score',
    break: (d, t) => {
      const score = d.variables[0] as unknown as { items: { when: string }[] };
      (score.items[0] as { when: string }).when = t;
    },
  },
  {
    what: 'an expression variable',
    id: 'feverish',
    break: (d, t) =>
      (d.variables = [...d.variables, { id: 'feverish', label: 'Feverish', kind: 'expression', expr: t }]),
  },
];

const UNREADABLE = ['num > $5', 'temprature > 38', "temperature = 'hot'"];

async function load(pathway: unknown, lang = 'en-GB') {
  const errors: CarewayErrorDetail[] = [];
  const el = await fixture<CarewayPathway>(
    html`<careway-pathway
      .pathway=${pathway as Pathway}
      lang=${lang}
      today="2026-11-24"
      @careway-error=${(e: CustomEvent<CarewayErrorDetail>) => errors.push(e.detail)}
    ></careway-pathway>`,
  );
  await el.updateComplete;
  return { el, errors };
}

describe('<careway-pathway> with an expression that cannot be read', () => {
  it('is accessible while refusing the pathway', async () => {
    const doc = (await testPathway()) as Doc;
    PLACES[0]?.break(doc, 'num > $5');
    const { el } = await load(doc);
    await expect(el).to.be.accessible();
  });

  it('runs the test pathway as it is (every expression in it can be read)', async () => {
    const doc = (await testPathway()) as Doc;
    for (const place of PLACES.slice(-1)) place.break(doc, 'temperature > 38');
    const { el, errors } = await load(doc);
    expect(headingText(el)).to.contain('How old is the patient?');
    expect(errors).to.deep.equal([]);
  });

  for (const place of PLACES)
    for (const broken of UNREADABLE)
      it(`refuses the pathway at load for ${place.what} reading “${broken}”`, async () => {
        const doc = (await testPathway()) as Doc;
        place.break(doc, broken);
        const { el, errors } = await load(doc);
        const panel = $(el, '[part="error"]');
        expect(panel.getAttribute('role')).to.equal('alert');
        expect(text(panel)).to.contain('a rule that cannot be read');
        expect(text(panel)).to.contain('unreadable_expression');
        expect(text(panel)).not.to.contain(broken);
        expect(root(el).querySelector('form')).to.equal(null);
        expect(errors.map((e) => e.code)).to.deep.equal(['unreadable_expression']);
        const issues = errors[0]?.data?.['issues'] as {
          fieldId?: string;
          edgeId?: string;
          path: unknown[];
        }[];
        expect(issues.some((i) => i.fieldId === place.id || i.edgeId === place.id)).to.equal(true);
        expect(errors[0]?.message).to.contain(place.id);
      });

  it('says so in Welsh under lang="cy"', async () => {
    const doc = (await testPathway()) as Doc;
    PLACES[0]?.break(doc, 'num > $5');
    const { el } = await load(doc, 'cy');
    expect(text($(el, '[part="error"]'))).to.contain('reol na ellir ei darllen');
  });

  it('starts the next pathway it is given once that one can be read', async () => {
    const doc = (await testPathway()) as Doc;
    PLACES[0]?.break(doc, 'num > $5');
    const { el } = await load(doc);
    el.pathway = await testPathway();
    await el.updateComplete;
    expect(headingText(el)).to.contain('How old is the patient?');
  });
});
