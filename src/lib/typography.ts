/**
 * Typographic normalisations of the reading text: changes of glyph, never of
 * wording, made edition-wide and recorded character by character so that the
 * "as printed" reading still shows what the original prints (content/README.md,
 * "Typographic normalisations"):
 *
 * 1. A private-use character (U+E000–U+F8FF), left by a symbol font in the
 *    original document, becomes the symbol it stands for (PRIVATE_USE_SYMBOLS).
 *    One with no known meaning is a problem the editor must resolve.
 * 2. Half-width punctuation in Chinese text becomes full-width: `,;:?!` next
 *    to a Chinese character, and a `(`…`)` pair that holds or touches one
 *    ("系统,电机" → "系统，电机", "中国(山东)" → "中国（山东）"). Numbers keep their
 *    separators (1,296; 34.8:65.2) and Latin text its punctuation.
 */

/**
 * What each private-use character of the originals stands for. U+F075 is the
 * letter u of the Wingdings symbol font, a black diamond: the plan's 专栏
 * boxes open each item with it (Word keeps symbol-font characters at
 * U+F000 + their code when text is copied out).
 */
export const PRIVATE_USE_SYMBOLS: Readonly<Record<string, string>> = {
  '\uF075': '◆',
};

/** Half-width punctuation and its full-width form. */
const FULL_WIDTH: Readonly<Record<string, string>> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '?': '？',
  '!': '！',
  '(': '（',
  ')': '）',
};

/** One character of the text as printed and what the reading text shows instead. */
export interface Normalisation {
  /** Offset in the text (UTF-16 code units; every character concerned is one unit). */
  index: number;
  printed: string;
  normal: string;
}

const PRIVATE_USE = /[\uE000-\uF8FF]/u;
/** Chinese text: Han characters, CJK and full-width punctuation, Chinese quotation marks. */
const CHINESE = /[\p{Script=Han}\u3000-\u303F\uFF00-\uFFEF“”‘’—…·]/u;

function chinese(character: string | undefined): boolean {
  return character !== undefined && CHINESE.test(character);
}

/** Is the character a private-use code point (a glyph of a symbol font)? */
export function isPrivateUse(character: string): boolean {
  return PRIVATE_USE.test(character);
}

/**
 * The normalisations of a text, in order. Private-use characters without a
 * known symbol are left out: `unknownPrivateUse` reports them.
 */
export function normalisations(text: string): Normalisation[] {
  const found: Normalisation[] = [];
  // The text as the earlier rules leave it: punctuation is judged by its normalised neighbours.
  const characters = text.split('');
  const open: number[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index]!;
    const symbol = PRIVATE_USE_SYMBOLS[character];
    if (symbol !== undefined) {
      found.push({ index, printed: character, normal: symbol });
      characters[index] = symbol;
    } else if (character === '(') open.push(index);
    else if (character === ')') {
      const start = open.pop();
      if (start === undefined) continue;
      const touches =
        chinese(text[start - 1]) ||
        chinese(text[index + 1]) ||
        [...text.slice(start + 1, index)].some((inner) => chinese(inner));
      if (!touches) continue;
      for (const at of [start, index]) {
        found.push({ index: at, printed: text[at]!, normal: FULL_WIDTH[text[at]!]! });
        characters[at] = FULL_WIDTH[text[at]!]!;
      }
    }
  }
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index]!;
    const full = character === '(' || character === ')' ? undefined : FULL_WIDTH[character];
    if (full !== undefined && (chinese(characters[index - 1]) || chinese(characters[index + 1])))
      found.push({ index, printed: character, normal: full });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Private-use characters with no entry in PRIVATE_USE_SYMBOLS, with their offsets. */
export function unknownPrivateUse(text: string): { index: number; codePoint: string }[] {
  const unknown: { index: number; codePoint: string }[] = [];
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index]!;
    if (isPrivateUse(character) && PRIVATE_USE_SYMBOLS[character] === undefined)
      unknown.push({
        index,
        codePoint: `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
      });
  }
  return unknown;
}

/** The text with every normalisation applied. */
export function normaliseTypography(text: string): string {
  const characters = text.split('');
  for (const { index, normal } of normalisations(text)) characters[index] = normal;
  return characters.join('');
}
