import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { fn } from 'storybook/test';
import type { Pathway } from './core.js';
import { PathwayDesigner, type PathwayDesignerProps } from './PathwayDesigner.js';
import dvt from '../../../pathways/suspected-dvt.json';

function Controlled(props: PathwayDesignerProps) {
  const [value, setValue] = useState(props.value);
  return (
    <div style={{ height: '48rem' }}>
      <PathwayDesigner
        {...props}
        value={value}
        onChange={(next) => {
          setValue(next);
          props.onChange(next);
        }}
      />
    </div>
  );
}

/**
 * The whole designer, as a host app embeds it: a controlled component over
 * one pathway document. Shown here on the example suspected-DVT pathway.
 */
const meta: Meta<typeof PathwayDesigner> = {
  title: 'Designer/PathwayDesigner',
  component: PathwayDesigner,
  args: { value: dvt as unknown as Pathway, onChange: fn() },
  argTypes: { value: { control: false } },
  parameters: { layout: 'fullscreen' },
  render: (args) => <Controlled {...args} />,
};
export default meta;

type Story = StoryObj<typeof PathwayDesigner>;

/** The example suspected-DVT pathway open in the designer. */
export const SuspectedDvt: Story = { name: 'Suspected DVT' };
