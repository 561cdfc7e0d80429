import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { smallPathway } from '../editor/test-fixtures.js';
import { axeViolations, button, click, renderDesigner } from '../test-utils.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

/** Pastes `value` (as JSON text) the way the browser does on Ctrl+V, with the page focused. */
async function paste(value: unknown): Promise<void> {
  (document.activeElement as HTMLElement | null)?.blur();
  const data = new DataTransfer();
  data.setData('text/plain', typeof value === 'string' ? value : JSON.stringify(value));
  await act(async () => {
    document.body.dispatchEvent(
      new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }),
    );
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

/** A valid fragment: one decision node. */
function fragment(node: Record<string, unknown> = { kind: 'decision', id: 'check', title: 'Check' }) {
  return { careway: 'fragment', nodes: [node], edges: [], positions: { check: { x: 10, y: 20 } } };
}

const refusal = (host: HTMLElement) => host.querySelector<HTMLElement>('[role="alert"].cw-paste-issues');

describe('pasting into the designer', () => {
  it('pastes a valid fragment', async () => {
    const doc = smallPathway();
    const r = await renderDesigner(doc);
    cleanup = r.unmount;
    await paste(fragment());
    expect(r.latest().nodes.map((n) => n.id)).toEqual([...doc.nodes.map((n) => n.id), 'check']);
    expect(refusal(r.host)).toBe(null);
  });

  for (const [what, node, says] of [
    ['a node of a kind Careway does not have', { kind: 'constructor', id: 'x', title: 'X' }, /kind/],
    ['a node with its fields missing', { kind: 'outcome', id: 'refer2' }, /title/],
    ['a node whose id could reach a prototype', { kind: 'decision', id: '__proto__', title: 'P' }, /id/],
  ] as const) {
    it(`refuses ${what}, says why, and changes nothing`, async () => {
      const doc = smallPathway();
      const r = await renderDesigner(doc);
      cleanup = r.unmount;
      const before = JSON.stringify(r.latest());
      await paste(fragment(node));
      const alert = refusal(r.host);
      expect(alert?.textContent).toContain('The copied nodes were not pasted');
      expect(alert?.textContent).toContain('nothing in this pathway was changed');
      expect(alert?.querySelector('li')?.textContent).toMatch(says);
      expect(document.activeElement).toBe(alert);
      expect(JSON.stringify(r.latest())).toBe(before);
      // The designer is still there, every node drawn.
      expect(r.host.querySelectorAll('.react-flow__node').length).toBe(doc.nodes.length);
      expect(await axeViolations(alert as HTMLElement)).toEqual([]);
      await click(button(alert as HTMLElement, 'Close'));
      expect(refusal(r.host)).toBe(null);
    });
  }

  it('refuses connections that leave the fragment, and keys that could reach a prototype', async () => {
    const r = await renderDesigner(smallPathway());
    cleanup = r.unmount;
    const before = JSON.stringify(r.latest());
    await paste({ ...fragment(), edges: [{ id: 'e1', from: 'check', to: 'nowhere' }] });
    expect(refusal(r.host)?.textContent).toContain('"to" names node "nowhere"');
    await paste('{"careway":"fragment","nodes":[],"edges":[],"positions":{},"__proto__":{"polluted":1}}');
    expect(refusal(r.host)).not.toBe(null);
    expect(({} as { polluted?: number }).polluted).toBe(undefined);
    expect(JSON.stringify(r.latest())).toBe(before);
  });

  it('leaves text that is not a fragment alone', async () => {
    const doc = smallPathway();
    const r = await renderDesigner(doc);
    cleanup = r.unmount;
    await paste('just some text');
    expect(refusal(r.host)).toBe(null);
    expect(r.latest().nodes.length).toBe(doc.nodes.length);
  });
});
