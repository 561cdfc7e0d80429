import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, waitFor } from 'storybook/test';
import type { Pathway } from '../core.js';
import { DesignerPart } from '../story-harness.js';
import { smallPathway } from '../editor/test-fixtures.js';
import { TranslationsPanel } from './TranslationsPanel.js';

function partlyTranslated(): Pathway {
  return {
    ...smallPathway(),
    translations: {
      cy: {
        'pathway.title': 'Llwybr bach',
        'node.symptoms.title': 'Symptomau',
        'field.bleeding.label': 'Gwaedu o’r rectwm?',
        'field.removed.label': 'Cwestiwn a ddilëwyd',
      },
    },
  };
}

/**
 * The Welsh translations of a pathway: every text in English beside its
 * Welsh, a count, a filter for what is still untranslated, and the Welsh
 * texts left over from deleted items. Each finished edit is one command.
 */
const meta: Meta<typeof TranslationsPanel> = {
  title: 'Designer/Translations panel',
  component: TranslationsPanel,
  render: () => (
    <DesignerPart doc={partlyTranslated()} style={{ maxWidth: '60rem', background: '#fff' }}>
      {() => <TranslationsPanel />}
    </DesignerPart>
  ),
};
export default meta;

type Story = StoryObj<typeof TranslationsPanel>;

/** Three texts translated, one Welsh text whose question was deleted. */
export const PartlyTranslated: Story = {
  name: 'Partly translated',
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector('[role="status"]')?.textContent).toMatch(/^3 of/));
  },
};
