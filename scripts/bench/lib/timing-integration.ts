import type { AstroIntegration } from 'astro';
import { buildTimings } from '../../../src/integration/build-timings.ts';

/**
 * The registry's build timings (src/integration/build-timings.ts) for the bare baseline site:
 * the same hooks and the same prerenderer wrapper, so both builds are timed alike. It only
 * measures; the baseline stays bare Astro and the MDX integration.
 */
export default function timingIntegration(): AstroIntegration {
  const timer = buildTimings();
  return {
    name: 'bench-timings',
    hooks: {
      'astro:config:setup': () => timer.mark('checked'),
      'astro:build:start': ({ setPrerenderer }) => {
        timer.mark('build start');
        setPrerenderer((prerenderer) => ({
          ...prerenderer,
          name: `${prerenderer.name}+timings`,
          async render(request, options) {
            const started = performance.now();
            const result = await prerenderer.render(request, options);
            timer.route(decodeURI(new URL(request.url).pathname), started);
            return result;
          },
        }));
      },
      'astro:build:generated': () => timer.mark('rendered'),
      'astro:build:done': ({ pages }) => timer.write(pages.length, 0),
    },
  };
}
