/** A host page's own use of Lit, separate from the copy inside Careway's single-file build. */
import { html, render } from 'lit';

/** Renders a Lit template into `into` and returns the text it shows. */
export async function renderHostLit(into: HTMLElement): Promise<string> {
  const name = 'the host';
  render(html`<p class="host-lit">Rendered by ${name}’s own Lit</p>`, into);
  await Promise.resolve();
  return into.textContent?.trim() ?? '';
}
