/**
 * The trigram directory, built by the real section builder and read by the
 * browser's own lookup (its files served to it from memory): every section
 * that holds a phrase of three Han characters or more is found by the
 * phrase's trigrams (judged by the tests' oracle, not the search code), and a
 * section that holds the phrase's bigrams apart is not.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { trigramDirectory } from '../../src/lib/search-layout.ts';
import { sourceRecords, type SearchSection } from '../../src/lib/search-records.ts';
import { TrigramDirectory } from '../../src/lib/search-trigrams.ts';
import { hanTrigrams } from '../../src/lib/search-text.ts';
import { sectionsHolding } from '../../src/scripts/search/trigram-directory.ts';
import { textContains } from '../helpers/oracle-text.ts';

/** Filler passages: enough to make a source of several sections. */
const filler = (count: number, seed: string) =>
  Array.from({ length: count }, (_, index) => `${seed}第${index + 1}段，推进城市更新和产业升级。`);

/** Sources whose texts hold 建共文 and its bigrams, together and apart, across sections. */
const sources: { slug: string; passages: string[] }[] = [
  {
    slug: 'apart',
    passages: [...filler(3, '甲'), '坚持共建共享，发展共文化事业。', ...filler(50, '乙')],
  },
  { slug: 'together', passages: [...filler(45, '丙'), '推进“建共”文明，院士港建设。'] },
  { slug: 'short', passages: ['张村河两岸建共文体设施，崂山区院士港。'] },
];

function sectionsOf(slug: string, passages: readonly string[]): SearchSection[] {
  return sourceRecords(
    { slug, title: `${slug}标题`, date: '2021-01-01', publisher: '某报', typeLabel: '报道' },
    passages.map((text, index) => ({ id: `p${index + 1}`, label: String(index + 1), text })),
  );
}

/** Every substring of the texts of three Han characters or more, as a reader might copy it. */
function phrases(): string[] {
  const found = new Set<string>();
  for (const { passages } of sources)
    for (const text of passages) {
      const characters = [...text];
      for (let start = 0; start < characters.length; start += 1)
        for (let end = start + 3; end <= characters.length; end += 1) {
          const phrase = characters.slice(start, end).join('');
          if (hanTrigrams(phrase).length > 0) found.add(phrase);
        }
    }
  return [...found];
}

describe('the trigram directory', () => {
  const sections = sources.map(({ slug, passages }) => sectionsOf(slug, passages));
  const files = new Map<string, unknown>();

  beforeEach(() => {
    const directory = new TrigramDirectory();
    for (const list of sections)
      directory.addSource(
        list[0]!.text.source,
        list.map((s) => s.text),
      );
    // Small buckets, so that a lookup spans several of them.
    const { manifest, buckets } = directory.files(10);
    const dir = trigramDirectory(1);
    files.set(`${dir}zh.json`, manifest);
    buckets.forEach((bucket, index) => files.set(`${dir}zh-${index}.json`, bucket));
    vi.stubGlobal('fetch', async (url: string) =>
      files.has(url)
        ? new Response(JSON.stringify(files.get(url)))
        : new Response('', { status: 404 }),
    );
    expect(buckets.length).toBeGreaterThan(3);
    expect(sections[0]!.length).toBeGreaterThan(1);
  });
  afterEach(() => vi.unstubAllGlobals());

  test('finds every section that holds a phrase, by its trigrams', async () => {
    const all = sections.flat();
    const wrong: string[] = [];
    for (const phrase of phrases()) {
      const expected = all
        .filter((section) => section.text.entries.some((entry) => textContains(entry.text, phrase)))
        .map((section) => section.record.url);
      const found = new Set(await sectionsHolding(hanTrigrams(phrase), 'zh', 1));
      for (const url of expected) if (!found.has(url)) wrong.push(`${phrase}: ${url}`);
    }
    expect(wrong).toEqual([]);
  });

  test('does not find a section holding the bigrams apart', async () => {
    const found = await sectionsHolding(hanTrigrams('建共文'), 'zh', 1);
    const holding = (slug: string) =>
      sections
        .flat()
        .filter(
          (section) =>
            section.text.source === slug &&
            section.text.entries.some((entry) => textContains(entry.text, '建共文')),
        )
        .map((section) => section.record.url);
    expect(holding('apart')).toEqual([]);
    expect(found.sort()).toEqual([...holding('together'), ...holding('short')].sort());
    expect(found).toHaveLength(2);
  });
});
