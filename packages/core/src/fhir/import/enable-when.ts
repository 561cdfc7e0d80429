/**
 * `enableWhen` → Careway conditions, with R4's semantics:
 *
 * - an item is enabled when its own enableWhen holds (all / any, per
 *   `enableBehavior`) *and* its parent is enabled (a disabled item disables
 *   all its descendants);
 * - a question that is unanswered **or disabled** has no answer: `exists`
 *   false holds, `!=` holds (no answer equals the value), every other
 *   operator fails. The translation therefore tests the source with
 *   `answered(…)` conjoined with the source's own visibility;
 * - references that form a loop are reported and the loop is broken at the
 *   reference that closes it (that source is taken as enabled), so the import
 *   always ends.
 *
 * Where a clause cannot be translated, the item is shown at least whenever
 * R4 would show it (asking one question too many is safer than hiding one),
 * and a warning names the clause.
 */
import type { FhirEnableWhen, FhirQuestionnaireItem } from '../types.js';
import { EXPRESSION_EXTENSIONS, FHIR_URL } from '../extensions.js';
import {
  and,
  type CompareOp,
  type Cond,
  depth,
  FALSE,
  type Literal,
  not,
  or,
  print,
  size,
  TRUE,
} from './condition.js';
import type { IssueLog } from './issues.js';
import type { ValueKind } from './items.js';
import type { ImportedOption } from './options.js';
import { compareValues, equalValues, type FhirValue, readValue } from './values.js';

/** What the resolver knows of each item. */
export interface ItemInfo {
  linkId: string;
  item: FhirQuestionnaireItem;
  path: (string | number)[];
  parent: ItemInfo | undefined;
  /** Careway field id, when the item became a field. */
  fieldId: string | undefined;
  valueKind: ValueKind;
  options: ImportedOption[] | undefined;
}

const OPERATORS = new Set(['exists', '=', '!=', '>', '<', '>=', '<=']);
/**
 * A visibility larger than this (leaves, or nesting) is given a name: a
 * boolean variable that other conditions refer to, so that long enableWhen
 * chains stay readable and within the expression language's limits.
 */
const NAME_ABOVE = { size: 12, depth: 6 };

/** A boolean variable holding when an item is enabled. */
export interface VisibilityVariable {
  id: string;
  label: string;
  kind: 'expression';
  expr: string;
}

/** Resolves the visibility of every item, memoised, loop-safe. */
export class VisibilityResolver {
  readonly #infos: ReadonlyMap<string, ItemInfo>;
  readonly #log: IssueLog;
  readonly #memo = new Map<ItemInfo, Cond>();
  readonly #visiting: ItemInfo[] = [];
  readonly #reportedLoops = new Set<string>();
  readonly #named = new Map<ItemInfo, Cond>();
  readonly #newId: (base: string) => string;
  /** The variables made for large visibilities, each after those it refers to. */
  readonly variables: VisibilityVariable[] = [];

  constructor(infos: ReadonlyMap<string, ItemInfo>, log: IssueLog, newId: (base: string) => string) {
    this.#infos = infos;
    this.#log = log;
    this.#newId = newId;
  }

  /**
   * The visibility of `info` as other conditions should refer to it: the
   * condition itself when small, else a reference to a variable holding it.
   */
  condition(info: ItemInfo): Cond {
    const vis = this.visibility(info);
    if (size(vis) <= NAME_ABOVE.size && depth(vis) <= NAME_ABOVE.depth) return vis;
    const known = this.#named.get(info);
    if (known) return known;
    const base =
      info.fieldId ??
      info.linkId
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '_')
        .replace(/^_+|_+$/g, '');
    const id = this.#newId(`${/^[a-z]/.test(base) ? base : `q_${base}`}_enabled`);
    const ref: Cond = { k: 'var', name: id };
    this.variables.push({
      id,
      label: `Whether "${info.item.text ?? info.linkId}" applies`,
      kind: 'expression',
      expr: print(vis) ?? 'true',
    });
    this.#named.set(info, ref);
    return ref;
  }

  /** When `info` is enabled: its own enableWhen and every ancestor's. */
  visibility(info: ItemInfo): Cond {
    const known = this.#memo.get(info);
    if (known) return known;
    const at = this.#visiting.indexOf(info);
    if (at >= 0) {
      this.#reportLoop(this.#visiting.slice(at));
      return TRUE;
    }
    this.#visiting.push(info);
    const parent = info.parent ? this.condition(info.parent) : TRUE;
    const own = this.#own(info);
    this.#visiting.pop();
    const vis = and(parent, own);
    this.#memo.set(info, vis);
    return vis;
  }

  /** When `info` has an answer that counts: answered and enabled. */
  present(info: ItemInfo): Cond {
    if (!info.fieldId) return FALSE;
    return and({ k: 'answered', field: info.fieldId }, this.condition(info));
  }

  #reportLoop(cycle: ItemInfo[]): void {
    const ids = cycle.map((c) => c.linkId);
    const key = [...ids].sort().join('\u0000');
    if (this.#reportedLoops.has(key)) return;
    this.#reportedLoops.add(key);
    const first = cycle[0] as ItemInfo;
    this.#log.error(
      'fhir_enable_when_loop',
      [...first.path, 'enableWhen'],
      `The enableWhen conditions of ${ids.map((i) => `"${i}"`).join(' → ')} → "${first.linkId}" refer to each other in a loop, so R4 gives no answer to whether they are enabled. The loop was broken by treating "${first.linkId}" as enabled where it is referred to; check these conditions with the form's author.`,
      first.linkId,
    );
  }

  #own(info: ItemInfo): Cond {
    const { item } = info;
    const expressionExt = (item.extension ?? []).find((e) => e.url === FHIR_URL.enableWhenExpression);
    if (expressionExt) {
      this.#log.warn(
        'fhir_unsupported_expression',
        [...info.path, 'extension'],
        `enableWhenExpression (${expressionExt.valueExpression?.language ?? 'unknown language'}: ${expressionExt.valueExpression?.expression ?? '?'}) cannot be translated into a Careway condition; the item is always shown. Rewrite the condition as a Careway showWhen.`,
        info.linkId,
      );
    }
    const clauses = item.enableWhen ?? [];
    if (clauses.length === 0) return TRUE;
    let behavior = item.enableBehavior;
    if (behavior !== 'all' && behavior !== 'any') {
      if (clauses.length > 1) {
        this.#log.warn(
          'fhir_enable_behavior_missing',
          [...info.path, 'enableBehavior'],
          'Several enableWhen conditions without enableBehavior: read as "all".',
          info.linkId,
        );
      }
      behavior = 'all';
    }
    const translated = clauses.map((ew, i) => this.#clause(ew, [...info.path, 'enableWhen', i], info));
    const ok = translated.filter((c): c is Cond => c !== undefined);
    if (ok.length < translated.length && behavior === 'any') return TRUE;
    return behavior === 'all' ? and(...ok) : or(...ok);
  }

  #clause(ew: FhirEnableWhen, path: (string | number)[], owner: ItemInfo): Cond | undefined {
    const fail = (why: string): undefined => {
      this.#log.warn(
        'fhir_enable_when_untranslatable',
        path,
        `${why} This condition was left out, so the item shows at least whenever the form would show it.`,
        owner.linkId,
      );
      return undefined;
    };
    const source = this.#infos.get(ew.question);
    if (!source) return fail(`enableWhen refers to "${ew.question}", which is not an item of this form.`);
    if (!OPERATORS.has(ew.operator)) return fail(`Unknown enableWhen operator "${ew.operator}".`);
    if (!source.fieldId)
      return fail(`enableWhen refers to "${ew.question}", which is not a question Careway asks.`);
    const present = this.present(source);
    if (ew.operator === 'exists') {
      const read = readValue(ew, 'answer');
      if (read?.value.kind !== 'boolean') return fail('An "exists" condition needs answerBoolean.');
      return read.value.value ? present : not(present);
    }
    const read = readValue(ew, 'answer');
    if (!read) return fail('This condition has no answer value Careway can read.');
    if (read.mistyped) {
      this.#log.info(
        'fhir_invalid_value',
        path,
        `${read.element} holds a value of the wrong JSON type; it was read as ${read.value.kind} "${String(read.value.value)}".`,
        owner.linkId,
      );
    }
    const op = ew.operator as CompareOp;
    const match = this.#match(source, op === '!=' ? '=' : op, read.value);
    if (typeof match === 'string') return fail(match);
    return op === '!=' ? not(and(present, match)) : and(present, match);
  }

  /** The condition "the source's answer `op` value", assuming it is answered; or why it cannot be said. */
  #match(source: ItemInfo, op: CompareOp, value: FhirValue): Cond | string {
    const field = source.fieldId as string;
    switch (source.valueKind) {
      case 'choice':
      case 'multi': {
        const matching = (source.options ?? []).filter((o) => {
          if (op === '=') return equalValues(o.source, value);
          const c = compareValues(o.source, value);
          return (
            c !== undefined &&
            ((op === '>' && c > 0) ||
              (op === '<' && c < 0) ||
              (op === '>=' && c >= 0) ||
              (op === '<=' && c <= 0))
          );
        });
        return or(
          ...matching.map((o): Cond =>
            source.valueKind === 'multi'
              ? { k: 'has', field, value: o.option.value }
              : { k: 'cmp', field, op: '=', value: { t: 'str', v: o.option.value } },
          ),
        );
      }
      case 'boolean':
        if (value.kind !== 'boolean')
          return `"${source.linkId}" is a yes/no question, compared with a ${value.kind}.`;
        if (op !== '=') return `Yes/no answers cannot be compared with "${op}".`;
        return { k: 'cmp', field, op, value: { t: 'bool', v: value.value } };
      case 'number':
        if (value.kind !== 'number')
          return `"${source.linkId}" takes a number, compared with a ${value.kind}.`;
        return { k: 'cmp', field, op, value: { t: 'num', v: value.value } };
      case 'date': {
        if (value.kind !== 'date') return `"${source.linkId}" takes a date, compared with a ${value.kind}.`;
        const day = /^\d{4}-\d{2}-\d{2}/.exec(value.value)?.[0];
        if (!day) return `The partial date "${value.value}" cannot be compared with a full date.`;
        return { k: 'cmp', field, op, value: { t: 'date', v: day } satisfies Literal };
      }
      case 'string': {
        const text =
          value.kind === 'coding'
            ? value.value.code
            : value.kind === 'number' || value.kind === 'boolean'
              ? String(value.value)
              : value.value;
        if (text === undefined) return 'The coding compared with has no code.';
        if (op !== '=')
          return `Careway compares free text only for equality, so "${source.linkId} ${op} '${text}'" has no Careway equivalent.`;
        return { k: 'cmp', field, op, value: { t: 'str', v: text } };
      }
      case 'none':
        return `"${source.linkId}" has no answer that can be compared.`;
    }
  }
}

/** Expression extensions on an item that the importer cannot carry out, for reporting. */
export function unsupportedExpressions(
  item: FhirQuestionnaireItem,
): { name: string; index: number; text: string }[] {
  const out: { name: string; index: number; text: string }[] = [];
  (item.extension ?? []).forEach((e, index) => {
    const name = EXPRESSION_EXTENSIONS[e.url];
    if (!name || e.url === FHIR_URL.enableWhenExpression) return;
    const expr = e.valueExpression;
    out.push({
      name,
      index,
      text: expr ? `${expr.language ?? '?'}: ${expr.expression ?? ''}` : JSON.stringify(e),
    });
  });
  return out;
}
