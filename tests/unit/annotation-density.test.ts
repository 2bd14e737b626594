/**
 * Annotation gates, read from content/ with the test's own few lines (no
 * pipeline code): enough notes for the length of each original, every note
 * resting on evidence, and an introduction in both languages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { editions, ORIGINALS_DIR } from '../helpers/content.ts';

interface NoteFound {
  line: number;
  basis: string | undefined;
  /** Does the note link a paragraph of a source other than `slug`? */
  linksOther: (slug: string) => boolean;
}

/** Every <Note …>…</Note> of an edition, with its basis and the sources its <CrossRef>s point to. */
function notesOf(mdx: string): NoteFound[] {
  return [...mdx.matchAll(/<Note\b([^>]*)>([\s\S]*?)<\/Note>/gu)].map((match) => {
    const targets = [...match[2]!.matchAll(/<CrossRef\s+to="([^"#]*)#/gu)].map(
      (target) => target[1],
    );
    return {
      line: mdx.slice(0, match.index).split('\n').length,
      basis: /\bbasis="([^"]*)"/u.exec(match[1]!)?.[1],
      linksOther: (slug: string) => targets.some((target) => target !== slug),
    };
  });
}

describe('annotations: density and support', () => {
  // A draft (`stage: "draft"`, just started with new-source) waits for its notes and introduction.
  const all = editions()
    .filter((edition) => edition.fields['stage'] !== 'draft')
    .map((edition) => ({
      ...edition,
      // The original's characters, spaces aside: at least as many as the edition's reading text holds.
      characters: edition.originalFile
        ? [...readFileSync(join(ORIGINALS_DIR, edition.originalFile), 'utf8').replace(/\s+/gu, '')]
            .length
        : 0,
      found: notesOf(edition.mdx),
    }));

  test.each(all)('$slug: every <Note> is read whole', ({ notes, found }) => {
    expect(found).toHaveLength(notes);
  });

  test.each(all)(
    '$slug has at least one note per 1,000 characters of its original',
    ({ slug, notes, characters }) => {
      console.log(
        `${slug}: ${notes} notes for ${characters} characters (${((notes * 1000) / characters).toFixed(2)} per 1,000)`,
      );
      expect(characters).toBeGreaterThan(0);
      expect(notes).toBeGreaterThanOrEqual(Math.ceil(characters / 1000));
    },
  );

  /** The bases content/README.md documents, from its table of them. */
  const documented = [
    ...readFileSync(join(import.meta.dirname, '../../content/README.md'), 'utf8').matchAll(
      /^\| `([a-z-]+)` \|/gmu,
    ),
  ].map((match) => match[1]);

  test('content/README.md documents the bases a note may rest on', () => {
    expect(documented.length).toBeGreaterThan(1);
  });

  test.each(all)(
    '$slug: every note says what it rests on, in the documented vocabulary; a note resting on another source links it',
    ({ slug, found }) => {
      const unsupported = found.filter((note) => {
        const bases = (note.basis ?? '').split(/\s+/u).filter(Boolean);
        return (
          bases.length === 0 ||
          bases.some((basis) => !documented.includes(basis)) ||
          (bases.includes('corpus') && !note.linksOther(slug))
        );
      });
      expect(unsupported.map((note) => `line ${note.line}: basis="${note.basis ?? ''}"`)).toEqual(
        [],
      );
    },
  );

  test.each(all)('$slug has an introduction in Chinese and English', ({ mdx }) => {
    const introduction = /^introduction:\n {2}zh: "(.*)"\n {2}en: "(.*)"$/mu.exec(mdx);
    expect(introduction?.[1]?.length).toBeGreaterThan(40);
    expect(introduction?.[2]?.length).toBeGreaterThan(80);
  });
});
