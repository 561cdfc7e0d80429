import type { Preview } from '@storybook/react-vite';

const preview: Preview = {
  parameters: {
    controls: { expanded: true },
    a11y: { test: 'error' },
    options: {
      storySort: {
        order: [
          'Embedding',
          [
            'Getting started',
            'Plain HTML',
            'React',
            'Angular',
            'Vue',
            'Patient context',
            'Handling careway-complete',
            'Theming',
            'Drafts',
            'Versions side by side',
          ],
          'Reference',
          ['Events and properties', 'Pathway format', 'Expression language'],
          'Authoring',
          ['Designer guide', 'What the analysis checks', 'Clinical safety', 'Accessibility statement'],
          'Designer',
          'Examples',
        ],
      },
    },
  },
  tags: ['autodocs'],
};

export default preview;
