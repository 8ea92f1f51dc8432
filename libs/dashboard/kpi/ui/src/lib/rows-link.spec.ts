import { parseRowsParams, rowsLink, type RowsOfValue } from './rows-link';

const params = (query: Record<string, string>) => ({ get: (name: string) => query[name] ?? null });

describe('rowsLink and parseRowsParams', () => {
  const value: RowsOfValue = {
    kpi: 'WIN_RATE',
    businessModel: 'CONSUMER_LOANS',
    period: { from: '2026-11-01', to: '2026-12-01' },
    scope: { type: 'TEAM', id: 'T-NORTH-1' },
  };

  it('links to the rows of a value and reads the same value back', () => {
    const link = rowsLink(value);
    expect(link).toEqual({
      path: ['/', 'rows', 'WIN_RATE'],
      queryParams: { model: 'CONSUMER_LOANS', from: '2026-11-01', to: '2026-12-01', scope: 'TEAM:T-NORTH-1' },
    });
    expect(parseRowsParams('WIN_RATE', params(link.queryParams))).toEqual({
      value: { ...value, asOf: null },
      listing: { orderBy: 'AT', descending: true, page: 1 },
    });
  });

  it('keeps the company, a past asOf, the order and the page', () => {
    const link = rowsLink(
      { ...value, scope: { type: 'COMPANY' }, asOf: '2026-06-01T00:00:00.000Z' },
      { orderBy: 'AMOUNT', descending: false, page: 3 },
    );
    expect(link.queryParams).toMatchObject({ scope: 'COMPANY', asOf: '2026-06-01T00:00:00.000Z', order: 'AMOUNT' });
    expect(parseRowsParams('WIN_RATE', params(link.queryParams))).toEqual({
      value: { ...value, scope: { type: 'COMPANY', id: null }, asOf: '2026-06-01T00:00:00.000Z' },
      listing: { orderBy: 'AMOUNT', descending: false, page: 3 },
    });
  });

  it('names no value for a broken URL, and falls back to defaults for a broken listing', () => {
    const good = { model: 'CONSUMER_LOANS', from: '2026-11-01', to: '2026-12-01' };
    expect(parseRowsParams('win rate', params(good))).toBeNull();
    expect(parseRowsParams('WIN_RATE', params({ ...good, to: '2026-10-01' }))).toBeNull();
    expect(parseRowsParams('WIN_RATE', params({ ...good, model: '' }))).toBeNull();
    expect(parseRowsParams('WIN_RATE', params({ ...good, scope: 'PLANET:X', order: 'SIZE', page: '-2' }))).toEqual({
      value: { ...value, scope: null, asOf: null },
      listing: { orderBy: 'AT', descending: true, page: 1 },
    });
  });
});
