/**
 * The words of the expression language: the one list every part of Careway
 * reads (the parser, the name check, the schema's id rules, the FHIR
 * importer's id maker), so that what an id may be named never disagrees.
 */

/** The operator words: `a and b`, `a or b`, `not a`, `x in [...]`. */
export const OPERATOR_WORDS = ['and', 'or', 'not', 'in'] as const;

/** The words of the boolean literals. */
export const LITERAL_WORDS = ['true', 'false'] as const;

/**
 * Words no field, variable, context fact or function may take: the
 * language's operator and literal words, `context` (which starts
 * `context.<fact>`), and `null` and `unknown`, kept back so that a
 * condition never reads as if it named a missing value.
 */
export const RESERVED_WORDS: readonly string[] = [
  ...OPERATOR_WORDS,
  ...LITERAL_WORDS,
  'null',
  'unknown',
  'context',
];

/** Whether `word` is one of {@link RESERVED_WORDS}. */
export function isReservedWord(word: string): boolean {
  return RESERVED_WORDS.includes(word);
}

/** Whether `word` is an operator or literal word of the language. */
export function isKeyword(word: string): boolean {
  return (
    (OPERATOR_WORDS as readonly string[]).includes(word) ||
    (LITERAL_WORDS as readonly string[]).includes(word)
  );
}
