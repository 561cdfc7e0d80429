/**
 * The in-page half of the benchmark, loaded first by every page as a plain
 * script: it records CSP violations, notices when the form's last item is
 * in the DOM (navigation → rendered), and times a click on a gate until the
 * chain's first item shows. The same code watches every runtime; each page
 * only says how to find an item's node.
 */

/** How a page finds the node of an item, by linkId. */
export type Finder = (linkId: string) => Element | null | undefined;

/** A time in ms since navigation start: when the DOM had the node, and when the next frame was painted. */
export interface Timing {
  dom: number;
  painted: number;
}

/** A CSP violation, as the page saw it. */
export interface Violation {
  directive: string;
  blocked: string;
  source: string;
  sample: string;
}

/** What the driver reads back. */
export interface BenchState {
  violations: Violation[];
  rendered?: Timing;
  toggle?: Timing;
  error?: string;
  /** Extra facts the page reports (e.g. how long the import took). */
  notes: Record<string, number | string>;
  /** Set by the page: how to find an item's node. */
  use(find: Finder): void;
  /** Set by the page: a shadow root (or other node) whose mutations matter. */
  observe(root: Node): void;
  /** Called by the driver before it clicks the gate: watch for `linkId` to show. */
  armToggle(linkId: string): void;
  /** The node of `linkId`, for the driver. */
  find(linkId: string): Element | null;
}

declare global {
  var __bench: BenchState;
}

const params = new URLSearchParams(location.search);
const last = params.get('last') ?? '';
let finder: Finder = () => null;
let waitingFor: { linkId: string; visible: boolean; done: (at: number) => void } | undefined;

const nextPaint = (): Promise<number> =>
  new Promise((resolve) => requestAnimationFrame(() => setTimeout(() => resolve(performance.now()))));

function check(): void {
  if (!waitingFor) return;
  const node = finder(waitingFor.linkId);
  if (!node || (waitingFor.visible && !node.checkVisibility())) return;
  const { done } = waitingFor;
  waitingFor = undefined;
  done(performance.now());
}

const observer = new MutationObserver(check);
const observe = (root: Node) =>
  observer.observe(root, { childList: true, subtree: true, attributes: true, characterData: false });
observe(document.documentElement);

// A backstop for changes a MutationObserver cannot see (e.g. a style sheet arriving).
function poll(): void {
  check();
  if (waitingFor) requestAnimationFrame(poll);
}

function waitFor(linkId: string, visible: boolean): Promise<Timing> {
  return new Promise((resolve) => {
    waitingFor = {
      linkId,
      visible,
      done: (dom) => void nextPaint().then((painted) => resolve({ dom, painted })),
    };
    requestAnimationFrame(poll);
  });
}

let clickedAt: number | undefined;
addEventListener('click', (event) => (clickedAt ??= event.timeStamp), { capture: true });

const state: BenchState = {
  violations: [],
  notes: {},
  use(find) {
    finder = find;
    check();
  },
  observe,
  armToggle(linkId) {
    clickedAt = undefined;
    void waitFor(linkId, true).then((t) => {
      const start = clickedAt ?? NaN;
      state.toggle = { dom: t.dom - start, painted: t.painted - start };
    });
  },
  find: (linkId) => finder(linkId) ?? null,
};
globalThis.__bench = state;

document.addEventListener('securitypolicyviolation', (e) =>
  state.violations.push({
    directive: e.violatedDirective,
    blocked: e.blockedURI,
    source: `${e.sourceFile}:${e.lineNumber}`,
    sample: e.sample,
  }),
);
addEventListener('error', (e) => (state.error ??= String(e.message)));
addEventListener('unhandledrejection', (e) => (state.error ??= String(e.reason)));

void waitFor(last, false).then((t) => (state.rendered = t));
