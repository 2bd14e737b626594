/**
 * Debian's Chromium driven by playwright-core (Playwright cannot download its
 * own browsers here). Flags keep it off the network.
 */
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';

/** How long a page may take to load or an element to appear before a step fails. */
const SETTLE_MS = 120_000;

export const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A page that records console errors and failed requests, for tests to assert none happened. */
export async function openPage(
  browser: Browser,
  options: BrowserContextOptions = {},
): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext(options);
  // Playwright's 30 s defaults suit an idle machine; a busy one can take longer to load and settle a page.
  context.setDefaultTimeout(SETTLE_MS);
  context.setDefaultNavigationTimeout(SETTLE_MS);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => {
    // A request cancelled because the page navigated on is not a failure of the site.
    if (request.failure()?.errorText !== 'net::ERR_ABORTED')
      problems.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { page, problems };
}
