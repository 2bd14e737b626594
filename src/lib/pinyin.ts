/**
 * Pinyin of Chinese names, computed at build time (never typed by hand), so
 * that `zhangcunhe`, `zhang cun he` and `zch` all find 张村河.
 */
import { pinyin } from 'pinyin-pro';

export interface PinyinForms {
  /** Syllables without tones, space-separated: `zhang cun he`. */
  syllables: string;
  /** Syllables joined: `zhangcunhe`. */
  joined: string;
  /** First letters: `zch`. */
  initials: string;
  /** With tone marks, for display: `zhāng cūn hé`. */
  marked: string;
}

/** Pinyin forms of a name; non-Han characters (digits, Latin) pass through lower-cased. */
export function pinyinForms(name: string): PinyinForms {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive' })
    .map((syllable) => syllable.toLowerCase().replace(/[^a-z0-9]/gu, ''))
    .filter((syllable) => syllable.length > 0);
  const marked = pinyin(name, { toneType: 'symbol', nonZh: 'consecutive' });
  return {
    syllables: syllables.join(' '),
    joined: syllables.join(''),
    initials: syllables.map((syllable) => syllable[0]).join(''),
    marked,
  };
}

/** A sort key by pinyin, for ordering names the way Chinese readers expect. */
export function pinyinSortKey(name: string): string {
  return pinyinForms(name).syllables;
}
