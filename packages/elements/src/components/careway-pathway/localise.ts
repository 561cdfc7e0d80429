/**
 * Showing a session in another language. The session always runs on the
 * pathway as published, so its fingerprint, its drafts and the record
 * summary do not depend on the reader's language; what is shown is taken,
 * by id, from core's translation of the same pathway. The engine words its
 * issues in English; in Welsh the element words them again from core's Welsh
 * table (a pathway's own validation messages come from its translations).
 */
import {
  wordIssue,
  type AnswerValue,
  type Field,
  type Pathway,
  type Result,
  type ScoreResult,
  type View,
  type ViewIssue,
} from '../../internal/core.js';
import { describeThrown, problem } from '../../internal/errors.js';
import { report } from '../../internal/events.js';
import { elementLang, type UiLang, type UiStrings } from '../../internal/i18n.js';
import { loadedPack, type LanguagePack } from '../../internal/language.js';
import { displayValue } from './fields/common.js';

type Node = Pathway['nodes'][number];

/** Lookup of the translated nodes and fields by id, and the language's words. */
export interface Translation {
  pack: LanguagePack;
  lang: UiLang;
  nodes: ReadonlyMap<string, Node>;
  fields: ReadonlyMap<string, Field>;
}

function index(pathway: Pathway): { nodes: Map<string, Node>; fields: Map<string, Field> } {
  const nodes = new Map<string, Node>();
  const fields = new Map<string, Field>();
  for (const node of pathway.nodes) {
    nodes.set(node.id, node);
    if (node.kind === 'step') for (const field of node.fields) fields.set(field.id, field);
  }
  return { nodes, fields };
}

/** Prepares the lookups for showing a pathway as `shown` (its translation in `pack`'s language). */
export function translation(shown: Pathway, lang: UiLang, pack: LanguagePack): Translation {
  return { pack, lang, ...index(shown) };
}

function localiseIssue(issue: ViewIssue, tr: Translation): ViewIssue {
  return wordIssue(issue, tr.pack.messages, issue.fieldId ? tr.fields.get(issue.fieldId) : undefined);
}

/**
 * The view in the reader's language. `answerOf` gives a field's current
 * answer, to word the check-your-answers list.
 */
export function localiseView(
  view: View,
  tr: Translation,
  t: UiStrings,
  answerOf: (fieldId: string) => AnswerValue | undefined,
): View {
  const node = <N extends Node>(n: N): N => (tr.nodes.get(n.id) as N | undefined) ?? n;
  const errors = view.errors.map((e) => localiseIssue(e, tr));
  switch (view.kind) {
    case 'step':
      return {
        ...view,
        node: node(view.node),
        errors,
        fields: view.fields.map((f) => ({
          ...f,
          field: tr.fields.get(f.field.id) ?? f.field,
          errors: f.errors.map((e) => localiseIssue(e, tr)),
        })),
      };
    case 'info':
      return { ...view, node: node(view.node), errors };
    case 'review':
      return {
        ...view,
        outcome: node(view.outcome),
        errors,
        items: view.items.map((item) => {
          const field = tr.fields.get(item.fieldId);
          if (!field) return item;
          const value = answerOf(item.fieldId);
          return {
            ...item,
            question: field.label,
            answer: value === undefined ? t.notAnswered : displayValue(field, value, t, tr.lang),
          };
        }),
      };
    case 'outcome':
      return { ...view, outcome: node(view.outcome), errors };
    case 'stalled':
      return {
        ...view,
        node: node(view.node),
        errors,
        needs: view.needs.map((need) => ({ ...need, label: tr.fields.get(need.id)?.label ?? need.label })),
      };
  }
}

/** A red-flag answer as the outcome page shows it: the question, the answer, and why it is a red flag. */
export interface RedFlagLine {
  fieldId: string;
  question: string;
  answer: string;
  reason?: string;
}

function fieldOf(pathway: Pathway | undefined, id: string): Field | undefined {
  for (const node of pathway?.nodes ?? []) {
    if (node.kind === 'step') for (const field of node.fields) if (field.id === id) return field;
  }
  return undefined;
}

/** The running pathway as the element shows it, in the element's language. */
export class Localisation {
  /** The pathway as published: the session runs on it, and the record summary and FHIR come from it. */
  source: Pathway | undefined;
  /** The pathway as shown (translated). */
  shown: Pathway | undefined;
  #translation: Translation | undefined;
  readonly #host: HTMLElement;

  constructor(host: HTMLElement) {
    this.#host = host;
  }

  /**
   * Takes the running pathway (none: nothing runs) and translates it into the
   * element's language, once that language has loaded (see `loadLanguage`);
   * until then, and in English, it is shown as published.
   */
  set(source: Pathway | undefined): void {
    this.source = this.shown = source;
    this.#translation = undefined;
    if (!source) return;
    const lang = elementLang(this.#host);
    const pack = loadedPack(lang);
    if (!pack) return;
    try {
      this.shown = pack.translate(source);
      this.#translation = translation(this.shown, lang, pack);
    } catch (error) {
      this.shown = source;
      this.#translation = undefined;
      report(
        this.#host,
        problem('engine_error', `Translating the pathway failed: ${describeThrown(error)}`, 'warning'),
      );
    }
  }

  /** Scores with the labels of their items and bands in the reader's language. */
  scores(scores: ScoreResult[]): ScoreResult[] {
    const tr = this.#translation;
    return tr && this.source && this.shown ? tr.pack.scores(this.source, this.shown, scores) : scores;
  }

  /**
   * The red-flag answers of a result in the reader's language, each with its
   * reason (the record summary keeps the language the pathway was published in).
   */
  redFlags(result: Result, t: UiStrings): RedFlagLine[] {
    const tr = this.#translation;
    return result.answers
      .filter((a) => a.redFlag)
      .map((a) => {
        const field = tr?.fields.get(a.fieldId) ?? fieldOf(this.source, a.fieldId);
        const reason = field?.redFlag?.reason;
        return {
          fieldId: a.fieldId,
          question: field?.label ?? a.label,
          answer: tr && field ? displayValue(field, a.value, t, tr.lang) : a.display,
          ...(reason ? { reason } : {}),
        };
      });
  }

  /** The view in the reader's language; `answers` gives the session's answers, read only when needed. */
  view(view: View, t: UiStrings, answers: () => Record<string, AnswerValue>): View {
    const tr = this.#translation;
    if (!tr) return view;
    let given: Record<string, AnswerValue> | undefined;
    return localiseView(view, tr, t, (fieldId) => (given ??= answers())[fieldId]);
  }
}
