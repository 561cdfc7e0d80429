import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { smallPathway } from '../editor/test-fixtures.js';
import { axeViolations, button, byLabel, click, renderDesigner } from '../test-utils.js';

let cleanup: (() => void) | undefined;
afterEach(() => cleanup?.());

async function openTriage() {
  const r = await renderDesigner(smallPathway());
  cleanup = r.unmount;
  await expect.poll(() => r.host.querySelectorAll('.react-flow__node').length).toBe(4);
  await act(async () => r.host.querySelector<HTMLElement>('.react-flow__node[data-id="triage"]')?.click());
  const route = r.host.querySelector('.cw-right .cw-route') as HTMLElement;
  const editor = route.querySelector('.cm-content') as HTMLElement;
  return { ...r, route, editor };
}

async function replaceText(editor: HTMLElement, text: string) {
  await act(async () => {
    editor.focus();
    document.execCommand('selectAll');
    document.execCommand('insertText', false, text);
  });
}

describe('the condition editor', () => {
  it('shows the condition as text with an accessible name', async () => {
    const { editor } = await openTriage();
    expect(editor.textContent).toBe('bleeding or age >= 60');
    const label = document.getElementById(editor.getAttribute('aria-labelledby') ?? '');
    expect(label?.textContent).toBe('Condition for the route to Refer urgently');
  });

  it('underlines and lists type errors from core as you type', async () => {
    const { editor, route, latest } = await openTriage();
    await replaceText(editor, 'bleding or age >= 60');
    expect(latest().edges[1]?.when).toBe('bleding or age >= 60');
    await expect
      .poll(() => route.querySelector('.cw-expression__problems')?.textContent ?? '')
      .toMatch(/bleding/);
    expect(route.querySelector('.cw-expression__problems')?.textContent).toContain(
      'Did you mean “bleeding”? (characters 1–7)',
    );
    await expect.poll(() => route.querySelectorAll('.cm-lintRange-error').length).toBeGreaterThan(0);
    await replaceText(editor, "age >= 'old'");
    await expect.poll(() => route.querySelector('.cw-expression__problems')?.textContent ?? '').not.toBe('');
  });

  it('offers the pathway’s questions and core’s functions as completions', async () => {
    const { editor } = await openTriage();
    await replaceText(editor, 'ble');
    await expect
      .poll(() => document.querySelector('.cm-tooltip-autocomplete')?.textContent ?? '')
      .toContain('bleeding');
    await replaceText(editor, 'coun');
    await expect
      .poll(() => document.querySelector('.cm-tooltip-autocomplete')?.textContent ?? '')
      .toContain('count');
  });

  it('keeps the rule builder and the text in step, both shown at once', async () => {
    const { route, editor, latest } = await openTriage();
    const builder = route.querySelector('.cw-rules') as HTMLElement;
    expect(builder.querySelectorAll('.cw-rule')).toHaveLength(2);
    expect(await axeViolations(builder)).toEqual([]);
    const value = byLabel(builder, 'Rule 2: value');
    await act(async () => {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      setter?.call(value, '65');
      value.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(latest().edges[1]?.when).toBe('bleeding or age >= 65');
    await expect.poll(() => editor.textContent).toBe('bleeding or age >= 65');
    await click(byLabel(builder, 'All of these (and)'));
    expect(latest().edges[1]?.when).toBe('bleeding and age >= 65');
    await replaceText(editor, 'not bleeding');
    await expect.poll(() => route.querySelectorAll('.cw-rule').length).toBe(1);
    expect(byLabel<HTMLSelectElement>(route, 'Rule 1: test').value).toBe('is_no');
    await replaceText(editor, 'count(x) > 1');
    await expect
      .poll(() => route.querySelector('.cw-rules__complex')?.textContent ?? '')
      .toContain('Edit it as text');
  });

  it('builds a mix of and/or with nested groups, and reads brackets back as groups', async () => {
    const { route, editor, latest } = await openTriage();
    const builder = () => route.querySelector('.cw-rules') as HTMLElement;
    await click(button(builder(), 'Add group'));
    // The top is "any of these" (or), so the new group joins its two rules with "and".
    expect(latest().edges[1]?.when).toBe('bleeding or age >= 60 or bleeding and bleeding');
    await expect.poll(() => route.querySelectorAll('.cw-rules--nested').length).toBe(1);
    const group = route.querySelector('.cw-rules--nested') as HTMLElement;
    expect(group.querySelector('legend')?.textContent).toBe('Group 3: all of these');
    await act(async () => {
      const select = byLabel<HTMLSelectElement>(group, 'Rule 3.2: question');
      select.value = 'age';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    expect(latest().edges[1]?.when).toBe('bleeding or age >= 60 or bleeding and age >= 0');
    // Switching the top to "all of these" keeps the group's brackets.
    await click(byLabel(builder(), 'All of these (and)'));
    expect(latest().edges[1]?.when).toBe('bleeding and age >= 60 and (bleeding and age >= 0)');
    await expect.poll(() => route.querySelectorAll('.cw-rules--nested').length).toBe(1);
    await replaceText(editor, 'age >= 60 and (bleeding or age > 80)');
    await expect.poll(() => route.querySelectorAll('.cw-rules--nested .cw-rule').length).toBe(2);
    expect(route.querySelector('.cw-rules--nested legend')?.textContent).toBe('Group 2: any of these');
    expect(byLabel<HTMLSelectElement>(route, 'Rule 2.2: test').value).toBe('>');
    expect(await axeViolations(builder())).toEqual([]);
    await click(button(route, 'Remove group 2'));
    expect(latest().edges[1]?.when).toBe('age >= 60');
    await expect.poll(() => editor.textContent).toBe('age >= 60');
  });
});
