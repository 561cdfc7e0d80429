/** The rule builder's vocabulary: rules, their groups, and the subjects they test. */

/** What a rule tests. */
export type RuleOp =
  | 'is_yes'
  | 'is_no'
  | '='
  | '!='
  | '<'
  | '<='
  | '>'
  | '>='
  | 'one_of'
  | 'includes'
  | 'excludes'
  | 'answered'
  | 'not_answered';

/** One row of the rule builder: a subject (field, variable or context fact), an operator and a value. */
export interface Rule {
  /** A field or variable id, or `context.<id>`. */
  readonly subject: string;
  readonly op: RuleOp;
  /** A number, text, option value(s), `YYYY-MM-DD` date or boolean, as the operator needs. */
  readonly value?: string | number | boolean | readonly string[];
}

/** Rules, and groups of rules, combined with `and` or `or`; groups nest. */
export interface RuleGroup {
  readonly combinator: 'and' | 'or';
  readonly rules: readonly RuleItem[];
}

/** One item of a group: a rule, or a group of its own (brackets in the text form). */
export type RuleItem = Rule | RuleGroup;

/** The kind of value a subject holds, which decides its operators and value editor. */
export type SubjectType = 'boolean' | 'choice' | 'multi-choice' | 'number' | 'date' | 'text';

/** A field, variable or context fact a rule can test. */
export interface Subject {
  readonly id: string;
  readonly label: string;
  readonly type: SubjectType;
  readonly options?: readonly { value: string; label: string }[];
  readonly min?: number;
  readonly max?: number;
  readonly unit?: string;
}
