import { backDateText, reJudgedMonths } from './back-date';

const TODAY = '2026-12-05';

describe('reJudgedMonths', () => {
  it('names every month from the date’s to the running one when the date lies before today', () => {
    expect(reJudgedMonths('2026-10-15', TODAY)).toEqual({ past: ['2026-10-01', '2026-11-01'], running: '2026-12-01' });
    expect(reJudgedMonths('2025-12-31', TODAY)?.past).toHaveLength(12);
    expect(reJudgedMonths('2026-12-01', TODAY)).toEqual({ past: [], running: '2026-12-01' });
  });

  it('is null for today, a later date or no date: nothing judged so far is judged anew', () => {
    expect(reJudgedMonths(TODAY, TODAY)).toBeNull();
    expect(reJudgedMonths('2028-01-01', TODAY)).toBeNull();
    expect(reJudgedMonths('', TODAY)).toBeNull();
    expect(reJudgedMonths('2026-13-01', TODAY)).toBeNull();
  });
});

describe('backDateText', () => {
  const text = (date: string) => {
    const months = reJudgedMonths(date, TODAY);
    if (!months) {
      throw new Error(`${date} is not back-dated`);
    }
    return backDateText(date, months);
  };

  it('names up to three past months one by one, and the running month', () => {
    expect(text('2026-10-15')).toBe(
      'Back-dated: this version re-judges Oct 2026, Nov 2026 and the running month Dec 2026; the statuses shown for them so far will change.',
    );
    expect(text('2026-09-01')).toContain('re-judges Sep 2026, Oct 2026, Nov 2026 and the running month Dec 2026;');
  });

  it('gives more past months as a range, and a date in the running month as the periods ended since', () => {
    expect(text('2025-12-31')).toContain(
      're-judges the 12 past months Dec 2025 – Nov 2026 and the running month Dec 2026;',
    );
    expect(text('2026-12-02')).toContain(
      're-judges the running month Dec 2026 and the periods that ended since Dec 2, 2026;',
    );
  });
});
