// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { pagefindIndex } from './src/integrations/pagefind.ts';

export default defineConfig({
  // The public address, for canonical links and citations; override with SITE_URL when deploying.
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    processor: unified({
      remarkPlugins: [remarkCjkFriendly],
      // SmartyPants would rewrite quotes and dashes: our texts keep the printed punctuation.
      smartypants: false,
    }),
    syntaxHighlight: 'shiki',
    shikiConfig: { themes: { light: 'github-light', dark: 'github-dark' } },
  },
  integrations: [mdx(), pagefindIndex()],
  devToolbar: { enabled: false },
});
