import type { CorridorBasis, KpiCode } from '@salesdash/shared/domain';
import { isoDateOfMonth, monthNumber, startOfUtcDay } from '../instants';
import type { BusinessModel } from '../model';
import { HISTORY_MONTHS } from '../demo-data';

/** One corridor controlling would publish for the demo: bounds (null = open) and why they fit the model. */
export interface DemoCorridor {
  readonly businessModel: BusinessModel;
  readonly kpi: KpiCode;
  readonly acceptableMin: number | null;
  readonly acceptableMax: number | null;
  readonly toleratedMin: number | null;
  readonly toleratedMax: number | null;
  readonly minSampleSize: number;
  readonly rationale: string;
  readonly basis: CorridorBasis;
}

type Bounds = [
  acceptableMin: number | null,
  acceptableMax: number | null,
  toleratedMin: number | null,
  toleratedMax: number | null,
];

function corridor(
  businessModel: BusinessModel,
  kpi: KpiCode,
  bounds: Bounds,
  minSampleSize: number,
  rationale: string,
  basis: CorridorBasis = 'VALUE',
): DemoCorridor {
  const [acceptableMin, acceptableMax, toleratedMin, toleratedMax] = bounds;
  return {
    businessModel,
    kpi,
    acceptableMin,
    acceptableMax,
    toleratedMin,
    toleratedMax,
    minSampleSize,
    rationale,
    basis,
  };
}

const P: BusinessModel = 'PREMIUM_FINANCING';
const C: BusinessModel = 'CONSUMER_LOANS';

/**
 * The demo's corridors, one per business model and KPI but quota attainment: the same value is fine in
 * one model and alarming in the other (docs/corridors.md#corridor). Counts and sums are judged where they hold at
 * every scope and period (§5.1): won volume and won deals as a share of the target to date, new leads
 * and activities per rep and month, the pipeline per rep. Quota attainment has no corridor: in a running
 * month it is set against the whole month's target, and won volume's share of the target to date
 * judges the same plan fairly (and its pace says the rest). Against the demo data every home shows a
 * mix of statuses that differs between the two models.
 */
export const DEMO_CORRIDORS: readonly DemoCorridor[] = [
  corridor(
    P,
    'NEW_LEADS',
    [4.5, null, 3.5, null],
    1,
    'Premium financing lives on few, well-referred leads: about four and a half a month per seller keep the pipeline full, below three and a half it dries up.',
    'PER_REP_MONTH',
  ),
  corridor(
    C,
    'NEW_LEADS',
    [22, null, 18, null],
    1,
    'Consumer loans are a volume business: each seller needs 22 new leads a month, and fewer than 18 cannot carry the fixed costs.',
    'PER_REP_MONTH',
  ),
  corridor(
    P,
    'LEAD_CONVERSION_RATE',
    [0.5, null, 0.4, null],
    10,
    'Referred premium prospects are pre-qualified, so at least half should reach an offer.',
  ),
  corridor(
    C,
    'LEAD_CONVERSION_RATE',
    [0.35, null, 0.25, null],
    20,
    'Many consumer leads are price comparisons; a third reaching an offer is healthy.',
  ),
  corridor(
    P,
    'WIN_RATE',
    [0.4, null, 0.3, null],
    10,
    'Tailored offers take weeks of work, so most of them must be won.',
  ),
  corridor(C, 'WIN_RATE', [0.15, null, 0.1, null], 20, 'Automated offers are cheap; a low win rate is priced in.'),
  corridor(
    P,
    'WON_DEALS',
    [1, null, 0.8, null],
    1,
    'Premium deal plans are agreed with each seller: behind the plan to date needs a plan to catch up, below 80 % of it a conversation.',
    'SHARE_OF_TARGET',
  ),
  corridor(
    C,
    'WON_DEALS',
    [1, null, 0.8, null],
    1,
    'Consumer loan counts follow the marketing plan: below 80 % of the plan to date the book shrinks.',
    'SHARE_OF_TARGET',
  ),
  corridor(
    P,
    'WON_VOLUME',
    [1, null, 0.8, null],
    1,
    'The premium book grows only with the volume planned: behind the plan to date needs a plan to catch up, below 80 % of it action.',
    'SHARE_OF_TARGET',
  ),
  corridor(
    C,
    'WON_VOLUME',
    [1, null, 0.8, null],
    1,
    'Consumer volume plans follow marketing spend: below 80 % of the plan to date the spend is wasted.',
    'SHARE_OF_TARGET',
  ),
  corridor(
    P,
    'AVG_DEAL_SIZE',
    [500_000, null, 250_000, null],
    5,
    'Below 250 k EUR a deal does not justify the tailored premium process.',
  ),
  corridor(
    C,
    'AVG_DEAL_SIZE',
    [2_000, 15_000, 1_000, 25_000],
    20,
    'Consumer loans are small by design; large ones belong in a stricter credit process.',
  ),
  corridor(
    P,
    'SALES_CYCLE_DAYS',
    [30, 60, 20, 90],
    5,
    'Tailored financing takes one to two months; faster means the structuring was skipped.',
  ),
  corridor(
    C,
    'SALES_CYCLE_DAYS',
    [null, 2.5, null, 4],
    20,
    'Consumers compare offers online; after more than a few days they have signed elsewhere.',
  ),
  corridor(
    P,
    'PIPELINE_VALUE',
    [5_000_000, null, 3_500_000, null],
    1,
    'Each premium seller needs 5 M EUR of open deals to cover the next quarter; below 3.5 M the pipeline runs dry.',
    'PER_REP_MONTH',
  ),
  corridor(
    C,
    'PIPELINE_VALUE',
    [15_000, 60_000, 8_000, 90_000],
    1,
    'More than 60 k EUR open per consumer seller means stale applications, less than 15 k an empty funnel.',
    'PER_REP_MONTH',
  ),
  corridor(
    P,
    'ONBOARDING_DAYS',
    [10, 35, 5, 45],
    5,
    'Premium onboarding includes thorough compliance checks: too fast means they were skipped, too slow loses the customer.',
  ),
  corridor(
    C,
    'ONBOARDING_DAYS',
    [null, 2, null, 3],
    20,
    'Consumer onboarding is streamlined and digital; more than two days loses the customer.',
  ),
  corridor(
    P,
    'PAYOUT_FIRST_TIME_RIGHT',
    [0.98, null, 0.95, null],
    10,
    'Premium payouts are large; a missing document at payout is a compliance incident.',
  ),
  corridor(
    C,
    'PAYOUT_FIRST_TIME_RIGHT',
    [0.9, null, 0.85, null],
    20,
    'Streamlined consumer payouts accept some rework, but not more than one in ten.',
  ),
  corridor(
    P,
    'DEFAULT_RATE',
    [null, 0.005, null, 0.01],
    10,
    'Premium customers are vetted thoroughly; defaults must stay near zero.',
  ),
  corridor(
    C,
    'DEFAULT_RATE',
    [null, 0.06, null, 0.08],
    20,
    'Consumer loan pricing includes a risk margin for up to 6 % defaults; beyond 8 % it is lost.',
  ),
  corridor(
    P,
    'CSAT',
    [4.2, null, 3.8, null],
    10,
    'Premium customers pay for personal service and expect to be delighted.',
  ),
  corridor(
    C,
    'CSAT',
    [3.5, null, 3.2, null],
    20,
    'Consumer customers expect a quick, fair process rather than delight.',
  ),
  corridor(P, 'NPS', [40, null, 30, null], 10, 'Premium business grows by referral; it needs clear promoters.'),
  corridor(
    C,
    'NPS',
    [15, null, 5, null],
    20,
    'Consumer loans are recommended rarely, but a negative score drives up acquisition costs.',
  ),
  corridor(
    P,
    'NEGATIVE_MOMENT_RATE',
    [null, 0.08, null, 0.12],
    10,
    'Every unhappy premium customer is a relationship at risk.',
  ),
  corridor(
    C,
    'NEGATIVE_MOMENT_RATE',
    [null, 0.15, null, 0.25],
    20,
    'Declined applications cause some negative moments by design.',
  ),
  corridor(
    P,
    'RECOVERY_RATE',
    [0.7, null, 0.5, null],
    5,
    'Relationship managers follow up each unhappy premium customer personally.',
  ),
  corridor(
    C,
    'RECOVERY_RATE',
    [0.6, null, 0.45, null],
    10,
    'Consumer lending relies on robust service recovery to keep customers paying and returning.',
  ),
  corridor(
    P,
    'FIRST_RESPONSE_HOURS',
    [null, 4, null, 8],
    10,
    'Premium customers have a personal contact who answers within half a working day.',
  ),
  corridor(
    C,
    'FIRST_RESPONSE_HOURS',
    [null, 2, null, 6],
    20,
    'Consumers apply with several lenders at once; the first answer wins.',
  ),
  corridor(
    P,
    'ACTIVITIES',
    [14, null, 10, null],
    1,
    'Premium sellers keep in personal contact with every open deal: at least 14 outbound contacts a month each.',
    'PER_REP_MONTH',
  ),
  corridor(
    C,
    'ACTIVITIES',
    [40, null, 30, null],
    1,
    'Consumer sellers convert their lead volume by steady outbound contact: 40 a month each, never fewer than 30.',
    'PER_REP_MONTH',
  ),
];

/** The first day of the demo data for a start-up on `now`: corridors are in force from then on. */
export function demoDataStart(now: Date): string {
  return isoDateOfMonth(monthNumber(startOfUtcDay(now)) - HISTORY_MONTHS + 1);
}
