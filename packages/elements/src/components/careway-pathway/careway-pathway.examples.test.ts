import { expect, fixture, html } from '@open-wc/testing';
import '../../define.js';
import type { CarewayPathway } from './careway-pathway.js';
import type { AnswerValue, Field, Pathway } from '../../internal/core.js';
import { $$, examplePathwayUrl, headingText, root, settle, text } from '../../test-support/helpers.js';

type Scenario = Pathway['scenarios'][number];

/** The example pathway files, listed by the test server (see web-test-runner.config.mjs). */
async function exampleFiles(): Promise<string[]> {
  const response = await fetch('/__careway__/example-pathways.json');
  return (await response.json()) as string[];
}

function fieldsOf(pathway: Pathway): Map<string, Field> {
  const fields = new Map<string, Field>();
  for (const node of pathway.nodes)
    if (node.kind === 'step') for (const f of node.fields) fields.set(f.id, f);
  return fields;
}

async function setText(el: CarewayPathway, id: string, value: string): Promise<void> {
  const input = root(el).getElementById(id) as HTMLInputElement | null;
  if (!input) throw new Error(`No #${id}`);
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await settle(el);
}

/** Answers one field through the page's own controls, as a clinician would. */
async function fill(el: CarewayPathway, field: Field, value: AnswerValue): Promise<void> {
  const id = `cw-${field.id}`;
  const inputs = () => $$(el, `input[name="${id}"]`) as HTMLInputElement[];
  switch (field.type) {
    case 'boolean':
    case 'choice': {
      const key = field.type === 'boolean' ? (value ? 'yes' : 'no') : String(value);
      const radio = inputs().find((i) => i.value === key);
      if (!radio) throw new Error(`No option ${key} for ${field.id}`);
      if (!radio.checked) radio.click();
      break;
    }
    case 'multi-choice': {
      const wanted = new Set(value as string[]);
      for (const box of inputs()) if (box.checked && !wanted.has(box.value)) box.click();
      await settle(el);
      for (const v of wanted) {
        const box = inputs().find((i) => i.value === v);
        if (!box) throw new Error(`No option ${v} for ${field.id}`);
        if (!box.checked) {
          box.click();
          await settle(el);
        }
      }
      break;
    }
    case 'integer':
    case 'decimal':
    case 'text':
    case 'long-text':
      await setText(el, id, String(value));
      break;
    case 'date': {
      const [y, m, d] = String(value).split('-');
      await setText(el, id, String(Number(d)));
      await setText(el, `${id}-month`, String(Number(m)));
      await setText(el, `${id}-year`, y ?? '');
      break;
    }
    case 'attachment': {
      const transfer = new DataTransfer();
      for (const ref of value as { name: string; type: string; size: number }[]) {
        transfer.items.add(new File([new Uint8Array(ref.size)], ref.name, { type: ref.type }));
      }
      const input = root(el).getElementById(id) as HTMLInputElement;
      input.files = transfer.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      break;
    }
    default:
      break;
  }
  await settle(el);
}

/** Runs a scenario through the element's pages and returns the outcome reached. */
async function runThroughPages(
  pathway: Pathway,
  scenario: Scenario,
): Promise<{ el: CarewayPathway; pages: string[] }> {
  const fields = fieldsOf(pathway);
  const el = await fixture<CarewayPathway>(
    html`<careway-pathway .pathway=${pathway} .context=${scenario.context ?? {}}></careway-pathway>`,
  );
  await el.updateComplete;
  const pages: string[] = [];
  for (let guard = 0; guard < 200 && !el.value; guard++) {
    const before = headingText(el);
    pages.push(before);
    if (root(el).querySelector('[part~="stalled"]')) throw new Error(`Stalled at "${before}"`);
    const step = root(el).querySelector('form.page--step');
    if (step) {
      // Answers can reveal more questions on the same page; keep going until none is new.
      const filled = new Set<string>();
      for (let pass = 0; pass < 10; pass++) {
        const todo = $$(el, '[data-field]')
          .map((group) => group.dataset['field'] ?? '')
          .filter((id) => !filled.has(id) && fields.has(id) && Object.hasOwn(scenario.answers, id));
        if (!todo.length) break;
        for (const fieldId of todo) {
          filled.add(fieldId);
          const field = fields.get(fieldId);
          if (field && root(el).querySelector(`[data-field="${fieldId}"]`)) {
            await fill(el, field, scenario.answers[fieldId] as AnswerValue);
          }
        }
      }
    }
    const button = root(el).querySelector<HTMLElement>('.page .button:not(.button--secondary)');
    if (!button) throw new Error(`No way on from "${before}"`);
    button.click();
    await settle(el);
    const summary = root(el).querySelector('[data-error-summary]');
    if (summary) throw new Error(`"${before}" refused the answers: ${text(summary)}`);
  }
  return { el, pages };
}

describe('<careway-pathway> runs the example pathways end to end', () => {
  it('finds the example pathways', async () => {
    expect((await exampleFiles()).length).to.be.greaterThan(0);
  });

  it('runs every scenario of every example pathway through its pages to the expected outcome', async function () {
    this.timeout(240000);
    const failures: string[] = [];
    let count = 0;
    for (const file of await exampleFiles()) {
      const pathway = (await (await fetch(examplePathwayUrl(file))).json()) as Pathway;
      for (const scenario of pathway.scenarios) {
        count += 1;
        try {
          const { el, pages } = await runThroughPages(pathway, scenario);
          const result = el.value;
          if (result?.outcome.id !== scenario.expect.outcome) {
            failures.push(
              `${file} › ${scenario.id}: reached ${result?.outcome.id ?? 'nothing'} after ${pages.join(' → ')}`,
            );
          } else if (scenario.expect.path && result.route.join(' ') !== scenario.expect.path.join(' ')) {
            failures.push(
              `${file} › ${scenario.id}: route ${result.route.join(' → ')}, expected ${scenario.expect.path.join(' → ')}`,
            );
          } else if (!root(el).querySelector('.care-card')) {
            failures.push(`${file} › ${scenario.id}: no care card shown`);
          }
          el.remove();
        } catch (error) {
          failures.push(`${file} › ${scenario.id}: ${(error as Error).message}`);
        }
      }
    }
    expect(failures, failures.join('\n')).to.deep.equal([]);
    expect(count).to.be.greaterThan(7);
  });

  it('is accessible on the first page of every example pathway', async () => {
    for (const file of await exampleFiles()) {
      const pathway = (await (await fetch(examplePathwayUrl(file))).json()) as Pathway;
      const el = await fixture<CarewayPathway>(html`<careway-pathway .pathway=${pathway}></careway-pathway>`);
      await el.updateComplete;
      expect(headingText(el), file).not.to.equal('');
      await expect(el).to.be.accessible();
    }
  });
});
