import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { translationProblems, type Messages } from './translation-check';

const ROOT = join(__dirname, '..', '..', '..', '..');
const EXTRACTED = join(ROOT, 'dist', 'apps', 'dashboard-i18n', 'messages.json');
/** Ids whose German text is rightly the English one. */
const IDENTICAL_IN_GERMAN: readonly string[] = [];

interface TranslationFile {
  readonly locale: string;
  readonly translations: Messages;
}

function read(file: string): TranslationFile {
  return JSON.parse(readFileSync(file, 'utf8')) as TranslationFile;
}

/** Every German file beside the code: one per library that has texts. */
function germanFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      return entry.name === 'node_modules' ? [] : germanFiles(path);
    }
    return entry.name === 'messages.de.json' ? [relative(ROOT, path)] : [];
  });
}

describe('translationProblems', () => {
  const source = { 'a.title': 'Won volume', 'a.value': '{value} days', 'a.term': 'Pipeline' };

  it('accepts a complete translation', () => {
    expect(
      translationProblems(source, { 'a.title': 'Abschlussvolumen', 'a.value': '{value} Tage', 'a.term': 'Pipeline' }),
    ).toEqual([]);
  });

  it('names a missing translation, a stray one, changed placeholders and a copied sentence', () => {
    expect(translationProblems(source, { 'a.title': 'Won volume', 'a.value': '{wert} Tage', 'b.gone': 'Weg' })).toEqual(
      [
        'a.title: not translated ("Won volume")',
        'a.value: placeholders "{wert}" in the translation, "{value}" in the source',
        'missing translation of a.term: "Pipeline"',
        'translation of an id the code does not use: b.gone',
      ],
    );
  });

  it('accepts texts that are only placeholders and signs, the same in every language', () => {
    expect(translationProblems({ x: '{field}: {before} → {after}' }, { x: '{field}: {before} → {after}' })).toEqual([]);
  });

  it('accepts a copied sentence that is listed as the same in both languages', () => {
    expect(translationProblems({ x: 'Net promoter score' }, { x: 'Net promoter score' }, ['x'])).toEqual([]);
  });
});

describe('the German translation', () => {
  const config = JSON.parse(readFileSync(join(ROOT, 'apps', 'dashboard', 'project.json'), 'utf8')) as {
    i18n: { locales: { de: { translation: string[] } } };
  };
  const listed = config.i18n.locales.de.translation;

  it('is built from every German file beside the code, each listed once', () => {
    const found = [...germanFiles(join(ROOT, 'apps', 'dashboard')), ...germanFiles(join(ROOT, 'libs', 'dashboard'))];
    expect([...listed].sort()).toEqual(found.sort());
    expect(new Set(listed).size).toBe(listed.length);
  });

  it('translates every text of the dashboard, with the same placeholders, and nothing else', () => {
    if (!existsSync(EXTRACTED)) {
      throw new Error(
        `${EXTRACTED} is missing: run npx nx run dashboard:extract-i18n (npx nx test dashboard runs it first)`,
      );
    }
    const files = listed.map((file) => ({ file, content: read(join(ROOT, file)) }));
    const duplicates = files.flatMap(({ file, content }) =>
      Object.keys(content.translations)
        .filter((id) => files.some((other) => other.file !== file && id in other.content.translations))
        .map((id) => `${id} in ${file}`),
    );
    expect(duplicates).toEqual([]);
    expect(files.filter(({ content }) => content.locale !== 'de').map(({ file }) => file)).toEqual([]);
    const german = Object.assign({}, ...files.map(({ content }) => content.translations)) as Messages;
    expect(translationProblems(read(EXTRACTED).translations, german, IDENTICAL_IN_GERMAN)).toEqual([]);
  });
});
