import {
  FIELD_ID_PATTERN,
  ID_PATTERN,
  MAX_ID_LENGTH,
  OPTION_VALUE_PATTERN,
  RESERVED_FIELD_IDS,
  RESERVED_IDS,
} from '../../core.js';

/** What an id names: a node (or edge, scenario, source), a field, variable or context fact, or an option value. */
export type IdKind = 'node' | 'field' | 'option';

const rules: Record<IdKind, { pattern: RegExp; reserved: readonly string[]; words: string }> = {
  node: {
    pattern: ID_PATTERN,
    reserved: RESERVED_IDS,
    words: 'Start with a letter; use letters, digits, - and _ only.',
  },
  field: {
    pattern: FIELD_ID_PATTERN,
    reserved: RESERVED_FIELD_IDS,
    words: 'Use lower-case letters, digits and _, starting with a letter.',
  },
  option: {
    pattern: OPTION_VALUE_PATTERN,
    reserved: [],
    words: 'Use lower-case letters, digits, - and _, starting with a letter or digit.',
  },
};

/**
 * Why `id` cannot be an id of this kind, in words, or `undefined` when it
 * can: core's patterns, length limit and reserved words, so the designer
 * refuses exactly what the schema would.
 */
export function idProblem(kind: IdKind, id: string): string | undefined {
  const rule = rules[kind];
  if (id.length > MAX_ID_LENGTH) return `Use at most ${MAX_ID_LENGTH} characters.`;
  if (!rule.pattern.test(id)) return rule.words;
  if (rule.reserved.includes(id)) return `“${id}” is a reserved word: choose another.`;
  return undefined;
}
