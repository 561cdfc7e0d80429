import { act, useState, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import axe from 'axe-core';
import { vi } from 'vitest';
import type { Pathway } from './core.js';
import { PathwayDesigner } from './PathwayDesigner.js';
import type { PublishedVersion } from './storage/db.js';

/** Renders an element into a fresh, sized host; returns the host and an unmount function. */
export async function render(element: ReactElement, size = { width: 1400, height: 900 }) {
  const host = document.createElement('div');
  host.style.width = `${size.width}px`;
  host.style.height = `${size.height}px`;
  document.body.append(host);
  const root = createRoot(host);
  await act(async () => root.render(element));
  return {
    host,
    unmount: () => {
      act(() => root.unmount());
      host.remove();
    },
  };
}

/** Renders the designer over `doc`, keeping the latest document it emitted. */
export async function renderDesigner(doc: Pathway) {
  const seen = { doc };
  function Host() {
    const [value, setValue] = useState(doc);
    return (
      <PathwayDesigner
        value={value}
        onChange={(next) => {
          seen.doc = next;
          setValue(next);
        }}
      />
    );
  }
  const rendered = await render(<Host />);
  return { ...rendered, latest: () => seen.doc };
}

/**
 * Renders the designer with publishing on: the versions it publishes are
 * kept (as the workspace does) and listed in `published`.
 */
export async function renderPublisher(doc: Pathway, versions: readonly PublishedVersion[] = []) {
  const published: PublishedVersion[] = [];
  const seen = { doc };
  function Host() {
    const [value, setValue] = useState(doc);
    const [all, setAll] = useState<readonly PublishedVersion[]>(versions);
    return (
      <PathwayDesigner
        value={value}
        onChange={(next) => {
          seen.doc = next;
          setValue(next);
        }}
        versions={all}
        onPublish={(v) => {
          published.push(v);
          setAll((list) => [...list, v]);
        }}
      />
    );
  }
  const rendered = await render(<Host />);
  return { ...rendered, published, latest: () => seen.doc };
}

/** Opens a tab of the lower panels and returns its panel. */
export async function openBottomTab(host: HTMLElement, tab: string | RegExp): Promise<HTMLElement> {
  await click(button(host.querySelector('.cw-bottom [role="tablist"]') as HTMLElement, tab));
  return host.querySelector('.cw-bottom [role="tabpanel"]') as HTMLElement;
}

/** Runs axe (WCAG 2.x A and AA rules) over an element; returns the violations in readable form. */
export async function axeViolations(el: Element): Promise<string[]> {
  const result = await axe.run(el, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  });
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

/** Types into a controlled input the way React hears it. */
export async function typeInto(input: HTMLInputElement | HTMLTextAreaElement, text: string) {
  const proto =
    input instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  await act(async () => {
    setter?.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Clicks an element inside act(). */
export async function click(el: Element | null | undefined) {
  if (!(el instanceof HTMLElement)) throw new Error('Nothing to click');
  await act(async () => el.click());
}

/** Finds a control by its label text (exact), within `root`. */
export function byLabel<T extends HTMLElement = HTMLInputElement>(root: ParentNode, text: string): T {
  const label = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim() === text);
  const id = label?.htmlFor;
  const el = id ? document.getElementById(id) : label?.querySelector('input,select,textarea');
  if (!el) throw new Error(`No control labelled "${text}"`);
  return el as T;
}

/** Finds a button by its accessible text (textContent, trimmed), within `root`. */
export function button(root: ParentNode, text: string | RegExp): HTMLButtonElement {
  const found = [...root.querySelectorAll('button')].find((b) => {
    const t = b.textContent?.trim() ?? '';
    return typeof text === 'string' ? t === text : text.test(t);
  });
  if (!found) throw new Error(`No button "${String(text)}"`);
  return found;
}

/** Catches what the designer offers for download instead of downloading it (restore with `vi.restoreAllMocks()`). */
export function catchDownloads(): Blob[] {
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:caught';
  });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
  return blobs;
}
