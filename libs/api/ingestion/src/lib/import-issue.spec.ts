import { formatIssue, importIssue, IssueLog, MAX_REPORTED_ISSUES } from './import-issue';

const rank = (file: string): number => ['a.csv', 'b.csv'].indexOf(file);

describe('formatIssue', () => {
  it('formats file:line column: message', () => {
    expect(formatIssue(importIssue('deals.csv', 7, 'amount', 'NOT_NEGATIVE', {}))).toBe(
      'deals.csv:7 amount: must be 0 or more',
    );
  });

  it('carries the message code and parameters beside the English message', () => {
    expect(importIssue('teams.csv', 1, 'x', 'UNKNOWN_COLUMN', { file: 'teams.csv', columns: 'team_id, name' })).toEqual(
      {
        file: 'teams.csv',
        line: 1,
        column: 'x',
        code: 'UNKNOWN_COLUMN',
        params: { file: 'teams.csv', columns: 'team_id, name' },
        message: 'unknown column (teams.csv has: team_id, name)',
      },
    );
  });
});

describe('IssueLog', () => {
  it('orders issues by file rank, then line, then arrival', () => {
    const log = new IssueLog(rank);
    log.add(importIssue('b.csv', 2, 'x', 'UNKNOWN_ROLE', { role: 'first b' }));
    log.add(importIssue('a.csv', 9, 'x', 'UNKNOWN_ROLE', { role: 'late a' }));
    log.add(importIssue('a.csv', 3, 'y', 'UNKNOWN_ROLE', { role: 'early a' }));
    log.add(importIssue('a.csv', 3, 'x', 'UNKNOWN_ROLE', { role: 'early a, second' }));

    expect(log.first().map((issue) => issue.params)).toEqual([
      { role: 'early a' },
      { role: 'early a, second' },
      { role: 'late a' },
      { role: 'first b' },
    ]);
    expect(log.count).toBe(4);
  });

  it(`keeps the first ${MAX_REPORTED_ISSUES} issues overall and counts all`, () => {
    const log = new IssueLog(rank);
    const report = log.reporterFor('b.csv');
    for (let line = 2; line < 2 + 1500; line++) {
      report(line, 'x', 'VALUE_REQUIRED', {});
    }
    log.addFirstOf(
      Array.from({ length: 10 }, (_, i) =>
        importIssue('a.csv', 100 + i, 'y', 'DUPLICATE_ID', { id: 'D1', firstLine: 2 }),
      ),
      50,
      'some check',
    );

    const first = log.first();
    expect(first).toHaveLength(MAX_REPORTED_ISSUES);
    expect(first[0]).toEqual(importIssue('a.csv', 100, 'y', 'DUPLICATE_ID', { id: 'D1', firstLine: 2 }));
    expect(first[MAX_REPORTED_ISSUES - 1]).toMatchObject({ file: 'b.csv', line: MAX_REPORTED_ISSUES - 10 + 1 });
    expect(log.count).toBe(1500 + 50);
  });
});
