import { pinyin } from 'pinyin-pro';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchBrowser, openPage } from '../helpers/browser.ts';
import {
  APART,
  FREQUENT,
  NAME_USES,
  NOTE_ONLY,
  NUMBER,
  OTHER,
  OWN_NAMES,
  PLACE,
  SPREAD,
  TOGETHER,
} from '../helpers/derived-queries.ts';
import { lacks } from '../helpers/content.ts';
import { openParagraphs, openRecords } from '../helpers/open-data.ts';
import { foldText, textContains } from '../helpers/oracle-text.ts';

const site = inject('siteUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

const settled = () => {
  const status = document.querySelector('#search-status')?.textContent ?? '';
  return status !== '' && status !== '正在检索…';
};

/** The glossary name in the most paragraphs, another one, and a name found in several sources (see derived-queries.ts). */
const QUERY = FREQUENT?.name ?? '';
const QUERY2 = OTHER?.name ?? '';
/** Traditional characters of a phrase the texts hold in simplified form, written by hand. */
const TRADITIONAL = { traditional: '科技成果轉化', simplified: '科技成果转化' };
const HAS_SIMPLIFIED = openParagraphs().some((paragraph) =>
  foldText(paragraph.text).includes(TRADITIONAL.simplified),
);
const fullWidth = (text: string) =>
  text.replace(/[0-9A-Za-z]/gu, (character) =>
    String.fromCharCode(character.charCodeAt(0) + 0xfee0),
  );

describe.skipIf(
  lacks(FREQUENT && OTHER, 'content/glossary has fewer than two names the open data holds'),
)('the search page', () => {
  test('a search for a frequent name lists its hits by source, each landing on a paragraph with the name marked', async () => {
    const { page, problems } = await openPage(browser);
    await page.goto(`${site}/search/?q=${encodeURIComponent(QUERY)}`);
    await page.waitForFunction(settled);
    const source = `/sources/${FREQUENT!.source}/`;
    const group = page.locator('.hit-group', { has: page.locator(`h2 a[href="${source}"]`) });
    const hits = group.locator('.hit-link');
    const expected = FREQUENT!.bySource.get(FREQUENT!.source)!.length;
    // The first page of results holds up to 40 hits over all sources: some of this source's, none that the open data does not hold.
    expect(await hits.count()).toBeGreaterThan(0);
    expect(await hits.count()).toBeLessThanOrEqual(expected);
    expect(await hits.first().locator('mark').first().textContent()).toBe(QUERY);
    // The search borrows the Han index's language only while Pagefind starts (see engine.ts).
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    await hits.nth(Math.min(2, (await hits.count()) - 1)).click();
    await page.waitForURL((url) => url.pathname === source && /^#p\d+/u.test(url.hash));
    const id = new URL(page.url()).hash.slice(1);
    expect(await page.locator(`[id="${id}"] mark.search-hit`).first().textContent()).toBe(QUERY);
    // The address keeps no trace of the search, so links copied or cited from here do not either.
    expect(new URL(page.url()).searchParams.has('hl')).toBe(false);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('the query is in the URL and the back button returns to the previous search', async () => {
    const { page } = await openPage(browser);
    await page.goto(`${site}/search/?q=${encodeURIComponent(QUERY2)}`);
    await page.waitForFunction(settled);
    await page.fill('#search-input', QUERY);
    await page.press('#search-input', 'Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === QUERY);
    await page.goBack();
    await page.waitForFunction(
      (query) => (document.querySelector('#search-status')?.textContent ?? '').includes(query),
      QUERY2,
    );
    expect(await page.inputValue('#search-input')).toBe(QUERY2);
    await page.context().close();
  });

  test.skipIf(lacks(SPREAD, 'no glossary name occurs in sources of different years'))(
    'filters narrow the results',
    async () => {
      const { page } = await openPage(browser);
      await page.goto(`${site}/search/?q=${encodeURIComponent(SPREAD!.name)}`);
      await page.waitForFunction(settled);
      const groups = () =>
        page.locator('#search-results > .hit-groups .hit-group:has(.hit-passage)').count();
      expect(await groups()).toBe(SPREAD!.bySource.size);
      await page.locator(`#search-filters input[name="年份"][value="${SPREAD!.year}"]`).check();
      await page.waitForURL((url) => url.searchParams.getAll('f').includes(`年份:${SPREAD!.year}`));
      await page.waitForFunction(settled);
      await expect.poll(groups).toBe(1);
      expect(
        await page.locator('.hit-group:has(.hit-passage) h2 a').first().getAttribute('href'),
      ).toBe(`/sources/${SPREAD!.source}/`);
      await page.context().close();
    },
  );

  test.skipIf(lacks(HAS_SIMPLIFIED, `the open data does not hold ${TRADITIONAL.simplified}`))(
    'a traditional-character query finds the simplified text',
    async () => {
      const { traditional, simplified } = TRADITIONAL;
      const { page } = await openPage(browser);
      await page.goto(`${site}/search/?q=${encodeURIComponent(traditional)}`);
      await page.waitForFunction(settled);
      expect(await page.locator('#search-status').textContent()).toMatch(
        new RegExp(
          `^${simplified}：\\d+ 篇文献.*（已将繁体“${traditional}”转为简体“${simplified}”）`,
          'u',
        ),
      );
      expect(await page.locator('.hit mark').first().textContent()).toBe(simplified);
      await page.context().close();
    },
  );

  test.skipIf(lacks(NUMBER, 'the open data holds no number with a unit'))(
    'full-width letters and digits, extra spaces and punctuation do not break a query',
    async () => {
      const { page } = await openPage(browser);
      await page.goto(`${site}/search/?q=${encodeURIComponent(`  ${fullWidth(NUMBER!)} `)}`);
      await page.waitForFunction(settled);
      expect(await page.locator('#search-status').textContent()).toMatch(
        new RegExp(`^${NUMBER}：\\d+ 篇文献`, 'u'),
      );
      await page.context().close();
    },
  );

  const syllables = PLACE ? pinyin(PLACE.name, { toneType: 'none', type: 'array' }) : [];
  test
    .skipIf(
      lacks(
        PLACE,
        'no place in content/glossary has an English name and an unambiguous Chinese name',
      ),
    )
    .each([
      syllables.join(''),
      syllables.map((syllable) => syllable[0]).join(''),
      PLACE?.nameEn ?? '',
    ])(`the pinyin or English query %s finds the entity page of ${PLACE?.name}`, async (query) => {
    const { page } = await openPage(browser);
    await page.goto(`${site}/search/?q=${encodeURIComponent(query)}`);
    await page.waitForFunction(settled);
    expect(await page.locator(`.hit-entity a[href="/glossary/${PLACE!.id}/"]`).count()).toBe(1);
    await page.context().close();
  });

  test('an index that fails to load gives a clear message, not a blank box', async () => {
    const { page } = await openPage(browser);
    await page.route('**/pagefind/**', (route) => route.abort());
    await page.goto(`${site}/search/?q=${encodeURIComponent(QUERY)}`);
    await page.waitForFunction(settled);
    expect(await page.locator('#search-status').textContent()).toBe(
      '检索索引未能加载，请检查网络连接后重试。',
    );
    await page.context().close();
  });

  test('a search loads no filter index before its first results', async () => {
    const { page, problems } = await openPage(browser);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${site}/search/?q=${encodeURIComponent(QUERY)}`);
    await page.locator('.hit-link').first().waitFor();
    const beforeResults = [...requested];
    expect(beforeResults.some((path) => path.includes('/pagefind'))).toBe(true);
    expect(beforeResults.filter((path) => /\/pagefind[^/]*\/filter\//u.test(path))).toEqual([]);
    await page.waitForFunction(settled);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('a hit link keeps its focus while later results arrive, or gives it to its group', async () => {
    const { page, problems } = await openPage(browser);
    // Section texts asked for once results are on the page (the later batches) wait until released.
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let held = 0;
    await page.route('**/search-text/**', async (route) => {
      if (await page.evaluate(() => document.querySelector('.hit-link') !== null)) {
        held += 1;
        await released;
      }
      await route.continue();
    });
    await page.goto(`${site}/search/?q=${encodeURIComponent(QUERY)}`);
    const link = page.locator('.hit-link').last();
    await link.waitFor();
    await expect.poll(() => held).toBeGreaterThan(0);
    /** The focused element's href and its result group (a source's slug, or "entities"). */
    const place = () =>
      page.evaluate(() => {
        const node = document.activeElement;
        const group = node?.closest('.hit-group');
        return {
          href: node?.getAttribute('href') ?? null,
          group: group ? (group.getAttribute('data-source') ?? 'entities') : null,
        };
      });
    await link.focus();
    const before = await place();
    release();
    await page.waitForFunction(settled);
    const after = await place();
    expect(after.group).toBe(before.group);
    // Still shown (not pushed into its group's "more"): the very same link.
    if ((await page.locator(`.hit-link[href="${before.href}"]`).count()) > 0)
      expect(after.href).toBe(before.href);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  test('nothing of search loads until a search starts', async () => {
    const { page } = await openPage(browser);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${site}/sources/${FREQUENT!.source}/`);
    await page.waitForLoadState('networkidle');
    expect(
      requested.filter(
        (path) =>
          path.startsWith('/pagefind') ||
          path.startsWith('/search-text/') ||
          path.includes('search-dialog') ||
          path.includes('engine'),
      ),
    ).toEqual([]);
    await page.keyboard.press('/');
    await expect.poll(() => requested.some((path) => path.includes('search-dialog'))).toBe(true);
    await page.context().close();
  });
});

describe.skipIf(lacks(FREQUENT, 'no glossary name occurs in the open data'))(
  'the search dialog',
  () => {
    test('opens with / and Ctrl-K, moves through results with arrow keys, closes with Esc', async () => {
      const { page, problems } = await openPage(browser);
      await page.goto(`${site}/`);
      await page.keyboard.press('/');
      const dialog = page.locator('#search-dialog');
      await expect.poll(() => dialog.isVisible()).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-dialog-input');
      await page.keyboard.type(QUERY);
      // On a busy machine a search may start after each character: the keys move through the whole query's results.
      await expect.poll(() => dialog.locator('.search-status').textContent()).toContain(QUERY);
      await expect.poll(() => dialog.locator('.hit-link').count()).toBeGreaterThan(1);
      await page.keyboard.press('ArrowDown');
      const first = await page.evaluate(() => document.activeElement?.getAttribute('href'));
      expect(first).toMatch(/^\/(sources|glossary)\//u);
      await page.keyboard.press('ArrowDown');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).not.toBe(
        first,
      );
      await page.keyboard.press('ArrowUp');
      expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(first);
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.isVisible()).toBe(false);
      await page.keyboard.press('Control+k');
      await expect.poll(() => dialog.isVisible()).toBe(true);
      await page.keyboard.press('Escape');
      expect(problems).toEqual([]);
      await page.context().close();
    });
  },
);

describe.skipIf(lacks(SPREAD, 'no glossary name occurs in sources of different years'))(
  'sorting by date',
  () => {
    test('the newest sources come first when sorted by date, and the order is in the URL', async () => {
      const { page } = await openPage(browser);
      await page.goto(`${site}/search/?q=${encodeURIComponent(SPREAD?.name ?? '')}&sort=date-desc`);
      await page.waitForFunction(settled);
      expect(await page.inputValue('#search-order')).toBe('date-desc');
      const years = await page
        .locator('#search-results > .hit-groups .hit-group[data-source] h2 .hit-count')
        .allTextContents();
      const order = years.map((text) => Number(text.slice(0, 4)));
      expect(order.length).toBeGreaterThan(1);
      expect(order).toEqual([...order].sort((a, b) => b - a));
      await page.selectOption('#search-order', 'date-asc');
      await page.waitForURL(/sort=date-asc/u);
      await page.waitForFunction(settled);
      const ascending = (
        await page
          .locator('#search-results > .hit-groups .hit-group[data-source] h2 .hit-count')
          .allTextContents()
      ).map((text) => Number(text.slice(0, 4)));
      expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
      await page.context().close();
    });
  },
);

describe.skipIf(lacks(FREQUENT, 'no glossary name occurs in the open data'))(
  'layout stability',
  () => {
    test('results and filters arriving move nothing already on the page', async () => {
      const { page } = await openPage(browser);
      await page.addInitScript(() => {
        (window as unknown as { shift: number }).shift = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & {
            value: number;
            hadRecentInput: boolean;
          })[])
            if (!entry.hadRecentInput)
              (window as unknown as { shift: number }).shift += entry.value;
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`${site}/search/?q=${encodeURIComponent(QUERY)}`);
      await page.waitForFunction(settled);
      await page.waitForFunction(
        () => document.querySelectorAll('#search-filters fieldset').length > 0,
      );
      expect(
        await page.evaluate(() => (window as unknown as { shift: number }).shift),
      ).toBeLessThan(0.05);
      await page.context().close();
    });
  },
);

/** Occurrences of a name in a text, as the tests fold text. */
const occurrences = (text: string, name: string) => foldText(text).split(name).length - 1;

describe.skipIf(lacks(NAME_USES.length, 'no glossary name occurs in the open data'))(
  'what a reader sees after a search',
  () => {
    const TEN = [...new Map(NAME_USES.map((use) => [use.name, use])).values()].slice(0, 10);
    const paragraphText = new Map(
      openParagraphs().map((paragraph) => [paragraph.address, paragraph.text]),
    );

    test.each(TEN.map((use) => [use.name, [...use.bySource.values()][0]!.at(-1)!] as const))(
      'landing from a search for %s marks every occurrence of it in the paragraph, and nothing else',
      async (name, address) => {
        const { page, problems } = await openPage(browser);
        const [path, id] = address.split('#') as [string, string];
        await page.goto(`${site}${path}?hl=${encodeURIComponent(name)}#${id}`);
        const marks = await page
          .locator(`[id="${id}"] mark.search-hit`)
          .evaluateAll((nodes) => nodes.map((node) => node.textContent ?? ''));
        expect(marks.map(foldText)).toEqual(
          Array.from({ length: occurrences(paragraphText.get(address)!, name) }, () => name),
        );
        expect(new URL(page.url()).searchParams.has('hl')).toBe(false);
        expect(problems).toEqual([]);
        await page.context().close();
      },
    );

    const own = [...new Map(OWN_NAMES.map((use) => [use.name, use])).values()].slice(0, 6);
    test.each(own.map((use) => [use.name, use.entry.id] as const))(
      'a search for %s puts its own glossary entry first, and shows no more than three entries',
      async (name, id) => {
        const { page } = await openPage(browser);
        await page.goto(`${site}/search/?q=${encodeURIComponent(name)}`);
        await page.waitForFunction(settled);
        expect(await page.locator('.hit-entity .hit-link').first().getAttribute('href')).toBe(
          `/glossary/${id}/`,
        );
        expect(await page.locator('.hit-entity').count()).toBeLessThanOrEqual(3);
        await page.context().close();
      },
    );

    test.skipIf(lacks(TOGETHER, 'no two glossary names share a paragraph'))(
      'two words find the paragraphs holding both, each with both marked',
      async () => {
        const [a, b] = TOGETHER!;
        const { page } = await openPage(browser);
        await page.goto(`${site}/search/?q=${encodeURIComponent(`${a} ${b}`)}`);
        await page.waitForFunction(settled);
        expect(await page.locator('#search-status').textContent()).toMatch(
          new RegExp(`^${a} ${b}：\\d+ 篇文献`, 'u'),
        );
        const hits = await page
          .locator('#search-results .hit-groups .hit-passage .hit-text')
          .allTextContents();
        expect(hits.length).toBeGreaterThan(0);
        for (const hit of hits) {
          // An excerpt may cut one word off; the paragraph behind it holds both.
          expect(textContains(hit, a) || textContains(hit, b), hit).toBe(true);
        }
        const links = await page
          .locator('#search-results .hit-groups .hit-passage .hit-link')
          .evaluateAll((nodes) => nodes.map((node) => new URL((node as HTMLAnchorElement).href)));
        for (const link of links) {
          const text = paragraphText.get(`${link.pathname}${link.hash}`)!;
          expect(textContains(text, a) && textContains(text, b), `${link}`).toBe(true);
        }
        await page.context().close();
      },
    );

    test.skipIf(lacks(APART, 'no two names share a source but no record'))(
      'two words that no paragraph holds together: one sentence says so, then the sources holding both',
      async () => {
        const [a, b] = APART!;
        const sources = new Set(
          openRecords()
            .filter((record) => textContains(record.text, a))
            .map((record) => record.source)
            .filter((source) =>
              openRecords().some(
                (record) => record.source === source && textContains(record.text, b),
              ),
            ),
        );
        const { page } = await openPage(browser);
        await page.goto(`${site}/search/?q=${encodeURIComponent(`${a} ${b}`)}`);
        await page.waitForFunction(settled);
        expect(await page.locator('#search-status').textContent()).toBe(
          `没有段落同时含“${a}”“${b}”；${sources.size} 篇文献在不同段落中含有全部这些词。`,
        );
        const shown = await page
          .locator('#search-results .hit-group[data-source]')
          .evaluateAll((groups) => groups.map((group) => (group as HTMLElement).dataset['source']));
        expect(new Set(shown)).toEqual(sources);
        // Characters scattered apart are offered, never mixed in.
        expect(await page.locator('.hit-scattered').count()).toBe(0);
        await page.context().close();
      },
    );

    test.skipIf(lacks(NOTE_ONLY, 'no words are found only in a note'))(
      'words found only in a note find the note, and its link lands on the note with the words marked',
      async () => {
        const { word, note } = NOTE_ONLY!;
        const { page, problems } = await openPage(browser);
        await page.goto(`${site}/search/?q=${encodeURIComponent(word)}`);
        await page.waitForFunction(settled);
        const link = page.locator('.hit-note .hit-link');
        expect(await link.count()).toBe(1);
        expect(new URL((await link.getAttribute('href'))!, site).hash).toBe(
          `#${note.address.split('#')[1]}`,
        );
        await link.click();
        await page.waitForURL((url) => url.hash === `#${note.address.split('#')[1]}`);
        const id = note.address.split('#')[1]!;
        expect(await page.locator(`[id="${id}"] mark.search-hit`).first().textContent()).toBe(word);
        expect(await page.locator(`[id="${id}"]`).isVisible()).toBe(true);
        expect(problems).toEqual([]);
        await page.context().close();
      },
    );

    test.skipIf(lacks(PLACE, 'no place has an English name'))(
      'an English or pinyin query that finds an entity leads in one click to the texts that mention it',
      async () => {
        const { page } = await openPage(browser);
        await page.goto(`${site}/search/?q=${encodeURIComponent(PLACE!.nameEn!)}`);
        await page.waitForFunction(settled);
        const card = page.locator('.hit-entity', {
          has: page.locator(`a[href="/glossary/${PLACE!.id}/"]`),
        });
        await card.locator('.hit-mentions').click();
        await page.waitForURL((url) => url.pathname === '/search/');
        await page.waitForFunction(settled);
        const links = await page
          .locator('#search-results .hit-groups .hit-passage .hit-link')
          .evaluateAll((nodes) => nodes.map((node) => new URL((node as HTMLAnchorElement).href)));
        expect(links.length).toBeGreaterThan(0);
        const forms = [PLACE!.name, ...PLACE!.aliases];
        for (const link of links)
          expect(
            forms.some((form) =>
              textContains(paragraphText.get(`${link.pathname}${link.hash}`)!, form),
            ),
          ).toBe(true);
        await page.context().close();
      },
    );

    test("filter counts count this query's hits, and every filter offered keeps some", async () => {
      const { page } = await openPage(browser);
      await page.goto(`${site}/search/?q=${encodeURIComponent(QUERY)}`);
      await page.waitForFunction(settled);
      await page.waitForFunction(() => document.querySelectorAll('#search-filters input').length);
      const years = await page
        .locator('#search-filters input[name="年份"]')
        .evaluateAll((boxes) =>
          boxes.map((box) => [
            (box as HTMLInputElement).value,
            Number(/\d+/u.exec(box.parentElement!.textContent!.split(' ').at(-1)!)![0]),
          ]),
        );
      for (const [year, count] of years as [string, number][]) {
        expect(count).toBeGreaterThan(0);
        await page.goto(
          `${site}/search/?q=${encodeURIComponent(QUERY)}&f=${encodeURIComponent(`年份:${year}`)}`,
        );
        await page.waitForFunction(settled);
        const shown = await page.evaluate(() =>
          [...document.querySelectorAll('#search-results .hit-group[data-source] .hit-count')]
            .map((node) => Number(/· (\d+) 处/u.exec(node.textContent ?? '')![1]))
            .reduce((sum, value) => sum + value, 0),
        );
        expect(shown, year).toBe(count);
      }
      expect(years.length).toBeGreaterThan(0);
      await page.context().close();
    });
  },
);

describe.skipIf(lacks(FREQUENT, 'no glossary name occurs in the open data'))(
  'the search dialog, while its code loads',
  () => {
    test('every character typed right after / is kept, and one Esc closes the dialog', async () => {
      const { page, problems } = await openPage(browser);
      // The dialog's code arrives late, as on a slow connection.
      await page.route('**/search-dialog*', async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 800));
        await route.continue();
      });
      await page.goto(`${site}/`);
      await page.keyboard.press('/');
      await page.keyboard.type(QUERY);
      expect(await page.inputValue('#search-dialog-input')).toBe(QUERY);
      await expect.poll(() => page.locator('#search-dialog .hit-link').count()).toBeGreaterThan(0);
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('#search-dialog').isVisible()).toBe(false);
      expect(problems).toEqual([]);
      await page.context().close();
    });
  },
);

/** The sources of the built site, from content/sources. */
const SLUGS = [...new Set(openParagraphs().map((paragraph) => paragraph.source))].sort();

describe('passage links', () => {
  test.each(SLUGS)(
    'on %s, a link to any selected passage finds that passage first on the page',
    async (slug) => {
      const { page, problems } = await openPage(browser, {
        viewport: { width: 1280, height: 900 },
      });
      await page.goto(`${site}/sources/${slug}/`);
      const failures = await page.evaluate(async () => {
        // A seeded generator (mulberry32), so the selections are the same on every run.
        let state = 11;
        const next = () => {
          state = (state + 0x6d2b79f5) >>> 0;
          let t = state;
          t = Math.imul(t ^ (t >>> 15), t | 1);
          t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
          return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
        };
        const blocks = [...document.querySelectorAll<HTMLElement>('.prose p[id]')].filter(
          (block) => (block.textContent ?? '').length > 90,
        );
        const button = document.querySelector<HTMLButtonElement>('.passage-link')!;
        const wrong: string[] = [];
        const MARK = '\uE000';
        for (let round = 0; round < 40 && blocks.length > 0; round += 1) {
          const block = blocks[Math.floor(next() * blocks.length)]!;
          const texts: Text[] = [];
          const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode())
            if (!node.parentElement?.closest('[data-pagefind-ignore]')) texts.push(node as Text);
          const longest = texts.sort((a, b) => b.data.length - a.data.length)[0];
          if (!longest || longest.data.length < 30) continue;
          const length = Math.min(longest.data.length, 25 + Math.floor(next() * 56));
          const from = Math.floor(next() * (longest.data.length - length + 1));
          const range = document.createRange();
          range.setStart(longest, from);
          range.setEnd(longest, from + length);
          const selection = document.getSelection()!;
          selection.removeAllRanges();
          selection.addRange(range);
          await new Promise((resolve) => setTimeout(resolve, 0));
          button.click();
          const href = button.dataset['href'] ?? '';
          const directive = href.split(':~:text=')[1] ?? '';
          if (directive === '') {
            // No quote finds the selection first: the link must name the paragraph that holds it.
            const id = new URL(href).hash.slice(1).split(':~:')[0] ?? '';
            if (!document.getElementById(id)?.contains(longest))
              wrong.push(`「${range.toString().trim()}」 → #${id}, which does not hold it`);
            continue;
          }
          // The oracle: the page's rendered text (innerText), the selection marked in it.
          const selected = range.toString().trim();
          longest.insertData(from + length, MARK);
          longest.insertData(from, MARK);
          const marked = document.body.innerText;
          longest.deleteData(from, 1);
          longest.deleteData(from + length, 1);
          const start =
            marked.indexOf(MARK) + (range.toString().length - range.toString().trimStart().length);
          const page = marked.replaceAll(MARK, '');
          // Terms: [prefix-,]start[,end][,-suffix].
          const terms = directive.split(',');
          const prefix = terms[0]!.endsWith('-') ? terms.shift()!.slice(0, -1) : '';
          const suffix = terms.at(-1)!.startsWith('-') ? terms.pop()!.slice(1) : '';
          const [first, last] = terms.map(decodeURIComponent) as [string, string | undefined];
          const before = decodeURIComponent(prefix);
          const after = decodeURIComponent(suffix);
          // As browsers match a directive: white space (a line break between blocks, in the
          // rendered text) may stand between a prefix and the start, and between the end and a suffix.
          /** The first place, from `from`, where `term` follows `lead` with only white space between. */
          const follows = (lead: string, term: string, from: number): number => {
            for (
              let found = page.indexOf(term, from);
              found !== -1;
              found = page.indexOf(term, found + 1)
            ) {
              const before = page.slice(0, found).trimEnd();
              if (before.endsWith(lead)) return found;
            }
            return -1;
          };
          /** The first place, from `from`, where `term` is followed by `trail` with only white space between. */
          const precedes = (term: string, trail: string, from: number): number => {
            for (
              let found = page.indexOf(term, from);
              found !== -1;
              found = page.indexOf(term, found + 1)
            ) {
              if (
                page
                  .slice(found + term.length)
                  .trimStart()
                  .startsWith(trail)
              )
                return found;
            }
            return -1;
          };
          const at = follows(before, first, 0);
          const tail = last ? precedes(last, after, at + first.length) : -1;
          const stop = last ? (tail === -1 ? -1 : tail + last.length) : at + first.length;
          if (at !== start || page.slice(at, stop) !== selected)
            wrong.push(
              `「${selected}」 → ${decodeURIComponent(directive)} lands on 「${page.slice(at, stop)}」`,
            );
        }
        return wrong;
      });
      expect(failures).toEqual([]);
      expect(problems).toEqual([]);
      await page.context().close();
    },
  );
});
