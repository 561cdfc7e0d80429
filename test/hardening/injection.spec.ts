import { test, expect, type Page } from '@playwright/test';
import { textKeys, type Pathway } from '@careway/core';
import { designerUrl } from '../e2e/support.js';
import { examplePathwayText, portalUrl, watchPage } from './host.js';
import { PAYLOADS } from './payloads.js';

// Control characters and bidirectional overrides and isolates are refused in pathway text by
// validation (`control_character`); a payload holding them is checked to be refused, then run
// without them, so that the rest of it (zero-width characters, say) is still carried through.
// eslint-disable-next-line no-control-regex -- the characters validation refuses
const REFUSED = /[\0-\x08\v\f\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;
import { runScenario, type ExamplePathway } from '../e2e/pathway-runner.js';

type Bag = Record<string, unknown>;

/** The pathway with `payload` appended to every text it carries, and as every Welsh translation. */
function hostile(pathway: Pathway, payload: string): Pathway {
  const doc = structuredClone(pathway) as unknown as Bag;
  const cy: Record<string, string> = {};
  for (const entry of textKeys(pathway)) {
    let owner = doc as Bag;
    for (const part of entry.path.slice(0, -1)) owner = owner[part as string] as Bag;
    owner[entry.path.at(-1) as string] = `${entry.text} ${payload}`;
    cy[entry.key] = `Cymraeg ${payload}`;
  }
  doc['translations'] = { cy };
  for (const scenario of doc['scenarios'] as Bag[])
    scenario['name'] = `${String(scenario['name'])} ${payload}`;
  return doc as unknown as Pathway;
}

/** What the page looks like outside the element: every light-DOM element, by tag (the host's own event log aside). */
function lightDom(page: Page): Promise<string> {
  return page.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((el) => !el.closest('careway-pathway') && !el.closest('#event-log'))
      .map((el) => el.tagName)
      .join(' '),
  );
}

/** Elements and attributes inside the element's shadow root that only markup could have made. */
function dangerous(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.querySelector('careway-pathway')?.shadowRoot;
    if (!root) return ['no shadow root'];
    const found: string[] = [];
    for (const el of root.querySelectorAll('*')) {
      if (
        [
          'SCRIPT',
          'IFRAME',
          'OBJECT',
          'EMBED',
          'SVG',
          'MATH',
          'TEMPLATE',
          'STYLE',
          'LINK',
          'META',
          'BASE',
        ].includes(el.tagName.toUpperCase())
      )
        found.push(el.tagName);
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) found.push(`${el.tagName}[${attr.name}]`);
        if (/^(href|src|action|formaction)$/i.test(attr.name) && !/^(https?:|#|blob:)/i.test(attr.value))
          found.push(`${el.tagName}[${attr.name}=${attr.value}]`);
      }
    }
    return found;
  });
}

const dvt = JSON.parse(examplePathwayText('suspected-dvt.json')) as Pathway;
const scenario = dvt.scenarios.at(-1);

test.describe('script injection into every text a pathway carries', () => {
  test.afterAll(() => {
    const slots = textKeys(dvt).length;
    console.log(
      `hardening/injection: ${PAYLOADS.length} payloads × ${slots} text slots, plus Welsh translations, scenario names and context, in the element; all ${PAYLOADS.length} at once in the designer`,
    );
  });

  for (const [i, raw] of PAYLOADS.entries()) {
    test(`payload ${i + 1}: nothing executes, the page is untouched, the text reads as written`, async ({
      page,
    }) => {
      if (!scenario) throw new Error('the DVT pathway has no scenarios');
      const watched = watchPage(page);
      await page.goto(portalUrl);
      await page.locator('careway-pathway').getByRole('button', { name: 'Continue' }).waitFor();
      const before = await lightDom(page);
      const payload = raw.replace(REFUSED, '');
      if (raw.match(REFUSED)) {
        await page.evaluate(
          (doc) => {
            const el = document.querySelector('careway-pathway') as HTMLElement & { pathway: unknown };
            el.removeAttribute('draft-key');
            el.pathway = doc;
          },
          hostile(dvt, raw),
        );
        const panel = page.locator('careway-pathway [part~="error"]');
        await expect(panel).toContainText('invalid_pathway');
        await expect(page.locator('careway-pathway').getByRole('button', { name: 'Continue' })).toHaveCount(
          0,
        );
        expect(await dangerous(page)).toEqual([]);
      }
      const doc = hostile(dvt, payload);
      await page.evaluate(
        ({ doc, payload }) => {
          const el = document.querySelector('careway-pathway') as HTMLElement & {
            pathway: unknown;
            context: unknown;
          };
          el.removeAttribute('draft-key');
          el.context = { age: 58, sex: 'male', referrer: { name: payload } };
          el.pathway = doc;
        },
        { doc, payload },
      );
      const element = page.locator('careway-pathway');
      const first = doc.nodes[0];
      if (!first) throw new Error('no first node');
      await expect(element.locator('[data-heading]')).toHaveText(first.title);
      expect(await dangerous(page)).toEqual([]);
      await runScenario(element, doc as unknown as ExamplePathway, scenario.answers);
      const outcome = doc.nodes.find((n) => n.id === scenario.expect.outcome);
      await expect(element.locator('.care-card')).toContainText(outcome?.title ?? '');
      expect(await dangerous(page)).toEqual([]);
      await page.evaluate(() => {
        (document.querySelector('careway-pathway') as HTMLElement).setAttribute('lang', 'cy');
      });
      await expect(element.locator('.care-card')).toContainText(`Cymraeg ${payload.trim()}`.slice(0, 20));
      expect(await dangerous(page)).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(watched.dialogs).toEqual([]);
      expect(await lightDom(page)).toBe(before);
      expect(watched.errors).toEqual([]);
    });
  }
});

/** The pathway with a different payload in each text it carries, cycling through the corpus. */
function hostileMix(pathway: Pathway): Pathway {
  const doc = structuredClone(pathway) as unknown as Bag;
  textKeys(pathway).forEach((entry, i) => {
    let owner = doc as Bag;
    for (const part of entry.path.slice(0, -1)) owner = owner[part as string] as Bag;
    owner[entry.path.at(-1) as string] =
      `${entry.text} ${(PAYLOADS[i % PAYLOADS.length] ?? '').replace(REFUSED, '')}`;
  });
  (doc['scenarios'] as Bag[]).forEach((scenario, i) => {
    scenario['name'] =
      `${String(scenario['name'])} ${(PAYLOADS[i % PAYLOADS.length] ?? '').replace(REFUSED, '')}`;
  });
  doc['id'] = 'hostile-dvt';
  return doc as unknown as Pathway;
}

test.describe('script injection in the designer', () => {
  test.use({ viewport: { width: 1600, height: 1000 } });

  test('a pathway file full of payloads opens as text: nothing executes, the designer is untouched', async ({
    page,
  }) => {
    const watched = watchPage(page);
    await page.goto(designerUrl);
    await expect(page.getByText('All changes saved in this browser')).toBeVisible();
    const doc = hostileMix(dvt);
    await page.locator('[data-testid="open-file"]').setInputFiles({
      name: 'hostile.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(doc)),
    });
    await expect(page.locator('.cw-workspace__bar select')).toHaveValue('hostile-dvt');
    const first = doc.nodes[0];
    if (!first) throw new Error('no first node');
    await expect(page.locator('.react-flow__node').filter({ hasText: first.title }).first()).toBeVisible();
    for (const tab of ['Problems', 'Scenarios', 'Preview', 'Outline']) {
      const button = page.getByRole('tab', { name: new RegExp(`^${tab}`) });
      if (await button.count()) await button.first().click();
    }
    await page.waitForTimeout(500);
    const injected = await page.evaluate(() =>
      [
        ...document.querySelectorAll(
          'script:not([src]), iframe, object, embed, [onerror], [onload], [onfocus], [ontoggle]',
        ),
      ].map((el) => el.outerHTML.slice(0, 80)),
    );
    expect(injected).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(watched.dialogs).toEqual([]);
    expect(watched.errors).toEqual([]);
  });
});
