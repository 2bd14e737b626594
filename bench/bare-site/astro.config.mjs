// @ts-check
/**
 * The baseline of the CPU-ratio benchmark (bench/lib/cpu-ratio.ts): Astro and
 * @astrojs/mdx rendering the site's editions, one page each, and nothing else —
 * no remark or rehype plugins, integrations, layout, glossary or search index.
 *
 * The baseline is @astrojs/mdx with Astro's defaults, that is the default
 * Markdown processor (Sätteri), not `unified()` from @astrojs/markdown-remark
 * as the site uses. The question the ratio answers is what the whole site
 * costs over the cheapest way Astro can render the same MDX, and moving to
 * unified is part of that cost: the site needs it to run its own plugins.
 * BENCH_BARE_PROCESSOR=unified builds the baseline with `unified()` and no
 * plugins instead, to tell the processor's share from the plugins' share.
 */
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';

export default defineConfig({
  ...(process.env.BENCH_BARE_PROCESSOR === 'unified'
    ? { markdown: { processor: unified({ smartypants: false }) } }
    : {}),
  // The benchmark gives every build a fresh cache, as it does for the site.
  cacheDir: process.env.QAS_CACHE_DIR ?? './node_modules/.astro',
  integrations: [mdx()],
  devToolbar: { enabled: false },
});
