/**
 * Deterministic names: FHIR `linkId`s and answer codes are free text, while
 * Careway field ids are `snake_case` names usable in expressions and option
 * values are lower-case slugs. These helpers map one to the other, the same
 * way every time for the same questionnaire.
 */
import { RESERVED_FIELD_IDS } from '../schema/common.js';

function ascii(text: string): string {
  return text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/**
 * The base (not yet de-duplicated) field id for a `linkId`: the last segment of
 * a path-like id (`/54126-8/54125-0` → `54125-0`), lower-cased, with every run
 * of other characters turned into `_`, prefixed with `q_` when it would not
 * start with a letter or would be a reserved word.
 *
 * @example
 * fieldIdBase('/54126-8/54125-0'); // 'q_54125_0'
 * fieldIdBase('Q1-exists');         // 'q1_exists'
 */
export function fieldIdBase(linkId: string): string {
  const segments = linkId.split('/').filter((s) => s.trim() !== '');
  const last = segments[segments.length - 1] ?? linkId;
  let id = ascii(last)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (!/^[a-z]/.test(id) || RESERVED_FIELD_IDS.includes(id)) id = id === '' ? 'q' : `q_${id}`;
  return id;
}

/**
 * Allocates unique ids in call order: the first caller gets the base, later
 * ones `base_2`, `base_3`… Used for field ids across a pathway and for option
 * values within a field.
 */
export class IdAllocator {
  readonly #taken = new Set<string>();

  constructor(taken: Iterable<string> = []) {
    for (const id of taken) this.#taken.add(id);
  }

  /** Reserves and returns a unique id derived from `base`. */
  take(base: string, separator = '_'): string {
    let id = base;
    for (let n = 2; this.#taken.has(id); n++) id = `${base}${separator}${n}`;
    this.#taken.add(id);
    return id;
  }

  /** Whether `id` has been handed out. */
  has(id: string): boolean {
    return this.#taken.has(id);
  }
}

/**
 * The base option value for an answer code or literal: lower-case, characters
 * outside `[a-z0-9_-]` replaced by `-`, never starting with a separator.
 *
 * @example
 * optionValueBase('LA6568-5');  // 'la6568-5'
 * optionValueBase('10:30:00');  // '10-30-00'
 */
export function optionValueBase(code: string): string {
  const value = ascii(code)
    .toLowerCase()
    .replace(/[^a-z0-9_-]+/g, '-')
    .replace(/^[-_]+|[-_]+$/g, '');
  return value === '' ? 'option' : value;
}

/**
 * A Careway pathway id (`/^[a-z][a-z0-9-]*$/`) from a questionnaire's id,
 * name or title.
 */
export function pathwayIdFrom(text: string): string {
  const id = ascii(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return /^[a-z]/.test(id) ? id : `q-${id || 'questionnaire'}`.replace(/-+$/, '');
}

/** A node id (`/^[A-Za-z][A-Za-z0-9_-]*$/`) from free text. */
export function nodeIdFrom(text: string): string {
  const id = ascii(text)
    .replace(/[^A-Za-z0-9_-]+/g, '_')
    .replace(/^[_-]+|[_-]+$/g, '');
  return /^[A-Za-z]/.test(id) ? id : `n_${id || 'node'}`;
}
