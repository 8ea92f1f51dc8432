import { rowsLinkLabel } from './kpi-value';

describe('rowsLinkLabel', () => {
  it('names the KPI and what its n counts from the catalogue, by its code', () => {
    expect(rowsLinkLabel('WON_DEALS', 'Consumer loans', '12', 12)).toBe(
      'Won deals, Consumer loans: 12. Show the 12 WON events in the period',
    );
  });

  it('says what it can for a code the catalogue does not know', () => {
    expect(rowsLinkLabel('NOT_A_KPI', 'North 1', '1,234', 1234)).toBe('NOT_A_KPI, North 1: 1,234. Show its 1,234 rows');
  });
});
