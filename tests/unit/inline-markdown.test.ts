import { describe, expect, test } from 'vitest';
import { inlineMarkdown } from '../../src/lib/inline-markdown.ts';

describe('inline Markdown of translated notes', () => {
  test.each([
    ['Plain text & <tags>', 'Plain text &amp; &lt;tags&gt;'],
    [
      'See [the same-day report](/en/sources/a/#p12).',
      'See <a href="/en/sources/a/#p12">the same-day report</a>.',
    ],
    [
      'A **bold** and an *emphasised* word',
      'A <strong>bold</strong> and an <em>emphasised</em> word',
    ],
    ['[a](javascript:alert(1)) stays text', '[a](javascript:alert(1)) stays text'],
    [
      '[“quoted”](https://example.org/x?a=1&b=2)',
      '<a href="https://example.org/x?a=1&amp;b=2">“quoted”</a>',
    ],
  ])('%s', (markdown, html) => {
    expect(inlineMarkdown(markdown)).toBe(html);
  });

  test('link targets can be mapped (a base path)', () => {
    expect(inlineMarkdown('[x](/en/glossary/y/)', (target) => `/qas${target}`)).toBe(
      '<a href="/qas/en/glossary/y/">x</a>',
    );
  });
});
