import type { StorybookConfig } from '@storybook/react-vite';
import vueApp from '../docs/embedding/examples/vue/vite.config.ts';

// The root Storybook renders React: the designer's parts, the docs pages and
// their runnable examples (React, Vue, a plain HTML page, Angular's bindings).
// The elements have their own Storybook (web components renderer) in
// packages/elements/.storybook, composed here as a ref: one renderer per Storybook.
const config: StorybookConfig = {
  framework: { name: '@storybook/react-vite', options: {} },
  stories: [
    '../docs/storybook/**/*.mdx',
    '../docs/storybook/**/*.stories.@(ts|tsx)',
    '../packages/designer/src/**/*.stories.@(ts|tsx)',
  ],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  // What the example HTML pages load, at the paths a portal would serve them from.
  staticDirs: [
    { from: '../docs/embedding/examples/html', to: '/examples' },
    { from: '../pathways', to: '/pathways' },
    // Built by scripts/build-storybook.mjs (and scripts/storybook.mjs): careway.js and careway-scoped.js.
    { from: '../.cache/storybook/vendor', to: '/vendor' },
  ],
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
    // The Vue example is a real single-file component, compiled with the Vue guide's own Vite config.
    plugins: [...(viteConfig.plugins ?? []), ...(vueApp.plugins ?? [])],
    resolve: {
      ...viteConfig.resolve,
      conditions: ['@careway/source', 'module', 'browser', 'development|production'],
    },
    logLevel: 'warn',
    build: {
      ...viteConfig.build,
      chunkSizeWarningLimit: 4096,
      rolldownOptions: {
        ...viteConfig.build?.rolldownOptions,
        // @xyflow/react's "use client" means nothing outside a React server framework.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  }),
};

export default config;
