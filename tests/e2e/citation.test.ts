import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openPage } from '../helpers/browser.ts';
import { editions, lacks, ledgerOf } from '../helpers/content.ts';

const site = inject('siteUrl');
/** A signed newspaper article of one piece: its citation is checked against its own frontmatter. */
const ARTICLE = editions().find(
  (edition) =>
    edition.fields['medium'] === 'newspaper' && edition.authors.length > 0 && !edition.hasArticles,
);
const REPORT = `/sources/${ARTICLE?.slug}/`;
const { title = '', publisher = '', date = '' } = ARTICLE?.fields ?? {};
/** The third paragraph address of its ledger. */
const PARAGRAPH = ledgerOf(ARTICLE?.slug ?? '')?.anchors[2]?.id ?? 'p3';
const LABEL = PARAGRAPH.slice(1);
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/gu, '\\$&');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe.skipIf(lacks(ARTICLE, 'no single signed newspaper article in content/sources'))(
  'citing a source',
  () => {
    test('the page carries citation_* and Open Graph metadata from the frontmatter', async () => {
      const { page } = await openPage(browser);
      await page.goto(`${site}${REPORT}`);
      const meta = (name: string) =>
        page
          .locator(`meta[name="${name}"], meta[property="${name}"]`)
          .first()
          .getAttribute('content');
      expect(await meta('citation_title')).toBe(title);
      expect(await meta('citation_author')).toBe(ARTICLE!.authors[0]);
      expect(await meta('citation_date')).toBe(date.replaceAll('-', '/'));
      expect(await meta('og:title')).toBe(title);
      expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toMatch(
        new RegExp(`${escape(REPORT)}$`, 'u'),
      );
      await page.context().close();
    });

    test('the cite panel opens by keyboard, cites the paragraph in the address, and copies', async () => {
      const { page, problems } = await openPage(browser, {
        permissions: ['clipboard-read', 'clipboard-write'],
      });
      await page.goto(`${site}${REPORT}#${PARAGRAPH}`);
      await page.locator('.cite-panel summary').focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('#cite-scope').inputValue()).toBe(PARAGRAPH);
      const gbt = page.locator('.citation[data-format="gbt7714"] .citation-body');
      const gbtPattern = `^${escape(ARTICLE!.authors.join(', '))}\\. ${escape(title)}.*\\[N/OL\\]\\. ${escape(publisher)}, ${date}\\(第 ${LABEL} 段\\)\\[\\d{4}-\\d{2}-\\d{2}\\]\\. http.*#${PARAGRAPH}\\.$`;
      await expect.poll(() => gbt.textContent()).toMatch(new RegExp(gbtPattern, 'u'));
      expect(
        await page.locator('.citation[data-format="bibtex"] .citation-body pre.astro-code').count(),
      ).toBe(1);
      expect(
        await page.locator('.citation[data-format="bibtex"] .citation-body').textContent(),
      ).toContain(`note = {第 ${LABEL} 段}`);
      await page.locator('.citation[data-format="ris"] .copy-citation').click();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(
        new RegExp(
          `^TY {2}- NEWS\\nAU {2}- ${escape(ARTICLE!.authors[0]!)}\\n[\\s\\S]*N1 {2}- 第 ${LABEL} 段\\nER {2}-$`,
          'u',
        ),
      );
      await page.selectOption('#cite-scope', '');
      await expect.poll(() => gbt.textContent()).not.toContain(`第 ${LABEL} 段`);
      expect(problems).toEqual([]);
      await page.context().close();
    });
  },
);
