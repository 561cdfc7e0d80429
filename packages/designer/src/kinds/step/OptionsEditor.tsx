import type { ReactNode } from 'react';
import type { Option } from '../../core.js';
import { freshId } from '../../editor/document/ids.js';
import { moveItem, withOptional } from '../../editor/document/objects.js';
import { CodingInput } from '../../ui/CodingInput.js';
import { Checkbox, Group, NumberInput, TextInput } from '../../ui/controls.js';
import { IdRenamer } from '../../ui/IdRenamer.js';

/** Renaming an option value: why a value cannot be used, and the command that renames it everywhere. */
export interface OptionRename {
  readonly problem: (from: string, to: string) => string | undefined;
  readonly run: (from: string, to: string) => void;
}

/** Edits the options of a choice field: value, label, hint, code, red flag and score, in order. */
export function OptionsEditor({
  options,
  onChange,
  exclusive,
  onExclusiveChange,
  rename,
  optionSources,
}: {
  options: readonly Option[];
  onChange: (options: Option[], what: string) => void;
  /** Renames an option value and every answer and condition that uses it. */
  rename: OptionRename;
  exclusive?: readonly string[] | undefined;
  onExclusiveChange?: ((values: string[]) => void) | undefined;
  /** The control that links an option to its sources (questions' options only). */
  optionSources?: ((option: Option, index: number) => ReactNode) | undefined;
}) {
  const set = (i: number, option: Option, what: string) =>
    onChange(
      options.map((o, j) => (j === i ? option : o)),
      what,
    );
  return (
    <Group legend="Options">
      <ol className="cw-list">
        {options.map((option, i) => (
          <li key={i} className="cw-list__item">
            <TextInput
              label={`Option ${i + 1} label`}
              value={option.label}
              onChange={(label) => set(i, { ...option, label }, `option ${i + 1} label`)}
            />
            <IdRenamer
              label={`Option ${i + 1} value`}
              hint="Used in conditions and answers."
              id={option.value}
              what={`option ${i + 1} value`}
              problem={(to) => rename.problem(option.value, to)}
              onRename={(to) => rename.run(option.value, to)}
            />
            <TextInput
              label={`Option ${i + 1} hint`}
              value={option.hint ?? ''}
              onChange={(hint) => set(i, withOptional(option, 'hint', hint), `option ${i + 1} hint`)}
            />
            <NumberInput
              label={`Option ${i + 1} score points`}
              value={option.score}
              onChange={(score) => set(i, withOptional(option, 'score', score), `option ${i + 1} score`)}
            />
            <Checkbox
              label={`Option ${i + 1} is a red flag`}
              checked={option.redFlag ?? false}
              onChange={(on) =>
                set(i, withOptional(option, 'redFlag', on ? true : undefined), `option ${i + 1} red flag`)
              }
            />
            {onExclusiveChange && (
              <Checkbox
                label={`Option ${i + 1} clears the other answers (e.g. "None of these")`}
                checked={exclusive?.includes(option.value) ?? false}
                onChange={(on) =>
                  onExclusiveChange(
                    on
                      ? [...(exclusive ?? []), option.value]
                      : (exclusive ?? []).filter((v) => v !== option.value),
                  )
                }
              />
            )}
            <CodingInput
              legend={`Option ${i + 1} code`}
              value={option.code}
              onChange={(code) => set(i, withOptional(option, 'code', code), `option ${i + 1} code`)}
            />
            {optionSources?.(option, i)}
            <div className="cw-row">
              <button
                type="button"
                disabled={i === 0}
                onClick={() => onChange([...moveItem(options, i, -1)], 'option order')}
              >
                Move up<span className="cw-visually-hidden"> option {option.label}</span>
              </button>
              <button
                type="button"
                disabled={i === options.length - 1}
                onClick={() => onChange([...moveItem(options, i, 1)], 'option order')}
              >
                Move down<span className="cw-visually-hidden"> option {option.label}</span>
              </button>
              <button
                type="button"
                className="cw-danger"
                onClick={() =>
                  onChange(
                    options.filter((_, j) => j !== i),
                    'options',
                  )
                }
              >
                Remove<span className="cw-visually-hidden"> option {option.label}</span>
              </button>
            </div>
          </li>
        ))}
      </ol>
      <button
        type="button"
        onClick={() => {
          const value = freshId(
            'option',
            options.map((o) => o.value),
            '_',
          );
          onChange([...options, { value, label: `Option ${options.length + 1}` }], 'options');
        }}
      >
        Add option
      </button>
    </Group>
  );
}
