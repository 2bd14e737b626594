/**
 * Synthetic corpora for the scale benchmark: N sources made by recombining
 * paragraphs of the real originals (so glossary mentions, Chinese text and
 * its statistics are real; each paragraph splices two real ones, its digits
 * redrawn), each with its own original text, checksum and edition, so the
 * whole pipeline (checks, linking, addresses, search) runs.
 */
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CONTENT_PATHS } from '../../src/lib/content-paths.ts';
import { editionBlocks, parseEdition } from '../../src/lib/edition-text.ts';
import { escapeMdxText } from '../../src/lib/importer/index.ts';
import { seededRandom } from '../../src/lib/random.ts';

export interface SyntheticCorpus {
  sourcesDir: string;
  originalsDir: string;
  anchorsDir: string;
  characters: number;
  /** Each source's paragraphs as generated: the oracle for recall. */
  texts: { slug: string; paragraphs: string[] }[];
}

/** Paragraphs of the real editions as printed: real text, free of markup. */
function realParagraphs(): string[] {
  return readdirSync(CONTENT_PATHS.sourcesDir)
    .filter((name) => name.endsWith('.mdx'))
    .flatMap((name) =>
      editionBlocks(
        parseEdition(readFileSync(join(CONTENT_PATHS.sourcesDir, name), 'utf8')).tree,
        'printed',
      ).map((block) => block.text.replace(/\s+/gu, ' ').trim()),
    )
    .filter((text) => [...text].length >= 20);
}

export function generateCorpus(
  count: number,
  { paragraphsPerSource = 60, seed = 1 } = {},
): SyntheticCorpus {
  const root = mkdtempSync(join(tmpdir(), `qas-corpus-${count}-`));
  const corpus = {
    sourcesDir: join(root, 'sources'),
    originalsDir: join(root, 'originals'),
    anchorsDir: join(root, 'anchors'),
    characters: 0,
    texts: [] as { slug: string; paragraphs: string[] }[],
  };
  // The real editions come along: the real glossary links to their paragraphs.
  cpSync(CONTENT_PATHS.sourcesDir, corpus.sourcesDir, { recursive: true });
  cpSync(CONTENT_PATHS.originalsDir, corpus.originalsDir, { recursive: true });
  cpSync(CONTENT_PATHS.ledgerDir, corpus.anchorsDir, { recursive: true });
  const pool = realParagraphs().map((text) => [...text]);
  const next = seededRandom(seed);
  const pick = () => pool[Math.floor(next() * pool.length)]!;
  const digit = () => String(Math.floor(next() * 10));
  // A paragraph is the head of one real paragraph and the tail of another, its
  // numbers redrawn digit by digit: real Chinese text, but not the same few
  // hundred paragraphs repeated, so a corpus of thousands still has
  // substrings and numbers that few paragraphs hold (what recall is measured on).
  const paragraph = () => {
    const [head, tail] = [pick(), pick()];
    const cut = (characters: string[]) => Math.floor(characters.length * (0.3 + next() * 0.4));
    const text = [...head.slice(0, cut(head)), ...tail.slice(cut(tail))].join('');
    return text.replace(/\d/gu, digit);
  };
  for (let index = 1; index <= count; index += 1) {
    const id = String(index).padStart(5, '0');
    const paragraphs = Array.from({ length: paragraphsPerSource }, paragraph);
    corpus.texts.push({ slug: `synthetic-${id}`, paragraphs });
    const original = `合成文献 ${id}\n\n${paragraphs.join('\n\n')}\n`;
    const file = `synthetic-${id}.txt`;
    writeFileSync(join(corpus.originalsDir, file), original);
    corpus.characters += [...original].length;
    const sha256 = createHash('sha256').update(original).digest('hex');
    const year = 2020 + (index % 6);
    const frontmatter = [
      '---',
      `title: "合成文献 ${id}"`,
      'publisher: "基准测试"',
      `date: "${year}-0${1 + (index % 9)}-1${index % 9}"`,
      `type: "${['report', 'plan', 'interview', 'press-conference', 'hearing-transcript'][index % 5]}"`,
      'medium: "newspaper"',
      'region: "青岛市"',
      // Synthetic: no notes, a short introduction; the annotation checks apply to annotated editions.
      'stage: "draft"',
      'introduction:',
      '  zh: "由本站文献段落随机重组而成的合成文献，仅供性能测试。"',
      '  en: "A synthetic source recombined from real paragraphs, for the scale benchmark only."',
      'summary:',
      '  zh: "合成文献，仅供性能测试。"',
      '  en: "Synthetic source for benchmarking."',
      'original:',
      `  file: "${file}"`,
      `  sha256: "${sha256}"`,
      '---',
    ].join('\n');
    const body = [`## 合成文献 ${id}`, ...paragraphs.map(escapeMdxText)].join('\n\n');
    writeFileSync(join(corpus.sourcesDir, `synthetic-${id}.mdx`), `${frontmatter}\n\n${body}\n`);
  }
  return corpus;
}
