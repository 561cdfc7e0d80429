/**
 * The engine's public data types: the serialisable session state, the views a
 * runtime renders, and the result filed in the record. See
 * docs/format/engine.md for the prose contract.
 */
import type { Issue } from '../issues/issue.js';
import type { EngineIssueCode } from './codes.js';
import type {
  AnswerValue,
  Coding,
  Field,
  FieldType,
  InfoNode,
  Node,
  OutcomeNode,
  StepNode,
  Unit,
} from './doc.js';

/** A problem shown on a view: an answer's check, or the engine's refusal or notice. */
export type ViewIssue = Issue<EngineIssueCode>;

/** Navigation affordances of a view. */
export interface Nav {
  /** Whether `back()` would move. */
  canGoBack: boolean;
  /** Whether `next()` may move on (it still validates). */
  canContinue: boolean;
}

/**
 * Progress through the pathway. `done` counts the pages (steps and info
 * pages) already passed on the route; `remaining` estimates the pages still
 * to see *including the current one*, along the shortest route in pages from
 * the current node to any outcome, ignoring conditions (0 once at review).
 */
export interface Progress {
  done: number;
  remaining: number;
}

/** What a field's value is offered from when it came from the host's record. */
export interface PrefillInfo {
  from: 'record';
  /** The value the record gave. */
  value: AnswerValue;
  /** Whether the clinician's current answer differs from it. */
  changed: boolean;
}

/** One visible field of the current step. */
export interface FieldView {
  /** The field definition (only visible fields are listed). */
  field: Field;
  /** The current answer, if any. */
  value: AnswerValue | undefined;
  /** Whether an answer is required to continue. */
  required: boolean;
  /** Present when the record offered a value for this field. */
  prefill?: PrefillInfo;
  /** An earlier answer offered back (also the current `value`) until confirmed or changed. */
  remembered?: AnswerValue;
  /** The issues about this field. */
  errors: ViewIssue[];
}

/** A field the engine needs before it can decide a route. */
export interface FieldRef {
  /** A field id (kind `field`) or a context field id (kind `context`). */
  id: string;
  kind: 'field' | 'context';
  /** The question or context label. */
  label: string;
  /** The step that asks the field (kind `field`). */
  nodeId?: string;
  /** Why its value is unknown. */
  reason: 'unanswered' | 'hidden' | 'not_on_route' | 'not_provided';
}

/** One line of check-your-answers. */
export interface ReviewItem {
  nodeId: string;
  fieldId: string;
  question: string;
  /** The display text of the answer ("Not answered" for an unanswered optional field). */
  answer: string;
  /** The node to `goTo` to change this answer. */
  changeTarget: string;
}

/** One routing decision. */
export interface TraceEntry {
  /** The node routed from. */
  node: string;
  /** The edge taken (`null` never occurs for a taken hop but is kept for the contract). */
  edge: string | null;
  /** The node routed to. */
  to: string;
  /** The taken edge's condition as written, or `null` for an `otherwise` edge. */
  condition: string | null;
  /**
   * The values that decided it: every name referenced by the taken condition
   * and by the conditions skipped before it; an unknown value is `null`.
   */
  values: Record<string, unknown>;
  /** A readable sentence, e.g. `wells_score >= 2 was true (wells_score = 3)`. */
  note: string;
}

/** An answer that applies on the route taken, as filed in the result. */
export interface AnsweredItem {
  fieldId: string;
  nodeId: string;
  label: string;
  type: FieldType;
  value: AnswerValue;
  /** Display text using option labels and units. */
  display: string;
  /** The field's code and the chosen options' codes. */
  codes: Coding[];
  unit?: Unit;
  /** Whether the value is the record's prefilled value, unchanged. */
  prefilled: boolean;
  /** Whether this answer is a red flag. */
  redFlag: boolean;
}

/** A computed variable shown with the result. */
export interface ScoreResult {
  id: string;
  label: string;
  /** `null` when unknown. */
  value: number | string | boolean | null;
  band?: string;
  /** The score items that held, with their points. */
  explanation: { label: string; points: number }[];
}

/** Everything filed in the record once the outcome is reached. */
export interface Result {
  pathway: { id: string; version: string; fingerprint: string; title: string };
  outcome: OutcomeNode;
  answers: AnsweredItem[];
  scores: ScoreResult[];
  route: string[];
  trace: TraceEntry[];
  summaryText: string;
  review: ReviewItem[];
  context: Record<string, unknown>;
  completedAt?: string;
}

/** The view of the current moment of a session. Every kind carries `errors`. */
export type View =
  | {
      kind: 'step';
      node: StepNode;
      fields: FieldView[];
      errors: ViewIssue[];
      nav: Nav;
      progress: Progress;
    }
  | { kind: 'info'; node: InfoNode; errors: ViewIssue[]; nav: Nav; progress: Progress }
  | {
      kind: 'review';
      outcome: OutcomeNode;
      items: ReviewItem[];
      errors: ViewIssue[];
      nav: Nav;
      progress: Progress;
    }
  | { kind: 'outcome'; outcome: OutcomeNode; result: Result; errors: ViewIssue[]; nav: Nav }
  | {
      kind: 'stalled';
      node: Node;
      /** Why: `unknown_condition` (needs answers), `no_route` or `cycle` (pathway defects). */
      code: StallCode;
      needs: FieldRef[];
      message: string;
      errors: ViewIssue[];
      nav: Nav;
    };

/** Why routing stopped without a next page. */
export type StallCode = 'unknown_condition' | 'no_route' | 'cycle';

/** A stop in routing, kept in the state. */
export interface StallState {
  node: string;
  code: StallCode;
  needs: FieldRef[];
  message: string;
}

/**
 * The whole state of a session: plain JSON data. `answers` holds every answer
 * the clinician has given, including ones that no longer apply (their step
 * left the route or the field is hidden); only answers of visible fields on
 * the route are in scope and in the result.
 */
export interface SessionState {
  /** State format version. */
  v: 1;
  /** `page`: on a step or info page; `review`: check your answers; `complete`: confirmed; `stalled`: cannot route. */
  phase: 'page' | 'review' | 'complete' | 'stalled';
  /** Node ids visited from `start` to the current node, decisions and outcome included. */
  route: string[];
  /** One entry per hop: `trace[i]` routed `route[i]` → `route[i + 1]`. */
  trace: TraceEntry[];
  answers: Record<string, AnswerValue>;
  /** Fields of the current page whose value is an earlier answer offered back and not yet confirmed. */
  offered: string[];
  /** Values the record offered (prefill), by field id. */
  prefill: Record<string, AnswerValue>;
  /** Field issues on the current page: validation errors and refused answers. */
  errors: ViewIssue[];
  /** Issues of the last operation only (unknown ids, refused moves). */
  notices: ViewIssue[];
  stall?: StallState;
  /** While changing an answer from review: the route that was reviewed. */
  returnTo?: string[];
  /** Context facts (declared context fields only, JSON values only). */
  context: Record<string, unknown>;
  /** Today's date, `YYYY-MM-DD`. */
  today: string;
  /** Whether `today` was fixed by the caller (otherwise it follows the clock on each operation). */
  todayFixed: boolean;
  startedAt: string;
  completedAt?: string;
}

/** Options of {@link createSession}. */
export interface SessionOptions {
  /** Facts the host knows, by context field id. Undeclared keys and non-JSON values are ignored. */
  context?: Record<string, unknown>;
  /** Fixes "today" (`YYYY-MM-DD`); by default it follows the clock. */
  today?: string;
  /** The clock, for timestamps and the default "today" (default: `new Date()`). */
  now?: () => Date;
}
