import { expect } from '@open-wc/testing';
import { fixtureUrl } from '../../test-support/helpers.js';

interface Report {
  srcHeading?: string;
  summaryShown?: boolean;
  outcome?: string | null;
  careCard?: boolean;
  violations?: unknown[];
  canary?: number;
  failed?: string;
}

describe('<careway-pathway> on a page with a strict Content-Security-Policy', () => {
  it('serves the test page with the policy as a response header', async () => {
    const response = await fetch(fixtureUrl('csp-page.html'));
    expect(response.headers.get('content-security-policy')).to.equal("script-src 'self'; style-src 'self'");
  });

  it('runs a pathway from src with integrity and by property, through every kind of page, with zero violations', async function () {
    this.timeout(30000);
    const frame = document.createElement('iframe');
    frame.title = 'Strict CSP host page';
    const report = new Promise<Report>((resolve) => {
      window.addEventListener(
        'message',
        function onMessage(event: MessageEvent<{ careway?: string; report: Report }>) {
          if (event.data?.careway !== 'csp-report') return;
          window.removeEventListener('message', onMessage);
          resolve(event.data.report);
        },
      );
    });
    frame.src = fixtureUrl('csp-page.html');
    document.body.append(frame);
    const result = await report;
    frame.remove();
    expect(result.failed).to.equal(undefined);
    expect(result.srcHeading).to.contain('How old is the patient?');
    expect(result.summaryShown).to.equal(true);
    expect(result.outcome).to.equal('urgent');
    expect(result.careCard).to.equal(true);
    expect(result.violations).to.deep.equal([]);
    expect(result.canary, 'the policy is in force: an inline style was refused').to.be.greaterThan(0);
  });
});
