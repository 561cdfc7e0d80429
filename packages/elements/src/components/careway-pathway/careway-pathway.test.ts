import { expect, fixture, html } from '@open-wc/testing';
import '../../define.js';
import type { CarewayPathway } from './careway-pathway.js';
import {
  $,
  $$,
  answerToInfo,
  answerToReview,
  choose,
  click,
  enterDate,
  headingText,
  next,
  nextEvent,
  record,
  renderTestPathway,
  root,
  testPathway,
  text,
  typeInto,
} from '../../test-support/helpers.js';

describe('<careway-pathway>', () => {
  describe('accessibility of every state', () => {
    it('is accessible when empty', async () => {
      const el = await fixture<CarewayPathway>(html`<careway-pathway></careway-pathway>`);
      await expect(el).to.be.accessible();
    });

    it('is accessible on a one-question page', async () => {
      const el = await renderTestPathway();
      await expect(el).to.be.accessible();
    });

    it('is accessible on a page of several questions, with and without errors', async () => {
      const el = await renderTestPathway({ context: { age: 40 } });
      await next(el);
      await expect(el).to.be.accessible();
      await next(el);
      expect($$(el, '.error-message')).to.have.length.greaterThan(0);
      await expect(el).to.be.accessible();
    });

    it('is accessible on an info page, the details page, review and every care card', async () => {
      const el = await renderTestPathway();
      await answerToInfo(el);
      await expect(el).to.be.accessible();
      await next(el);
      await expect(el).to.be.accessible();
      await next(el);
      await expect(el).to.be.accessible();
      await next(el);
      expect(headingText(el)).to.contain('Urgent GP review');
      await expect(el).to.be.accessible();
      for (const [symptoms, severe] of [
        [['none'], true],
        [['none'], false],
      ] as const) {
        const other = await renderTestPathway();
        await answerToReview(other, [...symptoms], severe);
        await next(other);
        await expect(other).to.be.accessible();
      }
    });

    it('is accessible in the compact layout and in Welsh', async () => {
      const el = await renderTestPathway({ layout: 'compact', lang: 'cy', context: { age: 40 } });
      await next(el);
      await expect(el).to.be.accessible();
    });
  });

  describe('defaults', () => {
    it('renders nothing until given a pathway, and is not yet valid in a form', async () => {
      const el = await fixture<CarewayPathway>(html`<careway-pathway></careway-pathway>`);
      expect(root(el).querySelector('[data-heading]')).to.equal(null);
      expect(el.value).to.equal(null);
      expect(el.snapshot()).to.equal(null);
      expect(el.layout).to.equal('default');
      expect(el.validity.valueMissing).to.equal(true);
    });

    it('does not take focus from the host page on its first page', async () => {
      const el = await renderTestPathway();
      expect(el.matches(':focus-within')).to.equal(false);
    });
  });

  describe('attributes and properties', () => {
    it('reflects layout and reads src, integrity, draft-key, lang, name and today from attributes', async () => {
      const el = await fixture<CarewayPathway>(
        html`<careway-pathway
          layout="compact"
          draft-key="k1"
          lang="cy"
          name="triage"
          today="2026-01-02"
          integrity="sha256-abc="
        ></careway-pathway>`,
      );
      expect(el.layout).to.equal('compact');
      expect(el.draftKey).to.equal('k1');
      expect(el.lang).to.equal('cy');
      expect(el.name).to.equal('triage');
      expect(el.today).to.equal('2026-01-02');
      expect(el.integrity).to.equal('sha256-abc=');
      el.layout = 'default';
      await el.updateComplete;
      expect(el.getAttribute('layout')).to.equal('default');
    });

    it('takes the pathway and context as properties only', async () => {
      const el = await renderTestPathway({ context: { age: 52 } });
      expect(el.hasAttribute('pathway')).to.equal(false);
      expect(el.hasAttribute('context')).to.equal(false);
      expect(($(el, '#cw-age') as HTMLInputElement).value).to.equal('52');
    });

    it('prefers the pathway property over src', async () => {
      const pathway = await testPathway();
      const el = await fixture<CarewayPathway>(
        html`<careway-pathway src="/nowhere.json" .pathway=${pathway} today="2026-11-24"></careway-pathway>`,
      );
      await el.updateComplete;
      expect(headingText(el)).to.contain('How old is the patient?');
    });

    it('starts again with new facts when context changes', async () => {
      const el = await renderTestPathway({ context: { age: 30 } });
      el.context = { age: 61 };
      await el.updateComplete;
      expect(($(el, '#cw-age') as HTMLInputElement).value).to.equal('61');
    });
  });

  describe('question pages', () => {
    it('uses the question as the heading of a one-question page, with hint, unit suffix and no back link', async () => {
      const el = await renderTestPathway();
      const heading = $(el, '[data-heading]');
      expect(heading.localName).to.equal('h2');
      expect(text(heading.querySelector('label'))).to.equal('How old is the patient?');
      expect(heading.querySelector('label')?.getAttribute('for')).to.equal('cw-age');
      expect(text($(el, '.input__suffix'))).to.equal('years');
      expect($(el, '#cw-age').getAttribute('aria-describedby')).to.contain('cw-age-unit');
      expect($(el, '#cw-age').getAttribute('inputmode')).to.equal('numeric');
      expect(root(el).querySelector('.back-link')).to.equal(null);
    });

    it('moves focus to the new heading and shows a back link after Continue', async () => {
      const el = await renderTestPathway({ context: { age: 40 } });
      await next(el);
      expect(headingText(el)).to.equal('Symptoms');
      expect(root(el).activeElement).to.equal($(el, '[data-heading]'));
      await click(el, '.back-link__link');
      expect(headingText(el)).to.contain('How old is the patient?');
      expect(root(el).activeElement).to.equal($(el, '[data-heading]'));
    });

    it('shows radios, checkboxes with an exclusive "or" option, a three-box date and "(optional)"', async () => {
      const el = await renderTestPathway({ context: { age: 40 } });
      await next(el);
      expect($$(el, 'input[name="cw-sex"][type="radio"]')).to.have.length(2);
      expect($$(el, 'input[name="cw-severe"][type="radio"]')).to.have.length(2);
      expect($(el, '[data-field="severe"] .radios').classList.contains('radios--inline')).to.equal(true);
      expect($$(el, 'input[name="cw-symptom_list"][type="checkbox"]')).to.have.length(4);
      expect(text($(el, '.checkboxes__divider'))).to.equal('or');
      expect($$(el, '[data-field="onset"] input')).to.have.length(3);
      expect($$(el, '[data-field="onset"] .date-input__label').map(text)).to.deep.equal([
        'Day',
        'Month',
        'Year',
      ]);
      expect(text($(el, '[data-field="temperature"] label'))).to.equal('Temperature (optional)');
      expect(root(el).textContent).not.to.contain('*');
    });

    it('clears the other boxes when "None of these" is ticked, and the reverse', async () => {
      const el = await renderTestPathway({ context: { age: 40 } });
      await next(el);
      await choose(el, 'symptom_list', 'cough');
      await choose(el, 'symptom_list', 'none');
      const checked = () =>
        $$(el, 'input[name="cw-symptom_list"]')
          .filter((i) => (i as HTMLInputElement).checked)
          .map((i) => (i as HTMLInputElement).value);
      expect(checked()).to.deep.equal(['none']);
      await choose(el, 'symptom_list', 'rash');
      expect(checked()).to.deep.equal(['rash']);
    });

    it('shows an error summary that takes focus, is announced and links to each field', async () => {
      const el = await renderTestPathway({ context: { age: 40 } });
      await next(el);
      await next(el);
      const summary = $(el, '[data-error-summary]');
      expect(summary.getAttribute('role')).to.equal('alert');
      expect(root(el).activeElement).to.equal(summary);
      const links = [...summary.querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).to.include.members([
        '#cw-onset',
        '#cw-symptom_list',
        '#cw-severe',
      ]);
      links.find((a) => a.getAttribute('href') === '#cw-severe')?.click();
      expect(root(el).activeElement?.id).to.equal('cw-severe');
      expect($(el, '[data-field="severe"]').classList.contains('form-group--error')).to.equal(true);
      expect($(el, '#cw-severe-error').textContent).to.contain('Error:');
    });

    it('hands a half-typed date and text that is not a number to the engine, which explains', async () => {
      const el = await renderTestPathway({ context: { age: 40 } });
      await next(el);
      await typeInto(el, 'cw-onset', '31');
      await typeInto(el, 'cw-onset-month', '2');
      await typeInto(el, 'cw-onset-year', '2026', false);
      await typeInto(el, 'cw-temperature', 'warm', false);
      await next(el);
      expect(text($(el, '#cw-onset-error'))).not.to.equal('');
      expect(text($(el, '#cw-temperature-error'))).not.to.equal('');
      expect(($(el, '#cw-temperature') as HTMLInputElement).value).to.equal('warm');
      expect(($(el, '#cw-onset') as HTMLInputElement).value).to.equal('31');
    });

    it('shows "why we ask" as a disclosure', async () => {
      const el = await renderTestPathway({ context: { age: 40 } });
      await next(el);
      expect(text($(el, '[data-field="severe"] details summary'))).to.equal('Why we ask');
    });
  });

  describe('pathway text', () => {
    it('renders the safe markup subset as elements; links are http(s) only and open safely', async () => {
      const el = await renderTestPathway();
      await answerToInfo(el);
      const body = $(el, '.body');
      expect(body.querySelectorAll('p')).to.have.length.greaterThan(1);
      expect(body.querySelector('ul li strong')?.textContent).to.equal('notes');
      const links = [...body.querySelectorAll('a')];
      expect(links).to.have.length(1);
      expect(links[0]?.getAttribute('href')).to.equal('https://www.nhs.uk/conditions/');
      expect(links[0]?.getAttribute('rel')).to.equal('noopener noreferrer');
      expect(links[0]?.getAttribute('target')).to.equal('_blank');
      expect(body.textContent).to.contain('click this');
    });

    it('shows markup-looking text in labels as text, never as HTML', async () => {
      const pathway = await testPathway();
      const step = pathway.nodes.find((n) => n.id === 'about');
      if (step?.kind === 'step' && step.fields[0]) step.fields[0].label = '<img src=x onerror=alert(1)> age?';
      const el = await renderTestPathway({}, pathway);
      expect(root(el).querySelector('img')).to.equal(null);
      expect(headingText(el)).to.contain('<img src=x onerror=alert(1)> age?');
    });
  });

  describe('check your answers', () => {
    it('lists the answers with change links that return to the review', async () => {
      const el = await renderTestPathway();
      await answerToReview(el);
      expect(headingText(el)).to.equal('Check your answers');
      const rows = $$(el, '.summary-list__row');
      expect(rows.length).to.be.greaterThan(4);
      const severeRow = $(el, '.summary-list__row[data-field="severe"]');
      expect(text(severeRow.querySelector('.summary-list__value'))).to.equal('No');
      expect(text(severeRow.querySelector('.summary-list__actions button'))).to.equal(
        'Change Is the patient severely unwell?',
      );
      (severeRow.querySelector('.summary-list__actions button') as HTMLElement).click();
      await el.updateComplete;
      expect(headingText(el)).to.equal('Symptoms');
      expect(root(el).activeElement?.id).to.equal('cw-severe');
      await next(el);
      expect(headingText(el)).to.equal('Check your answers');
    });

    it('shows scores with their explanation before confirming', async () => {
      const el = await renderTestPathway();
      await answerToReview(el, ['cough', 'fever']);
      const score = $(el, '[data-score="symptom_score"]');
      expect(text(score)).to.contain('Symptom score: 2');
      expect(text(score)).to.contain('(High)');
      expect([...score.querySelectorAll('.score__items li')].map(text)).to.deep.equal([
        'Cough: 1 point',
        'Fever: 1 point',
      ]);
      expect(score.querySelector('.score__explanation strong')?.textContent).to.equal('2 or more');
    });
  });

  describe('outcomes as care cards', () => {
    const cases = [
      {
        symptoms: ['none'],
        severe: true,
        kind: 'emergency',
        title: 'Call 999 now',
        prefix: 'Immediate action required:',
      },
      {
        symptoms: ['cough', 'rash'],
        severe: false,
        kind: 'urgent',
        title: 'Urgent GP review',
        prefix: 'Urgent advice:',
      },
      {
        symptoms: ['none'],
        severe: false,
        kind: 'non-urgent',
        title: 'Self-care',
        prefix: 'Non-urgent advice:',
      },
    ];
    for (const c of cases) {
      it(`shows a ${c.kind} care card with service, timeframe, next steps and safety-netting`, async () => {
        const el = await renderTestPathway();
        await answerToReview(el, c.symptoms, c.severe);
        await next(el);
        const card = $(el, '.care-card');
        expect(card.classList.contains(`care-card--${c.kind}`)).to.equal(true);
        expect(text(card.querySelector('.care-card__heading'))).to.equal(`${c.prefix} ${c.title}`);
        expect(root(el).activeElement).to.equal(card.querySelector('.care-card__heading'));
        expect(card.querySelector('[data-fact="timeframe"]')).not.to.equal(null);
        expect(text(card)).to.contain(c.kind === 'non-urgent' ? 'If things get worse' : 'What happens next');
      });
    }

    it('shows the summary for the record and can start again', async () => {
      const el = await renderTestPathway();
      await answerToReview(el);
      await next(el);
      expect(text($(el, '.summary-text'))).to.contain('Urgent GP review');
      await click(el, '.button--secondary');
      expect(headingText(el)).to.contain('How old is the patient?');
      expect(el.value).to.equal(null);
    });
  });

  describe('compact layout', () => {
    it('keeps the same content with less space', async () => {
      const normal = await renderTestPathway({ context: { age: 40 } });
      const compact = await renderTestPathway({ context: { age: 40 }, layout: 'compact' });
      await next(normal);
      await next(compact);
      const height = (el: CarewayPathway) => el.getBoundingClientRect().height;
      expect(height(compact)).to.be.lessThan(height(normal) * 0.85);
      expect($$(compact, '[part~="question"]').length).to.equal($$(normal, '[part~="question"]').length);
    });
  });

  describe('reflow', () => {
    it('fits a 320px wide container without horizontal scrolling', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"></div>`);
      const el = await renderTestPathway({ context: { age: 40 } });
      wrapper.append(el);
      await next(el);
      const scrollers = [el, ...$$(el, '*')].filter(
        (node) => node.scrollWidth > node.clientWidth + 1 && getComputedStyle(node).overflowX !== 'visible',
      );
      expect(el.scrollWidth).to.be.at.most(320);
      expect(scrollers).to.have.length(0);
      const widest = Math.max(
        ...$$(el, '*').map((node) => node.getBoundingClientRect().right - el.getBoundingClientRect().left),
      );
      expect(widest).to.be.at.most(321);
    });
  });

  describe('events', () => {
    it('fires careway-step on each page, bubbling and composed', async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const seen = record(host, ['careway-step']);
      const el = document.createElement('careway-pathway') as CarewayPathway;
      el.pathway = await testPathway();
      el.context = { age: 40 };
      host.attachShadow({ mode: 'open' }).append(el);
      await el.updateComplete;
      await next(el);
      expect(seen.map((e) => (e.detail as { nodeId: string }).nodeId)).to.deep.equal(['about', 'symptoms']);
      expect(seen[0]?.bubbles).to.equal(true);
      expect(seen[0]?.composed).to.equal(true);
      expect(seen[1]?.detail).to.deep.include({ kind: 'step', title: 'Symptoms' });
    });

    it('fires careway-change when the answer held changes; a refused answer clears it', async () => {
      const el = await renderTestPathway();
      const seen = record(el, ['careway-change']);
      await typeInto(el, 'cw-age', '44');
      await typeInto(el, 'cw-age', '44');
      expect(seen.map((e) => e.detail)).to.deep.equal([{ fieldId: 'age', value: 44, nodeId: 'about' }]);
      await typeInto(el, 'cw-age', 'forty');
      expect(seen.map((e) => e.detail)).to.deep.equal([
        { fieldId: 'age', value: 44, nodeId: 'about' },
        { fieldId: 'age', value: undefined, nodeId: 'about' },
      ]);
      expect(seen[0]?.bubbles && seen[0]?.composed).to.equal(true);
    });

    it('fires careway-complete with the outcome, answers, summary text and result', async () => {
      const el = await renderTestPathway();
      await answerToReview(el);
      const complete = nextEvent(el, 'careway-complete');
      await next(el);
      const { detail, bubbles, composed } = await complete;
      expect(bubbles && composed).to.equal(true);
      expect(detail.outcome.id).to.equal('urgent');
      expect(detail.answers.map((a) => a.fieldId)).to.include.members([
        'age',
        'onset',
        'symptom_list',
        'severe',
      ]);
      expect(detail.summaryText).to.be.a('string').and.not.equal('');
      expect(detail.result.outcome.id).to.equal('urgent');
      expect(detail.attachments).to.deep.equal([]);
    });

    it('carries the FHIR QuestionnaireResponse and transaction Bundle, with the host’s references', async () => {
      const el = await renderTestPathway();
      const subject = { identifier: { system: 'https://fhir.nhs.uk/Id/nhs-number', value: '9990001234' } };
      el.fhirContext = { subject, requester: { reference: 'Practitioner/G1234567' } };
      await answerToReview(el);
      const complete = nextEvent(el, 'careway-complete');
      await next(el);
      const { fhir } = (await complete).detail;
      expect(fhir?.questionnaireResponse.resourceType).to.equal('QuestionnaireResponse');
      expect(fhir?.questionnaireResponse.status).to.equal('completed');
      expect(fhir?.questionnaireResponse.subject).to.deep.equal(subject);
      expect(fhir?.bundle.resourceType).to.equal('Bundle');
      expect(fhir?.bundle.type).to.equal('transaction');
      expect(fhir?.bundle.entry[0]?.resource).to.deep.equal(fhir?.questionnaireResponse);
      expect(fhir?.issues.map((i) => i.code)).not.to.include('fhir_no_subject');
    });

    it('says in the FHIR issues when the host gave no patient reference', async () => {
      const el = await renderTestPathway();
      await answerToReview(el);
      const complete = nextEvent(el, 'careway-complete');
      await next(el);
      const { fhir } = (await complete).detail;
      expect(fhir?.bundle.type).to.equal('transaction');
      expect(fhir?.issues.map((i) => i.code)).to.include('fhir_no_subject');
    });
  });

  describe('methods', () => {
    it('back() and restart() move like the back link and start again', async () => {
      const el = await renderTestPathway({ context: { age: 40 } });
      await next(el);
      el.back();
      await el.updateComplete;
      expect(headingText(el)).to.contain('How old is the patient?');
      el.back();
      await el.updateComplete;
      expect(headingText(el)).to.contain('How old is the patient?');
      await next(el);
      el.restart();
      await el.updateComplete;
      expect(headingText(el)).to.contain('How old is the patient?');
    });

    it('snapshot() gives plain JSON and value is the result once complete', async () => {
      const el = await renderTestPathway();
      await answerToReview(el);
      const snap = el.snapshot();
      expect(JSON.parse(JSON.stringify(snap))).to.deep.equal(snap);
      expect(snap?.pathway.id).to.equal('element-test');
      expect(el.value).to.equal(null);
      await next(el);
      expect(el.value?.outcome.id).to.equal('urgent');
    });

    it('never throws into the host when methods are called before a pathway runs', async () => {
      const el = await fixture<CarewayPathway>(html`<careway-pathway></careway-pathway>`);
      expect(() => {
        el.back();
        el.restart();
        el.snapshot();
        void el.value;
      }).not.to.throw();
    });
  });

  describe('date input', () => {
    it('takes a date typed in three boxes and shows it back after Back', async () => {
      const el = await renderTestPathway({ context: { age: 40 } });
      await next(el);
      await enterDate(el, 'onset', '3', '7', '2026');
      await choose(el, 'symptom_list', 'none');
      await choose(el, 'sex', 'male');
      await choose(el, 'severe', 'no');
      await next(el);
      expect(headingText(el)).to.equal('Before you go on');
      el.back();
      await el.updateComplete;
      expect(
        ['cw-onset', 'cw-onset-month', 'cw-onset-year'].map(
          (id) => ($(el, `#${id}`) as HTMLInputElement).value,
        ),
      ).to.deep.equal(['3', '7', '2026']);
    });
  });
});
