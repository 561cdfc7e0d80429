import { useMemo } from 'react';
import { parseExpressionText, printExpressionAst } from '../core.js';
import { useDoc } from '../state/context.js';
import { astToGroup, groupToAst, operatorsFor, subjectsOf, type Rule, type RuleGroup } from './rule-model.js';
import { RuleRow } from './RuleRow.js';

/**
 * The visual form of a condition: rules (question, test, answer) combined
 * with "all" (and) or "any" (or). It reads and writes the same text as the
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
  const setRule = (i: number, rule: Rule) =>
    write({ ...group, rules: group.rules.map((r, j) => (j === i ? rule : r)) });
  const add = () => {
    const s = subjects[0];
    if (!s) return;
    const op = operatorsFor(s.type)[0]?.op ?? 'answered';
    const value =
      op === 'is_yes' || op === 'answered'
        ? undefined
        : (s.options?.[0]?.value ?? (s.type === 'number' ? (s.min ?? 0) : ''));
    write({
      ...group,
      rules: [...group.rules, { subject: s.id, op, ...(value === undefined ? {} : { value }) }],
    });
  };
  return (
    <fieldset className="cw-group cw-rules">
      <legend>{label}: rules</legend>
      {group.rules.length > 1 && (
        <div className="cw-control cw-control--check" role="radiogroup" aria-label={`${label}: combine`}>
          {(['and', 'or'] as const).map((c) => (
            <label key={c}>
              <input
                type="radio"
                checked={group.combinator === c}
                onChange={() => write({ ...group, combinator: c })}
              />{' '}
              {c === 'and' ? 'All of these (and)' : 'Any of these (or)'}
            </label>
          ))}
        </div>
      )}
      <ol className="cw-list">
        {group.rules.map((rule, i) => (
          <RuleRow
            key={i}
            rule={rule}
            index={i}
            subjects={subjects}
            onChange={(r) => setRule(i, r)}
            onRemove={() => write({ ...group, rules: group.rules.filter((_, j) => j !== i) })}
          />
        ))}
      </ol>
      <button type="button" onClick={add} disabled={subjects.length === 0}>
        Add rule
      </button>
    </fieldset>
  );
}
