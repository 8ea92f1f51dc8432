import type { KpiCode } from '@salesdash/shared/domain';
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
): DemoCorridor {
  const [acceptableMin, acceptableMax, toleratedMin, toleratedMax] = bounds;
  return { businessModel, kpi, acceptableMin, acceptableMax, toleratedMin, toleratedMax, minSampleSize, rationale };
}

const P: BusinessModel = 'PREMIUM_FINANCING';
const C: BusinessModel = 'CONSUMER_LOANS';

/**
 * The demo's corridors, one per business model and KPI: the same value is fine in one model and
 * alarming in the other (KPI-SPEC §1). Count and volume floors are per month (a longer period only
 * clears them more easily); against the demo data the overview shows a mix of statuses that differs
 * between the two models.
 */
export const DEMO_CORRIDORS: readonly DemoCorridor[] = [
  corridor(
    P,
    'NEW_LEADS',
    [150, null, 120, null],
    1,
    'Premium financing lives on few, well-referred leads; below 120 a month the pipeline dries up.',
  ),
  corridor(
    C,
    'NEW_LEADS',
    [700, null, 550, null],
    1,
    'Consumer loans are a volume business: fewer than 550 new leads a month cannot carry the fixed costs.',
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
    [40, null, 30, null],
    1,
    'About two premium deals per seller a month keep the team busy and profitable.',
  ),
  corridor(C, 'WON_DEALS', [120, null, 90, null], 1, 'Below 90 loans a month the consumer book shrinks.'),
  corridor(
    P,
    'WON_VOLUME',
    [35_000_000, null, 25_000_000, null],
    1,
    'The premium book needs 35 M EUR of new financing a month to grow.',
  ),
  corridor(
    C,
    'WON_VOLUME',
    [1_200_000, null, 900_000, null],
    1,
    'Consumer lending needs 1.2 M EUR a month to cover refinancing and costs.',
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
    [150_000_000, null, 100_000_000, null],
    1,
    'A premium pipeline of 150 M EUR covers the next quarter of won volume.',
  ),
  corridor(
    C,
    'PIPELINE_VALUE',
    [300_000, 1_200_000, 200_000, 2_000_000],
    1,
    'A large open consumer pipeline means stale applications, a small one an empty funnel.',
  ),
  corridor(
    P,
    'QUOTA_ATTAINMENT',
    [0.95, null, 0.85, null],
    5,
    'Premium plans are set with the sellers; missing them by more than 15 % needs action.',
  ),
  corridor(
    C,
    'QUOTA_ATTAINMENT',
    [0.95, null, 0.85, null],
    20,
    'Consumer plans follow marketing spend; a miss of more than 15 % wastes it.',
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
    [450, null, 350, null],
    1,
    'Premium sellers keep in regular personal contact with every open deal.',
  ),
  corridor(
    C,
    'ACTIVITIES',
    [1_200, null, 900, null],
    1,
    'Consumer sellers need steady outbound contact to convert the lead volume.',
  ),
];

/** The first day of the demo data for a start-up on `now`: corridors are in force from then on. */
export function demoDataStart(now: Date): string {
  return isoDateOfMonth(monthNumber(startOfUtcDay(now)) - HISTORY_MONTHS + 1);
}
