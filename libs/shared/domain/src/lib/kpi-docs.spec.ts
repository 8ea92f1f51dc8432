import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { KPI_CATALOGUE, KPI_CODES } from './kpi-catalogue';

/**
 * The user documentation in docs/ is the product's definition: the catalogue's texts (which the dashboard and the
 * API show) must be quoted there verbatim, its links must resolve in a fresh clone, and code comments must point
 * at it rather than at design inputs outside the repository.
 */
const ROOT = join(__dirname, '../../../../..');
const DOCS = join(ROOT, 'docs');
const KPIS_PAGE = join(DOCS, 'kpis.md');

/** Written in two parts so that this file does not name the outside spec itself. */
const OUTSIDE_SPEC = 'KPI' + '-SPEC';
/** A markdown file in the folder beside the repository (the spec and the design notes the product started from). */
const OUTSIDE_FILE = /\.\.\/shared\/[\w.-]+\.md/;

const SCANNED_FOLDERS = ['apps', 'libs', 'tools', 'docs'];
const SCANNED_EXTENSIONS = ['.ts', '.mjs', '.md', '.html'];
const SKIPPED_FOLDERS = new Set([
  'node_modules',
  'dist',
  'coverage',
  'generated',
  'test-output',
  'playwright-report',
  '.angular',
  '.nx',
]);

function read(path: string): string {
  return readFileSync(path, 'utf8');
}

/** Runs of whitespace as one space: prettier may wrap a quoted text. */
function normalized(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function sourceFiles(folder: string): string[] {
  if (!existsSync(folder)) {
    return [];
  }
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      return SKIPPED_FOLDERS.has(entry.name) ? [] : sourceFiles(path);
    }
    return entry.isFile() && SCANNED_EXTENSIONS.some((extension) => entry.name.endsWith(extension)) ? [path] : [];
  });
}

/** Fenced code blocks and inline code removed: what they hold is no link. */
function withoutCode(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
}

/** A heading's anchor as GitHub makes it: lower case, punctuation dropped, spaces as hyphens. */
function headingSlug(heading: string): string {
  const text = heading
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/[`*]/g, '');
  return text
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

const anchorCache = new Map<string, ReadonlySet<string>>();

/** Every anchor of a markdown file: explicit `<a id>`s and its headings' slugs (repeats numbered -1, -2, …). */
function anchorsOf(path: string): ReadonlySet<string> {
  const cached = anchorCache.get(path);
  if (cached) {
    return cached;
  }
  const markdown = read(path);
  const anchors = new Set<string>();
  for (const match of markdown.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) {
    anchors.add(match[1]);
  }
  const seen = new Map<string, number>();
  for (const match of withoutCode(markdown).matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const slug = headingSlug(match[1]);
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    anchors.add(count === 0 ? slug : `${slug}-${count}`);
  }
  anchorCache.set(path, anchors);
  return anchors;
}

/** The part of docs/kpis.md that belongs to `code`: from its anchor to the next KPI's anchor or `## ` heading. */
function kpiSection(markdown: string, code: string): string | undefined {
  const start = markdown.indexOf(`<a id="${code}"></a>`);
  if (start === -1) {
    return undefined;
  }
  const rest = markdown.slice(start + code.length);
  const ends = [rest.search(/\n## /), ...KPI_CODES.map((other) => rest.indexOf(`<a id="${other}"></a>`))].filter(
    (end) => end !== -1,
  );
  return rest.slice(0, ends.length === 0 ? undefined : Math.min(...ends));
}

function shown(path: string): string {
  return relative(ROOT, path).split(sep).join('/');
}

describe('docs/kpis.md and the KPI catalogue', () => {
  const markdown = read(KPIS_PAGE);

  it.each([...KPI_CODES])('%s has a section quoting its catalogue name, definition and sample size', (code) => {
    const definition = KPI_CATALOGUE.get(code);
    const section = kpiSection(markdown, code);
    expect(section).toBeDefined();
    const text = normalized(section ?? '');
    expect(text).toContain(normalized(`### ${code} — ${definition?.name}`));
    expect(text).toContain(normalized(`**Definition:** ${definition?.description}`));
    expect(text).toContain(normalized(`**Sample size:** ${definition?.sampleSizeOf}`));
    if (definition?.directionReason) {
      expect(text).toContain(normalized(definition.directionReason));
    }
  });
});

describe('links and references to the documentation', () => {
  const markdownPages = [join(ROOT, 'README.md'), ...sourceFiles(DOCS).filter((path) => path.endsWith('.md'))];

  it('finds the documentation pages', () => {
    expect(markdownPages.map(shown)).toEqual(
      expect.arrayContaining(['README.md', 'docs/README.md', 'docs/kpis.md', 'docs/import.md', 'docs/corridors.md']),
    );
  });

  it('resolves every relative link of README.md and docs/*.md to a file inside the repository and its anchor', () => {
    const broken: string[] = [];
    for (const page of markdownPages) {
      for (const match of withoutCode(read(page)).matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
        const target = match[1];
        if (/^[a-z][a-z0-9+.-]*:/i.test(target)) {
          continue;
        }
        const [file, anchor] = target.split('#');
        const path = file === '' ? page : resolve(dirname(page), decodeURI(file));
        if (relative(ROOT, path).startsWith('..') || !existsSync(path)) {
          broken.push(`${shown(page)}: ${target} (no such file in the repository)`);
        } else if (anchor !== undefined && (!path.endsWith('.md') || !anchorsOf(path).has(anchor))) {
          broken.push(`${shown(page)}: ${target} (no anchor '${anchor}' in ${shown(path)})`);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  const sources = [join(ROOT, 'README.md'), ...SCANNED_FOLDERS.flatMap((folder) => sourceFiles(join(ROOT, folder)))];

  it('leaves no reference to the design inputs outside the repository', () => {
    const outside = sources.flatMap((path) =>
      read(path)
        .split('\n')
        .flatMap((line, index) =>
          line.includes(OUTSIDE_SPEC) || OUTSIDE_FILE.test(line) ? [`${shown(path)}:${index + 1}: ${line.trim()}`] : [],
        ),
    );
    expect(outside).toEqual([]);
  });

  it('resolves every docs/<page>.md#<anchor> named in code, comments and markdown', () => {
    const unresolved: string[] = [];
    for (const path of sources) {
      const lines = read(path).split('\n');
      lines.forEach((line, index) => {
        // `docs/corridors.md#bands, #basis` names two anchors of one page.
        for (const match of line.matchAll(/\bdocs\/([\w-]+\.md)((?:#[\w-]+)?(?:,\s*#[\w-]+)*)/g)) {
          const page = join(DOCS, match[1]);
          const anchors = [...match[2].matchAll(/#([\w-]+)/g)].map((anchor) => anchor[1]);
          if (!existsSync(page)) {
            unresolved.push(`${shown(path)}:${index + 1}: docs/${match[1]} does not exist`);
            continue;
          }
          for (const anchor of anchors.filter((candidate) => !anchorsOf(page).has(candidate))) {
            unresolved.push(`${shown(path)}:${index + 1}: docs/${match[1]} has no anchor '${anchor}'`);
          }
        }
      });
    }
    expect(unresolved).toEqual([]);
  });
});
