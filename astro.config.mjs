// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import commonGround from './src/integration/index.ts';

export default defineConfig({
  site: process.env.COMMON_GROUND_SITE ?? 'https://common-ground.example.ca',
  // Addresses are cited in council minutes: one canonical form, always with the slash.
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Tests build several fixture registries side by side; each needs its own cache.
  cacheDir: process.env.COMMON_GROUND_CACHE ?? './node_modules/.astro',
  integrations: [
    commonGround({
      // The sample registry's guidelines and endorsements are invented: say so on every
      // page. Set this to false for a real registry.
      sampleNotice: process.env.COMMON_GROUND_SAMPLE_NOTICE !== 'false',
    }),
    mdx(),
  ],
});
