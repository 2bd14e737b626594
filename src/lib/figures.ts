/**
 * The figures of a Chinese text and whether a translation keeps them: every
 * Arabic number of the Chinese must appear in the English. The stated rule
 * for written-out equivalents:
 * - thousands separators do not count (1,296 = 1296);
 * - X万 may be written as X × 10,000 in full (13.77万 → 137,700) and X亿 as
 *   X × 100,000,000 (3.5亿 → 350,000,000), or either in millions or billions
 *   (5000万 → 50 million; 12亿 → 1.2 billion);
 * - a number before 月 (month) may be written as the month's English name;
 * - a whole number up to twenty may be written as a word ("Fifteen Offensives");
 * - 多 and 余 ("more than") between a number and its unit do not change it.
 */
import { ENGLISH_MONTHS } from './sources.ts';

/** A figure of the Chinese text and the forms an English text may give it in. */
export interface Figure {
  /** As printed, e.g. `13.77万`. */
  printed: string;
  /** Accepted English forms, digits without separators (`137700`, `13.77`), or a month name. */
  forms: string[];
}

/** Whole numbers an English text may write as a word ("Fifteen Offensives" for 15个攻势). */
const NUMBER_WORDS: Readonly<Record<number, string>> = Object.fromEntries(
  [
    'zero',
    'one',
    'two',
    'three',
    'four',
    'five',
    'six',
    'seven',
    'eight',
    'nine',
    'ten',
    'eleven',
    'twelve',
    'thirteen',
    'fourteen',
    'fifteen',
    'sixteen',
    'seventeen',
    'eighteen',
    'nineteen',
    'twenty',
  ].map((word, number) => [number, word]),
);

/** `12.50` → `12.5`, `3.0` → `3`. */
function trimDecimal(text: string): string {
  return text.includes('.') ? text.replace(/0+$/u, '').replace(/\.$/u, '') : text;
}

/** `digits` × 10^`power`, exactly, as a decimal string (`13.77`, 4 → `137700`). */
function scale(digits: string, power: number): string {
  const [whole, fraction = ''] = digits.split('.');
  const shifted = `${whole}${fraction.padEnd(power, '0').slice(0, power)}`;
  const rest = fraction.slice(power);
  const integer = shifted.replace(/^0+(?=\d)/u, '');
  return trimDecimal(rest === '' ? integer : `${integer}.${rest}`);
}

/** Every Arabic number of a Chinese text, with the English forms the rule accepts. */
export function figuresOf(chinese: string): Figure[] {
  const figures: Figure[] = [];
  for (const match of chinese
    .normalize('NFKC')
    .matchAll(/(\d+(?:,\d{3})*(?:\.\d+)?)\s*(?:多|余)?\s*(万|亿|月)?/gu)) {
    const digits = match[1]!.replaceAll(',', '');
    const unit = match[2];
    const forms = [trimDecimal(digits)];
    const word = NUMBER_WORDS[Number(digits)];
    if (word && unit === undefined && !digits.includes('.')) forms.push(word);
    if (unit === '万' || unit === '亿') {
      const full = scale(digits, unit === '万' ? 4 : 8);
      forms.push(full, millions(full, 6), millions(full, 9));
    }
    if (unit === '月') {
      const month = ENGLISH_MONTHS[Number(digits) - 1];
      if (month) forms.push(month);
    }
    figures.push({ printed: match[0]!.trim(), forms: [...new Set(forms.filter(Boolean))] });
  }
  return figures;
}

/** `full` ÷ 10^`power` as a decimal string: 50000000, 6 → `50` (read "50 million"). */
function millions(full: string, power: number): string {
  const [whole, fraction = ''] = full.split('.');
  const padded = whole!.padStart(power + 1, '0');
  const integer = padded.slice(0, -power).replace(/^0+(?=\d)/u, '');
  return trimDecimal(`${integer}.${padded.slice(-power)}${fraction}`);
}

/** The numbers of an English text, separators removed, and its words: what `figuresOf`'s forms are looked up in. */
function englishTokens(english: string): Set<string> {
  const text = english.normalize('NFKC');
  const numbers = [...text.matchAll(/\d+(?:,\d{3})*(?:\.\d+)?/gu)].map((match) =>
    trimDecimal(match[0].replaceAll(',', '')),
  );
  const words = [...text.matchAll(/[A-Za-z]+/gu)].flatMap((match) => [
    match[0],
    match[0].toLowerCase(),
  ]);
  return new Set([...numbers, ...words]);
}

/** The figures of the Chinese that the English does not give in any accepted form. */
export function missingFigures(chinese: string, english: string): Figure[] {
  const found = englishTokens(english);
  return figuresOf(chinese).filter((figure) => !figure.forms.some((form) => found.has(form)));
}
