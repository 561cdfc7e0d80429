import { expect } from '@open-wc/testing';
import { fixtureUrl } from './test-support/helpers.js';

interface Shown {
  heading?: string;
  shown: string;
  role?: string | null;
  part?: string | null;
}

interface Report {
  setup: string;
  failed?: string;
  hostLit?: string;
  v1?: Shown;
  v2?: Shown;
  card?: Shown;
  v2Define?: { registered: string[]; skipped: string[] };
  v2Separate?: boolean;
  violations?: { directive: string; sample: string }[];
  errors?: { tag: string; code: string; message: string }[];
  consoleErrors?: string[];
}

const REQUIRE = "script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
const FIRST_PAGE = 'How old is the patient?';

/** Opens the Trusted Types page for one set-up in a frame and waits for its report. */
async function open(setup: string): Promise<Report> {
  const frame = document.createElement('iframe');
  frame.title = `Trusted Types: ${setup}`;
  const report = new Promise<Report>((resolve) => {
    window.addEventListener(
      'message',
      function onMessage(event: MessageEvent<{ careway?: string; report: Report }>) {
        if (event.data?.careway !== 'trusted-types-report' || event.data.report.setup !== setup) return;
        window.removeEventListener('message', onMessage);
        resolve(event.data.report);
      },
    );
  });
  frame.src = `${fixtureUrl('trusted-types-page.html')}?setup=${setup}`;
  document.body.append(frame);
  try {
    return await report;
  } finally {
    frame.remove();
  }
}

/** The set-up ran its pathways with nothing refused and nothing reported. */
function expectClean(report: Report): void {
  expect(report.failed).to.equal(undefined);
  expect(report.v1?.heading).to.contain(FIRST_PAGE);
  expect(report.violations).to.deep.equal([]);
  expect(report.errors).to.deep.equal([]);
  expect(report.consoleErrors).to.deep.equal([]);
}

describe('the single-file builds on a page that requires Trusted Types', function () {
  // The first test waits for the test server to build careway.js and careway-scoped.js.
  this.timeout(180000);

  it('serves each set-up with its policy as a response header', async () => {
    const header = async (setup: string) =>
      (await fetch(`${fixtureUrl('trusted-types-page.html')}?setup=${setup}`)).headers.get(
        'content-security-policy',
      );
    expect(await header('alone')).to.equal(`${REQUIRE}; trusted-types careway`);
    expect(await header('lit-host')).to.equal(`${REQUIRE}; trusted-types lit-html careway`);
    expect(await header('two-versions')).to.equal(`${REQUIRE}; trusted-types careway careway-scoped`);
    expect(await header('lit-host-two-versions')).to.equal(
      `${REQUIRE}; trusted-types lit-html careway careway-scoped`,
    );
    expect(await header('refused')).to.equal(`${REQUIRE}; trusted-types lit-html`);
  });

  it('runs careway.js alone under `trusted-types careway`, with zero violations', async () => {
    expectClean(await open('alone'));
  });

  it('runs careway.js on a page whose own Lit loaded first, under `trusted-types lit-html careway`', async () => {
    const report = await open('lit-host');
    expect(report.hostLit).to.equal('Rendered by the host’s own Lit');
    expectClean(report);
  });

  it('runs two versions side by side under `trusted-types careway careway-scoped`', async () => {
    const report = await open('two-versions');
    expect(report.v2Define?.registered).to.deep.equal(['careway-v2-pathway', 'careway-v2-care-card']);
    expect(report.v2Separate).to.equal(true);
    expect(report.v2?.heading).to.contain(FIRST_PAGE);
    expectClean(report);
  });

  it('runs two versions beside the host’s Lit under `trusted-types lit-html careway careway-scoped`', async () => {
    const report = await open('lit-host-two-versions');
    expect(report.hostLit).to.equal('Rendered by the host’s own Lit');
    expect(report.v2?.heading).to.contain(FIRST_PAGE);
    expectClean(report);
  });

  it('says so, in place, to the host and in the console, when the page refuses its policy', async () => {
    const report = await open('refused');
    expect(report.failed).to.equal(undefined);
    // The host's own Lit is untouched.
    expect(report.hostLit).to.equal('Rendered by the host’s own Lit');
    // Each element shows, as an alert, why it cannot show anything, instead of a blank.
    for (const shown of [report.v1, report.card]) {
      expect(shown?.heading).to.equal(undefined);
      expect(shown?.shown).to.equal('Sorry, this pathway cannot be shown (trusted_types_refused)');
      expect(shown?.role).to.equal('alert');
      expect(shown?.part).to.equal('error');
    }
    expect(report.errors?.map((e) => `${e.tag} ${e.code}`)).to.deep.equal([
      'careway-pathway trusted_types_refused',
      'careway-care-card trusted_types_refused',
    ]);
    for (const error of report.errors ?? []) {
      expect(error.message).to.contain('policy "careway"');
      expect(error.message).to.contain('trusted-types lit-html careway');
    }
    expect(report.consoleErrors?.length).to.equal(2);
    expect(report.consoleErrors?.[0]).to.match(/^\[careway\] trusted_types_refused: .*"careway"/);
    // Exactly one refusal: Careway's policy, once.
    expect(report.violations).to.deep.equal([{ directive: 'trusted-types', sample: 'careway' }]);
  });
});
