import type { StorybookConfig } from '@storybook/react-vite';

// The root Storybook renders React: the designer's parts and the docs pages.
// The elements have their own Storybook (web components renderer) in
// packages/elements/.storybook, composed here as a ref: one renderer per Storybook.
const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: ['../docs/storybook/**/*.mdx', '../packages/designer/src/**/*.stories.@(ts|tsx)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  typescript: { reactDocgen: 'react-docgen-typescript' },
  refs: (_config, { configType }) => ({
    elements: {
      title: 'Careway elements',
      url: configType === 'DEVELOPMENT' ? 'http://localhost:6007' : './lit',
      expanded: true,
    },
  }),
  viteFinal: async (viteConfig) => ({
    ...viteConfig,
    resolve: {
      ...viteConfig.resolve,
      conditions: ['@careway/source', 'module', 'browser', 'development|production'],
    },
  }),
};

export default config;
