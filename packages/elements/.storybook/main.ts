import type { StorybookConfig } from '@storybook/web-components-vite';

// The elements' Storybook: Lit templates need the web components renderer.
// Controls and docs come from the Custom Elements Manifest (custom-elements.json).
const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../src/**/*.stories.@(ts|js)'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: async (viteConfig) => ({
    ...viteConfig,
    resolve: {
      ...viteConfig.resolve,
      conditions: ['@careway/source', 'module', 'browser', 'development|production'],
    },
    logLevel: 'warn',
    build: { ...viteConfig.build, chunkSizeWarningLimit: 4096 },
  }),
};

export default config;
