import { useId } from 'react';
import { NumberInput } from '../ui/controls.js';
import { operatorsFor } from '../editor/rules/subjects.js';
import type { Rule, RuleOp, Subject } from '../editor/rules/types.js';

const needsValue = (op: RuleOp) => !['is_yes', 'is_no', 'answered', 'not_answered'].includes(op);

/** One rule of the builder: pick a subject, an operator that fits its type, and a value from its options or range. */
export function RuleRow({
  rule,
  name,
  subjects,
  onChange,
  onRemove,
}: {
  rule: Rule;
  /** Its number in the condition: `2`, or `3.1` for the first rule of group 3. */
  name: string;
  subjects: readonly Subject[];
  onChange: (rule: Rule) => void;
  onRemove: () => void;
}) {
  const id = useId();
  const subject = subjects.find((s) => s.id === rule.subject);
  const ops = subject ? operatorsFor(subject.type) : [];
  const n = name;
  const defaultValue = (s: Subject, op: RuleOp): Rule['value'] =>
    op === 'one_of'
      ? []
      : s.options?.[0]
        ? s.options[0].value
        : s.type === 'number'
          ? (s.min ?? 0)
          : s.type === 'date'
            ? new Date().toISOString().slice(0, 10)
            : '';
  const pickSubject = (subjectId: string) => {
    const s = subjects.find((x) => x.id === subjectId);
    if (!s) return;
    const op = operatorsFor(s.type)[0]?.op ?? '=';
    const value = needsValue(op) ? defaultValue(s, op) : undefined;
    onChange({ subject: s.id, op, ...(value === undefined ? {} : { value }) });
  };
  const pickOp = (op: RuleOp) => {
    const keep =
      needsValue(op) && rule.value !== undefined && Array.isArray(rule.value) === (op === 'one_of');
    const value = !needsValue(op) ? undefined : keep ? rule.value : subject ? defaultValue(subject, op) : '';
    onChange({ subject: rule.subject, op, ...(value === undefined ? {} : { value }) });
  };
  return (
    <li className="cw-rule">
      <div className="cw-control">
        <label htmlFor={`${id}-s`}>Rule {n}: question</label>
        <select id={`${id}-s`} value={rule.subject} onChange={(e) => pickSubject(e.target.value)}>
          {!subject && <option value={rule.subject}>{rule.subject} (unknown)</option>}
          {subjects.map((s) => (
            <option key={s.id} value={s.id}>
              {s.label} ({s.id})
            </option>
          ))}
        </select>
      </div>
      <div className="cw-control">
        <label htmlFor={`${id}-o`}>Rule {n}: test</label>
        <select id={`${id}-o`} value={rule.op} onChange={(e) => pickOp(e.target.value as RuleOp)}>
          {ops.map((o) => (
            <option key={o.op} value={o.op}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
      {needsValue(rule.op) && subject && (
        <RuleValue id={`${id}-v`} n={n} rule={rule} subject={subject} onChange={onChange} />
      )}
      <button type="button" className="cw-danger" onClick={onRemove}>
        Remove rule {n}
      </button>
    </li>
  );
}

function RuleValue({
  id,
  n,
  rule,
  subject,
  onChange,
}: {
  id: string;
  n: string;
  rule: Rule;
  subject: Subject;
  onChange: (rule: Rule) => void;
}) {
  const set = (value: Rule['value']) => onChange({ ...rule, ...(value === undefined ? {} : { value }) });
  if (subject.options && rule.op === 'one_of') {
    const chosen = Array.isArray(rule.value) ? rule.value : [];
    return (
      <fieldset className="cw-group">
        <legend>Rule {n}: any of</legend>
        {subject.options.map((o) => (
          <label key={o.value} className="cw-control--check cw-control">
            <input
              type="checkbox"
              checked={chosen.includes(o.value)}
              onChange={(e) =>
                set(e.target.checked ? [...chosen, o.value] : chosen.filter((v) => v !== o.value))
              }
            />
            {o.label}
          </label>
        ))}
      </fieldset>
    );
  }
  if (subject.options)
    return (
      <div className="cw-control">
        <label htmlFor={id}>Rule {n}: answer</label>
        <select id={id} value={String(rule.value ?? '')} onChange={(e) => set(e.target.value)}>
          {subject.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </div>
    );
  if (subject.type === 'number') {
    const range = [
      subject.min !== undefined ? `from ${subject.min}` : '',
      subject.max !== undefined ? `to ${subject.max}` : '',
      subject.unit ?? '',
    ]
      .filter(Boolean)
      .join(' ');
    return (
      <NumberInput
        label={`Rule ${n}: value`}
        hint={range || undefined}
        value={typeof rule.value === 'number' ? rule.value : undefined}
        onChange={(v) => set(v ?? 0)}
      />
    );
  }
  return (
    <div className="cw-control">
      <label htmlFor={id}>Rule {n}: value</label>
      <input
        id={id}
        type={subject.type === 'date' ? 'date' : 'text'}
        value={String(rule.value ?? '')}
        onChange={(e) => set(e.target.value)}
      />
    </div>
  );
}
