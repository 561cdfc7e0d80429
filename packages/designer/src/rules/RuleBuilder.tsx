import { useId, useMemo } from 'react';
import { parseExpressionText, printExpressionAst } from '../core.js';
import { useDoc } from '../state/context.js';
import { astToGroup, groupToAst, isGroup, MAX_GROUP_DEPTH } from '../editor/rules/rule-model.js';
import { operatorsFor, subjectsOf } from '../editor/rules/subjects.js';
import type { Rule, RuleGroup, RuleItem, Subject } from '../editor/rules/types.js';
import { RuleRow } from './RuleRow.js';

/**
 * The visual form of a condition: rules (question, test, answer) combined
 * with "all" (and) or "any" (or), and groups of rules inside it for a mix of
 * the two (brackets in the text). It reads and writes the same text as the
 * text box beside it, through core's parser and printer, so the two stay in
 * step; a condition the builder cannot show is left to the text box.
 */
export function RuleBuilder({
  label,
  value,
  onChange,
}: {
  label: string;
  value: string;
  onChange: (text: string) => void;
}) {
  const { doc } = useDoc();
  const subjects = useMemo(() => subjectsOf(doc), [doc]);
  const types = useMemo(() => new Map(subjects.map((s) => [s.id, s.type])), [subjects]);
  const group: RuleGroup | undefined = useMemo(() => {
    if (!value.trim()) return { combinator: 'and', rules: [] };
    const ast = parseExpressionText(value);
    return ast ? astToGroup(ast) : undefined;
  }, [value]);
  if (!group)
    return (
      <p className="cw-hint cw-rules__complex">
        {label}: this condition is more than the rule builder can show (or does not read yet). Edit it as
        text.
      </p>
    );
  const write = (next: RuleGroup) => {
    const ast = groupToAst(next, types);
    onChange(ast ? printExpressionAst(ast) : '');
  };
  return (
    <GroupEditor group={group} path={[]} legend={`${label}: rules`} subjects={subjects} onChange={write} />
  );
}

/** A first rule for a new row: the first subject, its first test, a value that fits. */
function firstRule(subjects: readonly Subject[]): Rule | undefined {
  const s = subjects[0];
  if (!s) return undefined;
  const op = operatorsFor(s.type)[0]?.op ?? 'answered';
  const value =
    op === 'is_yes' || op === 'answered'
      ? undefined
      : (s.options?.[0]?.value ?? (s.type === 'number' ? (s.min ?? 0) : ''));
  return { subject: s.id, op, ...(value === undefined ? {} : { value }) };
}

/** One group's rows; `path` numbers it within the condition (empty for the whole condition). */
function GroupEditor({
  group,
  path,
  legend,
  subjects,
  onChange,
  onRemove,
}: {
  group: RuleGroup;
  path: readonly number[];
  legend: string;
  subjects: readonly Subject[];
  onChange: (group: RuleGroup) => void;
  onRemove?: () => void;
}) {
  const id = useId();
  const nested = path.length > 0;
  const where = nested ? ` in group ${path.join('.')}` : '';
  const setItem = (i: number, item: RuleItem) =>
    onChange({ ...group, rules: group.rules.map((r, j) => (j === i ? item : r)) });
  const removeItem = (i: number) => onChange({ ...group, rules: group.rules.filter((_, j) => j !== i) });
  const add = () => {
    const rule = firstRule(subjects);
    if (rule) onChange({ ...group, rules: [...group.rules, rule] });
  };
  // A new group starts with two rules joined the other way from this group's, so
  // that it means something in the text (a group joined the same way is no group).
  const addGroup = () => {
    const rule = firstRule(subjects);
    if (!rule) return;
    const combinator = group.combinator === 'and' ? 'or' : 'and';
    const rules = group.rules.length === 0 ? [rule] : [...group.rules];
    onChange({ combinator: group.combinator, rules: [...rules, { combinator, rules: [rule, rule] }] });
  };
  return (
    <fieldset className={nested ? 'cw-group cw-rules cw-rules--nested' : 'cw-group cw-rules'}>
      <legend>{legend}</legend>
      {group.rules.length > 1 && (
        <div
          className="cw-control cw-control--check"
          role="radiogroup"
          aria-label={nested ? `Group ${path.join('.')}: combine` : `${legend}: combine`}
        >
          {(['and', 'or'] as const).map((c) => (
            <label key={c}>
              <input
                type="radio"
                name={`${id}-combine`}
                checked={group.combinator === c}
                onChange={() => onChange({ ...group, combinator: c })}
              />{' '}
              {c === 'and' ? 'All of these (and)' : 'Any of these (or)'}
              {nested && <span className="cw-visually-hidden">{where}</span>}
            </label>
          ))}
        </div>
      )}
      <ol className="cw-list">
        {group.rules.map((item, i) => {
          const at = [...path, i + 1];
          return isGroup(item) ? (
            <li key={i} className="cw-rules__item">
              <GroupEditor
                group={item}
                path={at}
                legend={`Group ${at.join('.')}: ${item.combinator === 'and' ? 'all' : 'any'} of these`}
                subjects={subjects}
                onChange={(g) => setItem(i, g)}
                onRemove={() => removeItem(i)}
              />
            </li>
          ) : (
            <RuleRow
              key={i}
              rule={item}
              name={at.join('.')}
              subjects={subjects}
              onChange={(r) => setItem(i, r)}
              onRemove={() => removeItem(i)}
            />
          );
        })}
      </ol>
      <div className="cw-row">
        <button type="button" onClick={add} disabled={subjects.length === 0}>
          Add rule<span className="cw-visually-hidden">{where}</span>
        </button>
        {path.length < MAX_GROUP_DEPTH - 1 && (
          <button type="button" onClick={addGroup} disabled={subjects.length === 0}>
            Add group<span className="cw-visually-hidden">{where}</span>
          </button>
        )}
        {onRemove && (
          <button type="button" className="cw-danger" onClick={onRemove}>
            Remove group {path.join('.')}
          </button>
        )}
      </div>
    </fieldset>
  );
}
