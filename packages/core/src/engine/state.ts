/**
 * The engine's working form of a session state. It is the public
 * {@link SessionState} except that answers and prefills are kept in tables
 * indexed by the field's position in the pathway, so that an answer copies a
 * list of pointers instead of a large object (an object spread of a thousand
 * answers costs more than a millisecond; a list copy costs microseconds).
 * The public, plain-JSON form is made on demand.
 */
import type { Compiled } from './compiled.js';
import type { AnswerValue } from './doc.js';
import type { SessionState } from './types.js';

/** Values by field position (`Compiled.fields.get(id).ordinal`). */
export type AnswerTable = readonly (AnswerValue | undefined)[];

/** A session state as the operations use it. */
export interface EngineState extends Omit<SessionState, 'answers' | 'prefill'> {
  readonly answers: AnswerTable;
  readonly prefill: AnswerTable;
}

/** The value a table holds for a field. */
export function valueOf(c: Compiled, table: AnswerTable, fieldId: string): AnswerValue | undefined {
  const entry = c.fields.get(fieldId);
  return entry === undefined ? undefined : table[entry.ordinal];
}

/** A copy of a table with one field's value set (or removed with `undefined`). */
export function withValue(
  c: Compiled,
  table: AnswerTable,
  fieldId: string,
  value: AnswerValue | undefined,
): AnswerTable {
  const entry = c.fields.get(fieldId);
  if (entry === undefined || table[entry.ordinal] === value) return table;
  const next = table.slice();
  next[entry.ordinal] = value;
  return next;
}

/** A table from a record of values by field id (ids that are not fields are left out). */
export function tableOf(c: Compiled, record: Readonly<Record<string, AnswerValue>>): AnswerTable {
  const table: (AnswerValue | undefined)[] = [];
  for (const [id, value] of Object.entries(record)) {
    const entry = c.fields.get(id);
    if (entry !== undefined) table[entry.ordinal] = value;
  }
  return table;
}

/** A record of values by field id, in document order. */
export function recordOf(c: Compiled, table: AnswerTable): Record<string, AnswerValue> {
  const record: Record<string, AnswerValue> = {};
  table.forEach((value, i) => {
    const entry = c.fieldOrder[i];
    if (value !== undefined && entry !== undefined) record[entry.field.id] = value;
  });
  return record;
}

/** The public form of a state (sharing unchanged parts; clone it before handing it out). */
export function toPublic(c: Compiled, s: EngineState): SessionState {
  return { ...s, answers: recordOf(c, s.answers), prefill: recordOf(c, s.prefill) };
}

/** The working form of a public state (checked beforehand). */
export function fromPublic(c: Compiled, s: SessionState): EngineState {
  return { ...s, answers: tableOf(c, s.answers), prefill: tableOf(c, s.prefill) };
}
