/**
 * Names an editor may add to the glossary's list of names that are not
 * entities (NAMES_FILE in ./glossary.ts): places where an entity's name starts
 * a longer name, such as 青岛 in 青岛理工大学. Chinese has no word boundaries,
 * so no rule can decide what is a name; this one finds likely names for a
 * person to confirm. A glossary name followed, without punctuation and within
 * a few characters, by a word that ends names (大学, 公司, 中心: the rules'
 * suffixes) is a likely name, unless a word that does not occur inside a name
 * (的, 建设: the rules' breaks) comes first. Places already covered by an
 * exclusion, and names that are entities, are not suggested.
 */
import { formsOf, withinContext, type Entity, type NameRules } from './glossary.ts';

export interface NameSuggestion {
  /** The likely name, e.g. 青岛理工大学. */
  name: string;
  /** The entity whose name it holds. */
  entity: string;
  /** How often it occurs in the text. */
  count: number;
}

/** How far after an entity's name a suffix may end the longer name, in characters. */
const LONGEST_TAIL = 12;
const PUNCTUATION = /[\s\p{P}\p{S}]/u;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** The likely names in a text that hold an entity's name, most frequent first. */
export function suggestNamesNotEntities(
  text: string,
  entities: readonly Entity[],
  rules: NameRules,
): NameSuggestion[] {
  if (rules.suffixes.length === 0) return [];
  const entityOf = new Map(
    entities.flatMap((entity) => formsOf(entity).map((form) => [form, entity] as const)),
  );
  const forms = [...entityOf.keys()].sort((a, b) => b.length - a.length);
  if (forms.length === 0) return [];
  const pattern = new RegExp(forms.map(escapeRegExp).join('|'), 'gu');
  const found = new Map<string, NameSuggestion>();
  for (const match of text.matchAll(pattern)) {
    const entity = entityOf.get(match[0])!;
    const start = match.index;
    const end = start + match[0].length;
    if (withinContext(text, start, end, entity.exclude)) continue;
    const tail = likelyNameTail(text.slice(end, end + LONGEST_TAIL), rules);
    if (tail === undefined) continue;
    const name = match[0] + tail;
    if (entityOf.has(name)) continue;
    const known = found.get(name);
    if (known) known.count += 1;
    else found.set(name, { name, entity: entity.id, count: 1 });
  }
  return [...found.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

/** The rest of a likely name after an entity's name: up to the first suffix, if no break or punctuation comes first. */
function likelyNameTail(after: string, rules: NameRules): string | undefined {
  for (let length = 1; length <= after.length; length += 1) {
    const tail = after.slice(0, length);
    if (PUNCTUATION.test(tail.at(-1)!)) return undefined;
    if (rules.breaks.some((word) => tail.endsWith(word))) return undefined;
    if (rules.suffixes.some((suffix) => tail.endsWith(suffix))) return tail;
  }
  return undefined;
}
