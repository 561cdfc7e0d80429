import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, waitFor } from 'storybook/test';
import { DesignerPart } from '../story-harness.js';
import { smallPathway } from '../editor/test-fixtures.js';
import { ConditionEditor, type ConditionEditorProps } from './ConditionEditor.js';

function Editing(props: ConditionEditorProps) {
  const [value, setValue] = useState(props.value);
  return (
    <ConditionEditor
      {...props}
      value={value}
      onChange={(next) => {
        setValue(next);
        props.onChange(next);
      }}
    />
  );
}

/**
 * A condition, two ways kept in step: the text form (with completion of the
 * pathway's questions and core's functions, and core's type errors as you
 * type) and the rule builder (a question, a test that fits its answer type,
 * an answer). The conditions here are over the questions of a small pathway:
 * `bleeding` (yes/no) and `age` (a whole number).
 */
const meta: Meta<ConditionEditorProps> = {
  title: 'Designer/Rule builder',
  component: ConditionEditor,
  args: {
    label: 'Condition for the route to Refer urgently',
    value: 'bleeding or age >= 60',
    onChange: () => undefined,
  },
  render: (args) => (
    <DesignerPart key={args.value} doc={smallPathway()} style={{ maxWidth: '36rem', background: '#fff' }}>
      {() => <Editing {...args} />}
    </DesignerPart>
  ),
};
export default meta;

type Story = StoryObj<ConditionEditorProps>;

/** The text form of a condition. */
export const TextForm: Story = { name: 'Text form' };

/** The same condition in the rule builder beside the text: two rules combined with "any of these". */
export const RuleBuilder: Story = {
  name: 'Rule builder',
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelectorAll('.cw-rule').length).toBe(2));
  },
};

/** A mix of "all" and "any": a group of rules inside the condition, brackets in the text. */
export const NestedGroup: Story = {
  name: 'Nested group',
  args: { value: 'age >= 60 and (bleeding or age > 80)' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelectorAll('.cw-rules--nested .cw-rule').length).toBe(2));
  },
};

/** A misspelt question: core's type checker underlines it and suggests the right name. */
export const WithTypeError: Story = {
  name: 'With a type error',
  args: { value: 'bleding or age >= 60' },
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(canvasElement.querySelector('.cw-expression__problems')?.textContent ?? '').toContain(
        'bleeding',
      ),
    );
  },
};

/** A condition the rule builder cannot show is left to the text box, and says so. */
export const TooComplexForRules: Story = {
  name: 'Too complex for the rule builder',
  args: { value: 'count(x) > 1' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('.cw-rules__complex')).not.toBeNull());
  },
};
