// @ts-check
import { defineConfig } from 'astro/config';
import commonGround from './src/integration/index.ts';

export default defineConfig({
  site: process.env.COMMON_GROUND_SITE ?? 'https://common-ground.example.ca',
  // Addresses are cited in council minutes: one canonical form, always with the slash.
  trailingSlash: 'always',
  build: {
    format: 'directory',
    // Astro renders one route at a time by default, and waits for each file to be written
    // before it starts the next: at 1,000 policies its thread sat idle for 35 s of a 143 s
    // build. Four at a time keep it busy (docs/bench); the search index still gets the pages
    // in a fixed order (src/search/build/render-and-index.ts).
    concurrency: 4,
  },
  // Tests build several fixture registries side by side; each needs its own cache.
  cacheDir: process.env.COMMON_GROUND_CACHE ?? './node_modules/.astro',
  // Astro's own Markdown (none here: policy texts are rendered by src/text/) would colour
  // code with style attributes, which the Content-Security-Policy below refuses.
  markdown: { syntaxHighlight: false },
  security: {
    // Every page carries a Content-Security-Policy: scripts and styles only from the site
    // itself or with the hash Astro computes for each inline one, and nothing from another
    // origin. It is the second line of defence behind the content check's refusal of code
    // in MDX (src/check/rules/mdx-safety.ts).
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
  experimental: {
    contentIntellisense: true,
    // A page whose data and code are unchanged since the last build is restored from the
    // cache folder instead of rendered: each page's `cacheKey` is a digest of what it shows
    // (src/registry/page-keys.ts), so one new decision re-renders only the pages it touches.
    incrementalBuild: true,
  },
  vite: {
    // Benchmarks and tests write whole built registries inside the project (a 10,000-policy
    // bench leaves 100,000 files): `astro dev` must not try to watch them.
    server: { watch: { ignored: ['**/bench/.output/**', '**/tests/.output/**'] } },
  },
  integrations: [
    commonGround({
      // The sample registry's guidelines and endorsements are invented: say so on every
      // page. Set this to false for a real registry.
      sampleNotice: process.env.COMMON_GROUND_SAMPLE_NOTICE !== 'false',
      // Tests page a small registry's list to see a national one's pages.
      ...(process.env.COMMON_GROUND_POLICIES_PER_PAGE && {
        policiesPerPage: Number(process.env.COMMON_GROUND_POLICIES_PER_PAGE),
      }),
    }),
    // No MDX integration: policy texts are data, parsed and rendered by src/text/, never
    // compiled into JavaScript modules.
  ],
});
