// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { contentChecks } from './src/integrations/content-checks.ts';
import { publishOriginals } from './src/integrations/publish-originals.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { siteAddressCheck } from './src/integrations/site-address-check.ts';
import { siteAddress } from './src/lib/site-address.ts';
import { rehypePlugins, remarkPlugins } from './src/plugins/index.ts';
import { BUILD_PATHS, CONTENT_PATHS } from './src/lib/content-paths.ts';

// The one setting for where the site is published: SITE_URL, the full address with its path
// (https://example.org/qas/). Astro's site and base both come from it (README, "Publish").
const address = siteAddress(process.env.SITE_URL);

export default defineConfig({
  site: address.site,
  base: address.base,
  trailingSlash: 'always',
  // Separate caches let tests build fixture sites without touching the main site's cache.
  cacheDir: BUILD_PATHS.cacheDir,
  build: { format: 'directory' },
  markdown: {
    processor: unified({
      remarkPlugins: remarkPlugins({ checks: true }),
      // The dev server only warns about paragraph addresses; builds stop on them.
      rehypePlugins: rehypePlugins({
        strict: !process.argv.includes('dev'),
        translations: true,
        base: address.base,
        editionStore: BUILD_PATHS.editionStoreDir,
      }),
      // SmartyPants would rewrite quotes and dashes: our texts keep the printed punctuation.
      smartypants: false,
    }),
    syntaxHighlight: 'shiki',
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' } },
  },
  integrations: [
    siteAddressCheck(address),
    contentChecks(CONTENT_PATHS),
    mdx(),
    searchIndex(CONTENT_PATHS),
    publishOriginals(CONTENT_PATHS),
  ],
  devToolbar: { enabled: false },
});
