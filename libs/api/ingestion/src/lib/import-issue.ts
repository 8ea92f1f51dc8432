import { type CodeAndParams, type CodedMessage, codedMessage } from '@salesdash/shared/domain';

/** One problem of a bundle, where it is and what it is: a catalogue code and parameters with its English `message`. */
export type ImportIssue = CodedMessage & {
  readonly file: string;
  /** Physical line where the record starts; the header is line 1. */
  readonly line: number;
  /** The CSV column name, or `-` when the issue concerns a whole record or file. */
  readonly column: string;
};

export function importIssue(file: string, line: number, column: string, ...message: CodeAndParams): ImportIssue {
  return { file, line, column, ...codedMessage(...message) };
}

/** An issue in English, `file:line column: message`, as the CLI prints it and an upload's `errors` list it. */
export function formatIssue(issue: ImportIssue): string {
  return `${issue.file}:${issue.line} ${issue.column}: ${issue.message}`;
}

/** An import answers with at most this many issues (and the count of all it found). */
export const MAX_REPORTED_ISSUES = 1000;

export type IssueReporter = (line: number, column: string, ...message: CodeAndParams) => void;

/**
 * Collects issues in any order and answers the first MAX_REPORTED_ISSUES by bundle file order and
 * line. Each source (a file's parse, one SQL check) delivers its issues in line order, so keeping
 * the first MAX_REPORTED_ISSUES of each source is enough to know the overall first ones.
 */
export class IssueLog {
  private readonly kept: { issue: ImportIssue; fileRank: number; sequence: number }[] = [];
  private readonly keptPerSource = new Map<string, number>();
  private total = 0;

  /** `fileRank` orders files: their position in the bundle specification. */
  constructor(private readonly fileRank: (file: string) => number) {}

  get count(): number {
    return this.total;
  }

  add(issue: ImportIssue, source = issue.file): void {
    this.total++;
    const kept = this.keptPerSource.get(source) ?? 0;
    if (kept < MAX_REPORTED_ISSUES) {
      this.keptPerSource.set(source, kept + 1);
      this.kept.push({ issue, fileRank: this.fileRank(issue.file), sequence: this.kept.length });
    }
  }

  /** Adds issues of which `total` exist but only the first ones (by line) were fetched. */
  addFirstOf(issues: readonly ImportIssue[], total: number, source: string): void {
    for (const issue of issues) {
      this.add(issue, source);
    }
    this.total += total - issues.length;
  }

  reporterFor(file: string): IssueReporter {
    return (line, column, ...message) => this.add(importIssue(file, line, column, ...message));
  }

  first(): ImportIssue[] {
    return [...this.kept]
      .sort((a, b) => a.fileRank - b.fileRank || a.issue.line - b.issue.line || a.sequence - b.sequence)
      .slice(0, MAX_REPORTED_ISSUES)
      .map((entry) => entry.issue);
  }
}
