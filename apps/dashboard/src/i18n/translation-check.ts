/** Messages by id, as Angular's JSON translation files hold them. */
export type Messages = Readonly<Record<string, string>>;

/** A German text may equal the English one when it is one term (Marketing, Pipeline, NPS, {value} h) or only placeholders. */
const WORDS = /\p{L}{2,}/gu;
const PLACEHOLDERS = /\{\$?\w+\}/g;

function placeholdersOf(text: string): string[] {
  return [...new Set(text.match(PLACEHOLDERS) ?? [])].sort();
}

/**
 * Everything wrong between the source messages (extracted from the code) and one language's
 * translations: a text without translation, a translation of no text (an edited or removed id), a
 * translation whose placeholders differ, and an English sentence copied instead of translated
 * (`identicalAllowed` lists the ids whose text is rightly the same in both languages).
 */
export function translationProblems(
  source: Messages,
  translated: Messages,
  identicalAllowed: readonly string[] = [],
): string[] {
  const problems: string[] = [];
  for (const [id, text] of Object.entries(source)) {
    const translation = translated[id];
    if (translation === undefined) {
      problems.push(`missing translation of ${id}: "${text}"`);
      continue;
    }
    const expected = placeholdersOf(text).join(' ');
    const found = placeholdersOf(translation).join(' ');
    if (expected !== found) {
      problems.push(`${id}: placeholders "${found}" in the translation, "${expected}" in the source`);
    }
    const words = text.replace(PLACEHOLDERS, '').match(WORDS) ?? [];
    if (translation === text && words.length > 1 && !identicalAllowed.includes(id)) {
      problems.push(`${id}: not translated ("${text}")`);
    }
  }
  for (const id of Object.keys(translated)) {
    if (!(id in source)) {
      problems.push(`translation of an id the code does not use: ${id}`);
    }
  }
  return problems;
}
