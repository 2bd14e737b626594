/**
 * Reading the search page's results as a reader gets them: shared by the
 * search tests and the benchmark's recall measure (bench/lib/recall.ts).
 */
import type { Page } from 'playwright-core';

/**
 * Wait until the search page has shown the results of its query: a status
 * other than "searching", and the results no longer busy. `timeout` in ms
 * (Playwright's default when not given; a large corpus needs more).
 */
export async function settleSearch(page: Page, timeout?: number): Promise<void> {
  await page.waitForFunction(
    () => {
      const status = document.querySelector('#search-status')?.textContent ?? '';
      return (
        status !== '' &&
        status !== '正在检索…' &&
        document.querySelector('#search-results')?.getAttribute('aria-busy') !== 'true'
      );
    },
    undefined,
    timeout === undefined ? {} : { timeout },
  );
}

/** Every passage link of the settled results, each source's "more" opened: addresses (/sources/x/#p3). */
export async function allPassageLinks(page: Page): Promise<string[]> {
  // Each button shows its group's other hits and goes.
  const more = page.locator('#search-results .hit-group .search-more');
  while ((await more.count()) > 0) await more.first().click();
  return page.locator('#search-results > .hit-groups .hit-passage .hit-link').evaluateAll((links) =>
    links.map((link) => {
      const url = new URL((link as HTMLAnchorElement).href);
      return `${url.pathname}${url.hash}`;
    }),
  );
}
