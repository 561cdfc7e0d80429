import { expect, fixture, html } from '@open-wc/testing';
import './define.js';
import { CarewayPathway, defineCareway, VERSION } from './index.js';
import { headingText, next, testPathway, typeInto } from './test-support/helpers.js';

function captureWarnings(): { messages: string[]; restore: () => void } {
  const messages: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => messages.push(args.map(String).join(' '));
  return { messages, restore: () => (console.warn = original) };
}

describe('defining the elements', () => {
  it('registers <careway-pathway> and <careway-care-card> on import of the define entry', () => {
    expect(customElements.get('careway-pathway')).to.equal(CarewayPathway);
    expect(customElements.get('careway-care-card')).not.to.equal(undefined);
  });

  it('keeps VERSION equal to package.json', async () => {
    const pkg = (await (await fetch(new URL('../package.json', import.meta.url))).json()) as {
      version: string;
    };
    expect(VERSION).to.equal(pkg.version);
  });

  it('says nothing when this build defines its own names again', () => {
    const warnings = captureWarnings();
    try {
      const result = defineCareway();
      expect(result.registered).to.deep.equal([]);
      expect(result.skipped).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
    expect(warnings.messages).to.deep.equal([]);
  });

  it('warns clearly, and leaves the page alone, when another script holds a name', () => {
    customElements.define('taken-pathway', class extends HTMLElement {});
    const warnings = captureWarnings();
    let result;
    try {
      result = defineCareway({ prefix: 'taken' });
    } finally {
      warnings.restore();
    }
    expect(result.skipped).to.deep.equal(['taken-pathway']);
    expect(result.registered).to.deep.equal(['taken-care-card']);
    expect(warnings.messages).to.have.length(1);
    expect(warnings.messages[0]).to.contain('<taken-pathway> is already defined by another script');
    expect(warnings.messages[0]).to.contain('defineCareway({ prefix:');
  });

  it('names the Careway version that holds a name', () => {
    class OtherBuild extends HTMLElement {
      static carewayVersion = '0.0.9';
    }
    customElements.define('older-pathway', OtherBuild);
    const warnings = captureWarnings();
    try {
      defineCareway({ prefix: 'older' });
    } finally {
      warnings.restore();
    }
    expect(warnings.messages[0]).to.contain('already defined by Careway 0.0.9');
  });

  it('refuses a prefix that cannot make a custom element name, without throwing', () => {
    const errors: string[] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
    try {
      const result = defineCareway({ prefix: 'Bad Prefix' });
      expect(result.registered).to.deep.equal([]);
    } finally {
      console.error = original;
    }
    expect(errors[0]).to.contain('Bad Prefix');
  });

  describe('two versions on one page', () => {
    it('is accessible with both versions side by side', async () => {
      defineCareway({ prefix: 'careway-v2' });
      const pathway = await testPathway();
      const page = await fixture<HTMLDivElement>(
        html`<div>
          <careway-pathway .pathway=${pathway} draft-key="" today="2026-11-24"></careway-pathway>
          <careway-v2-pathway .pathway=${pathway} today="2026-11-24"></careway-v2-pathway>
        </div>`,
      );
      await (page.querySelector('careway-pathway') as CarewayPathway).updateComplete;
      await (page.querySelector('careway-v2-pathway') as CarewayPathway).updateComplete;
      await expect(page).to.be.accessible();
    });

    it('runs two independent elements under different prefixes', async () => {
      const result = defineCareway({ prefix: 'careway-v2' });
      expect(result.tags).to.deep.equal({ pathway: 'careway-v2-pathway', careCard: 'careway-v2-care-card' });
      const V2 = customElements.get('careway-v2-pathway');
      expect(V2).not.to.equal(CarewayPathway);
      expect(V2?.prototype).to.be.instanceOf(CarewayPathway);
      const pathway = await testPathway();
      const page = await fixture<HTMLDivElement>(
        html`<div>
          <careway-pathway .pathway=${pathway} .context=${{ age: 30 }}></careway-pathway>
          <careway-v2-pathway .pathway=${pathway} .context=${{ age: 70 }}></careway-v2-pathway>
        </div>`,
      );
      const v1 = page.querySelector('careway-pathway') as CarewayPathway;
      const v2 = page.querySelector('careway-v2-pathway') as CarewayPathway;
      await v1.updateComplete;
      await v2.updateComplete;
      await typeInto(v2, 'cw-age', '71');
      await next(v2);
      expect(headingText(v2)).to.equal('Symptoms');
      expect(headingText(v1)).to.contain('How old is the patient?');
      expect((v1.shadowRoot?.getElementById('cw-age') as HTMLInputElement).value).to.equal('30');
    });
  });
});
