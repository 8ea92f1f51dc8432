import type { PeriodSelection } from '@salesdash/dashboard/kpi/ui';
import type { Period } from '@salesdash/shared/domain';
import * as labels from './period-label';
import { periodChoiceName } from './period-label';

/** Intl puts thin spaces around the range dash; plain spaces read better here. */
const plain = (value: string) => value.replace(/\s/g, ' ');
const periodLabel = (period: Period, today: string) => plain(labels.periodLabel(period, today));
const describePeriod = (selection: PeriodSelection, today: string) => plain(labels.describePeriod(selection, today));

const TODAY = '2026-12-04';

describe('period labels', () => {
  it('says how far a running period has got', () => {
    expect(periodLabel({ from: '2026-12-01', to: '2027-01-01' }, TODAY)).toBe('Dec 1 – 31, 2026, so far to Dec 4');
    expect(periodLabel({ from: '2026-10-01', to: '2027-01-01' }, TODAY)).toBe('Oct 1 – Dec 31, 2026, so far to Dec 4');
  });

  it('shows a complete period, and one ending today, as its days only', () => {
    expect(periodLabel({ from: '2025-12-01', to: '2026-12-01' }, TODAY)).toBe('Dec 1, 2025 – Nov 30, 2026');
    expect(periodLabel({ from: '2026-01-01', to: '2026-12-05' }, TODAY)).toBe('Jan 1 – Dec 4, 2026');
  });

  it('says when a period has not started', () => {
    expect(periodLabel({ from: '2027-01-01', to: '2027-02-01' }, TODAY)).toBe('Jan 1 – 31, 2027, not started yet');
  });

  it('names the choice before the period', () => {
    expect(describePeriod({ preset: 'THIS_MONTH', from: '2026-12-01', to: '2027-01-01' }, TODAY)).toBe(
      'This month: Dec 1 – 31, 2026, so far to Dec 4',
    );
    expect(describePeriod({ preset: 'CUSTOM', from: '2026-01-01', to: '2026-04-01' }, TODAY)).toBe(
      'Custom period: Jan 1 – Mar 31, 2026',
    );
    expect(periodChoiceName('LAST_12_MONTHS')).toBe('Last 12 months');
  });
});
