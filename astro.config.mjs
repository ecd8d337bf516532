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
  // Shiki colours code with style attributes, which the Content-Security-Policy below
  // refuses; a policy's rare code block reads as well in plain monospace.
  markdown: { syntaxHighlight: false },
  security: {
    // Every page carries a Content-Security-Policy: scripts and styles only from the site
    // itself or with the hash Astro computes for each inline one, and nothing from another
    // origin. It is the second line of defence behind the content check's refusal of code
    // in MDX (src/lib/check/rules/mdx-safety.ts).
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "media-src 'self'",
        "object-src 'none'",
        "frame-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind's search runs as WebAssembly, which a script-src without this cannot
      // compile; it lets no script in from anywhere.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
  // Frontmatter completion and errors in the Astro editor extension (.vscode/settings.json
  // turns it on there); YAML files get theirs from the JSON Schemas in schemas/.
  experimental: { contentIntellisense: true },
  vite: {
    // Benchmarks and tests write whole built registries inside the project (a 10,000-policy
    // bench leaves 100,000 files): `astro dev` must not try to watch them.
    server: { watch: { ignored: ['**/bench/.output/**', '**/tests/.output/**'] } },
    build: {
      rollupOptions: {
        // Astro marks each MDX module with a "use astro:head-inject" directive, and the bundler
        // warns about it, ten lines per text (withastro/astro#18087): 170,000 lines for a
        // national registry, burying any warning that matters. That one is not ours to fix.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject'))
            return;
          warn(warning);
        },
      },
    },
  },
  integrations: [
    commonGround({
      // The sample registry's guidelines and endorsements are invented: say so on every
      // page. Set this to false for a real registry.
      sampleNotice: process.env.COMMON_GROUND_SAMPLE_NOTICE !== 'false',
    }),
    // Static parts of a policy text compile to HTML strings instead of one JSX call per
    // element: the same pages, rendered about a quarter faster, with smaller modules in memory
    // (tens of thousands of texts at scale). The registry's components stay components.
    mdx({ optimize: true }),
  ],
});
