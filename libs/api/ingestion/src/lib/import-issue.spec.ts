import { formatIssue, IssueLog, MAX_REPORTED_ISSUES } from './import-issue';

const rank = (file: string): number => ['a.csv', 'b.csv'].indexOf(file);

describe('formatIssue', () => {
  it('formats file:line column: message', () => {
    expect(formatIssue({ file: 'deals.csv', line: 7, column: 'amount', message: 'must be ≥ 0' })).toBe(
      'deals.csv:7 amount: must be ≥ 0',
    );
  });
});

describe('IssueLog', () => {
  it('orders issues by file rank, then line, then arrival', () => {
    const log = new IssueLog(rank);
    log.add({ file: 'b.csv', line: 2, column: 'x', message: 'first b' });
    log.add({ file: 'a.csv', line: 9, column: 'x', message: 'late a' });
    log.add({ file: 'a.csv', line: 3, column: 'y', message: 'early a' });
    log.add({ file: 'a.csv', line: 3, column: 'x', message: 'early a, second' });

    expect(log.first().map((issue) => issue.message)).toEqual(['early a', 'early a, second', 'late a', 'first b']);
    expect(log.count).toBe(4);
  });

  it(`keeps the first ${MAX_REPORTED_ISSUES} issues overall and counts all`, () => {
    const log = new IssueLog(rank);
    const report = log.reporterFor('b.csv');
    for (let line = 2; line < 2 + 1500; line++) {
      report(line, 'x', 'bad');
    }
    log.addFirstOf(
      Array.from({ length: 10 }, (_, i) => ({ file: 'a.csv', line: 100 + i, column: 'y', message: 'sql' })),
      50,
      'some check',
    );

    const first = log.first();
    expect(first).toHaveLength(MAX_REPORTED_ISSUES);
    expect(first[0]).toEqual({ file: 'a.csv', line: 100, column: 'y', message: 'sql' });
    expect(first[MAX_REPORTED_ISSUES - 1]).toMatchObject({ file: 'b.csv', line: MAX_REPORTED_ISSUES - 10 + 1 });
    expect(log.count).toBe(1500 + 50);
  });
});
