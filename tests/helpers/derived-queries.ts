/**
 * Search terms for browser tests, taken from content/glossary and the open
 * data instead of written down, so the tests hold for any corpus: the glossary
 * names readers search for, where the open data says they occur.
 */
import { editions, glossaryEntries, type GlossaryEntry } from './content.ts';
import { containerAddresses, openParagraphs, openRecords } from './open-data.ts';
import { foldText, textContains } from './oracle-text.ts';

export interface NameUse {
  name: string;
  entry: GlossaryEntry;
  /** Addresses of the paragraphs holding the name, by source slug. */
  bySource: Map<string, string[]>;
}

const containers = containerAddresses();
const paragraphs = openParagraphs()
  .filter((paragraph) => !containers.has(paragraph.address))
  .map((paragraph) => ({ ...paragraph, folded: foldText(paragraph.text) }));
const entries = glossaryEntries();

/** Every Han glossary name or alias of three characters or more, with where it occurs; most paragraphs first. */
export const NAME_USES: NameUse[] = entries
  .flatMap((entry) =>
    [entry.name, ...entry.aliases].map((name) => ({ name: foldText(name), entry })),
  )
  .filter(({ name }) => /^\p{Script=Han}{3,}$/u.test(name))
  .map(({ name, entry }) => {
    const bySource = new Map<string, string[]>();
    for (const paragraph of paragraphs)
      if (paragraph.folded.includes(name))
        bySource.set(paragraph.source, [
          ...(bySource.get(paragraph.source) ?? []),
          paragraph.address,
        ]);
    return { name, entry, bySource };
  })
  .filter((use) => use.bySource.size > 0)
  .sort((a, b) => count(b) - count(a) || (a.name < b.name ? -1 : 1));

function count(use: NameUse): number {
  return [...use.bySource.values()].reduce((sum, addresses) => sum + addresses.length, 0);
}

/** The name in the most paragraphs, and the source holding it most often. */
export const FREQUENT = NAME_USES[0] && {
  ...NAME_USES[0],
  source: [...NAME_USES[0].bySource].sort((a, b) => b[1].length - a[1].length)[0]![0],
};

/** Another frequent name, of another entity. */
export const OTHER = NAME_USES.find((use) => FREQUENT && use.entry.id !== FREQUENT.entry.id);

const yearOf = new Map(
  editions().map((edition) => [edition.slug, (edition.fields['date'] ?? '').slice(0, 4)]),
);

/**
 * A name found in several sources, and a year in which exactly one of them was
 * published; in few enough paragraphs (40, the search page's first page) that
 * every source shows at once.
 */
export const SPREAD = NAME_USES.flatMap((use) => {
  if (use.bySource.size < 2 || count(use) > 40) return [];
  const years = [...use.bySource.keys()].map((slug) => yearOf.get(slug)!);
  const single = [...use.bySource.keys()].find(
    (slug) => years.filter((year) => year === yearOf.get(slug)).length === 1,
  );
  return single ? [{ ...use, year: yearOf.get(single)!, source: single }] : [];
})[0];

/** A place with an English name whose Chinese name no other entity's form contains (so a filter or search for it is unambiguous). */
export const PLACE = entries.find(
  (entry) =>
    entry.type === 'place' &&
    entry.nameEn !== undefined &&
    /^\p{Script=Han}{3,}$/u.test(entry.name) &&
    NAME_USES.some((use) => use.entry.id === entry.id) &&
    !entries.some(
      (other) =>
        other.id !== entry.id &&
        [other.name, ...other.aliases].some((form) => form.includes(entry.name)),
    ),
);

/** A number with its unit (个, 万, 亿, 家, 项…) that the open data holds, for full-width input tests. */
export const NUMBER = paragraphs.flatMap(
  (paragraph) => /(?<![\d.])\d{3,}[个万亿家项所条]/u.exec(paragraph.folded)?.[0] ?? [],
)[0];

const records = openRecords();
const holding = (name: string) => records.filter((record) => textContains(record.text, name));

/** Names of an entity that no other entity uses as a name or alias: a search for one should put its entity first. */
export const OWN_NAMES = NAME_USES.filter(
  (use) =>
    foldText(use.entry.name) === use.name &&
    !entries.some(
      (other) =>
        other.id !== use.entry.id &&
        [other.name, ...other.aliases].some((form) => foldText(form) === use.name),
    ),
);

/** Two names, neither inside the other. */
const distinct = (a: NameUse, b: NameUse) =>
  a.entry.id !== b.entry.id && !a.name.includes(b.name) && !b.name.includes(a.name);

/** Two names that some paragraph holds together. */
export const TOGETHER = NAME_USES.flatMap((a) =>
  NAME_USES.filter((b) => distinct(a, b)).map((b) => [a.name, b.name] as const),
).find(([a, b]) =>
  paragraphs.some((paragraph) => paragraph.folded.includes(a) && paragraph.folded.includes(b)),
);

/** Two names that no record holds together, but some source holds both (in different places). */
export const APART = NAME_USES.flatMap((a) =>
  NAME_USES.filter((b) => distinct(a, b)).map((b) => [a.name, b.name] as const),
).find(([a, b]) => {
  const withA = holding(a);
  const withB = holding(b);
  return (
    !withA.some((record) => withB.includes(record)) &&
    withA.some((record) => withB.some((other) => other.source === record.source))
  );
});

/** Three Han characters that one note holds and nothing else a reader can search in the sources does. */
export const NOTE_ONLY = records
  .filter((record) => record.kind === 'note')
  .flatMap((note) => {
    const characters = [...foldText(note.text)];
    return characters.flatMap((_, at) => {
      const word = characters.slice(at, at + 3).join('');
      return /^\p{Script=Han}{3}$/u.test(word) ? [{ word, note }] : [];
    });
  })
  .find(({ word }) => {
    const found = holding(word);
    return found.length === 1 && found[0]!.kind === 'note';
  });
