/**
 * Drives `<careway-pathway>` in a host page as a clinician would: types and
 * clicks the answers of a scenario into each page's own controls, presses
 * Continue, and confirms on check your answers. Playwright's locators pierce
 * the element's open shadow root.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, type Locator } from '@playwright/test';

const pathwaysDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'pathways');

/** The parts of a pathway document these tests need. */
export interface ExamplePathway {
  id: string;
  title: string;
  nodes: { id: string; kind: string; title: string; fields?: ExampleField[] }[];
  scenarios: { id: string; name: string; answers: Record<string, unknown>; expect: { outcome: string } }[];
}

/** A question of an example pathway. */
export interface ExampleField {
  id: string;
  type: string;
  options?: { value: string; label: string }[];
}

/** The example pathways, read from `pathways/`. */
export function examplePathways(): ExamplePathway[] {
  return readdirSync(pathwaysDir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => JSON.parse(readFileSync(join(pathwaysDir, f), 'utf8')) as ExamplePathway);
}

/** The title of an outcome node. */
export function outcomeTitle(pathway: ExamplePathway, id: string): string {
  const node = pathway.nodes.find((n) => n.id === id);
  if (!node) throw new Error(`${pathway.id} has no node ${id}`);
  return node.title;
}

function fieldsOf(pathway: ExamplePathway): Map<string, ExampleField> {
  const fields = new Map<string, ExampleField>();
  for (const node of pathway.nodes) for (const f of node.fields ?? []) fields.set(f.id, f);
  return fields;
}

function optionLabel(field: ExampleField, value: unknown): string {
  const option = field.options?.find((o) => o.value === value);
  if (!option) throw new Error(`${field.id} has no option ${String(value)}`);
  return option.label;
}

/** Answers one question through its own controls, found by their labels. */
async function answer(element: Locator, field: ExampleField, value: unknown): Promise<void> {
  const name = `cw-${field.id}`;
  const group = element.locator(`[data-field="${field.id}"]`);
  switch (field.type) {
    case 'boolean':
      await group.getByRole('radio', { name: value ? 'Yes' : 'No', exact: true }).check();
      return;
    case 'choice':
      await group.getByRole('radio', { name: optionLabel(field, value), exact: true }).check();
      return;
    case 'multi-choice': {
      const wanted = new Set(value as string[]);
      for (const option of field.options ?? []) {
        const box = group.getByRole('checkbox', { name: option.label, exact: true });
        if (wanted.has(option.value)) await box.check();
        else if (await box.isChecked()) await box.uncheck();
      }
      return;
    }
    case 'date': {
      const [y, m, d] = String(value).split('-');
      await element.locator(`#${name}`).fill(String(Number(d)));
      await element.locator(`#${name}-month`).fill(String(Number(m)));
      await element.locator(`#${name}-year`).fill(y ?? '');
      await element.locator(`#${name}-year`).blur();
      return;
    }
    case 'attachment': {
      const files = (value as { name: string; type: string; size: number }[]).map((f) => ({
        name: f.name,
        mimeType: f.type,
        buffer: Buffer.alloc(Math.min(f.size, 64 * 1024), 1),
      }));
      await element.locator(`#${name}`).setInputFiles(files);
      return;
    }
    default: {
      const box = element.locator(`#${name}`);
      await box.fill(String(value));
      // Leave the box, as a clinician does, so that the answer is taken before the next control is used.
      await box.blur();
    }
  }
}

/**
 * Answers `answers` page by page until the care card shows; returns the
 * headings of the pages passed. Fails with the page where it got stuck.
 */
export async function runScenario(
  element: Locator,
  pathway: ExamplePathway,
  answers: Record<string, unknown>,
): Promise<string[]> {
  const fields = fieldsOf(pathway);
  const pages: string[] = [];
  for (let guard = 0; guard < 60; guard++) {
    if (await element.locator('.care-card').count()) return pages;
    const heading = (await element.locator('h1, h2').first().textContent())?.trim() ?? '';
    pages.push(heading);
    const filled = new Set<string>();
    // Answers can reveal further questions on the same page: keep going until none is new.
    for (let pass = 0; pass < 10; pass++) {
      const shown = await element
        .locator('form.page--step [data-field]')
        .evaluateAll((groups) => groups.map((g) => (g as HTMLElement).dataset['field'] ?? ''));
      const todo = shown.filter((id) => !filled.has(id) && fields.has(id) && Object.hasOwn(answers, id));
      if (todo.length === 0) break;
      for (const id of todo) {
        filled.add(id);
        const field = fields.get(id);
        if (field) await answer(element, field, answers[id]);
      }
    }
    await element.locator('.page .button:not(.button--secondary)').first().click();
    await expect(element.locator('[data-error-summary]'), `"${heading}" refused the answers`).toHaveCount(0);
  }
  throw new Error(`No outcome after ${pages.join(' → ')}`);
}
