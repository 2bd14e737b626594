// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { contentChecks } from './src/integrations/content-checks.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { rehypePlugins, remarkPlugins } from './src/plugins/index.ts';
import { CONTENT_PATHS } from './src/lib/content-paths.ts';

export default defineConfig({
  // The public address, for canonical links and citations; override with SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  // Separate caches let tests build fixture sites without touching the main site's cache.
  cacheDir: process.env.QAS_CACHE_DIR ?? './node_modules/.astro',
  build: { format: 'directory' },
  markdown: {
    processor: unified({
      remarkPlugins: remarkPlugins({ checks: true }),
      // The dev server only warns about paragraph addresses; builds stop on them.
      rehypePlugins: rehypePlugins({ strict: !process.argv.includes('dev'), translations: true }),
      // SmartyPants would rewrite quotes and dashes: our texts keep the printed punctuation.
      smartypants: false,
    }),
    syntaxHighlight: 'shiki',
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' } },
  },
  integrations: [contentChecks(CONTENT_PATHS), mdx(), searchIndex(CONTENT_PATHS)],
  devToolbar: { enabled: false },
});
