import type { BusinessModelDto } from '@salesdash/dashboard/kpi/data-access';
import { formatKpiValue, KPI_UI_TEXTS } from '@salesdash/dashboard/kpi/ui';
import { formatInstant, interpolate } from '@salesdash/dashboard/shared/util-i18n';
import type { DealActionDto, OpenDealDto, RepDealsDto } from '../rep-deals/rep-deals-api';
import { HOME_TEXTS } from '../home.texts';

const TEXTS = HOME_TEXTS.deals;

/** The order the API answers reasons in, which the page keeps. */
const REASONS = ['ONBOARDING_OVERDUE', 'PAYOUT_INFO_MISSING', 'NO_RECENT_ACTIVITY'] as const;

export interface DealActionRow {
  readonly dealId: string;
  readonly customerId: string;
  readonly model: string;
  readonly since: string;
  readonly waiting: string;
  readonly amount: string;
}

export interface DealActionGroup {
  readonly reason: DealActionDto['reason'];
  readonly title: string;
  readonly note: string;
  readonly count: string;
  readonly rows: readonly DealActionRow[];
}

export interface OpenDealRow {
  readonly dealId: string;
  readonly customerId: string;
  readonly model: string;
  readonly stage: string;
  readonly ageDays: number;
  readonly amount: string;
  readonly lastActivity: string;
}

export interface RepDealsView {
  readonly actionGroups: readonly DealActionGroup[];
  /** Said when won deals wait in models without an onboarding limit; null otherwise. */
  readonly unchecked: string | null;
  readonly pipelineSummary: string;
  /** Said when the page shows fewer open deals than there are. */
  readonly pipelineCut: string | null;
  readonly openDeals: readonly OpenDealRow[];
}

/** The sentence for a count: its `one` form for exactly 1, else `other`. */
function plural(forms: { readonly one: string; readonly other: string }, n: number): string {
  return n === 1 ? forms.one : forms.other;
}

/** Whole days of a wait, never more than there were: 14.9 days read "14 days". */
function wholeDays(days: number): number {
  return Math.floor(days);
}

/** A rep's deals as the page shows them: the actions grouped by reason (in the API's order), then the pipeline. */
export function repDealsView(deals: RepDealsDto, models: readonly BusinessModelDto[]): RepDealsView {
  const modelName = (code: string) => models.find((model) => model.code === code)?.name ?? code;
  const actionRow = (action: DealActionDto): DealActionRow => ({
    dealId: action.dealId,
    customerId: action.customerId,
    model: modelName(action.businessModel),
    since: formatInstant(action.since),
    waiting:
      action.reason === 'ONBOARDING_OVERDUE' && action.limitDays !== null
        ? interpolate(plural(TEXTS.waitingOverLimit, wholeDays(action.days)), {
            days: wholeDays(action.days),
            limit: action.limitDays,
          })
        : interpolate(plural(TEXTS.waitingDays, wholeDays(action.days)), { days: wholeDays(action.days) }),
    amount: formatKpiValue(action.amount, 'EUR'),
  });
  const openRow = (deal: OpenDealDto): OpenDealRow => ({
    dealId: deal.dealId,
    customerId: deal.customerId,
    model: modelName(deal.businessModel),
    stage: deal.stage ? (KPI_UI_TEXTS.stages[deal.stage] ?? deal.stage) : TEXTS.noStage,
    ageDays: deal.ageDays,
    amount: formatKpiValue(deal.amount, 'EUR'),
    lastActivity: deal.lastActivityAt ? formatInstant(deal.lastActivityAt) : TEXTS.noActivity,
  });
  const actionGroups = REASONS.flatMap((reason) => {
    const rows = deals.actions.filter((action) => action.reason === reason).map(actionRow);
    return rows.length === 0
      ? []
      : [
          {
            reason,
            title: TEXTS.reasons[reason].title,
            note: TEXTS.reasons[reason].note,
            count: interpolate(plural(TEXTS.actionCount, rows.length), { n: rows.length }),
            rows,
          },
        ];
  });
  return {
    actionGroups,
    unchecked:
      deals.modelsWithoutOnboardingLimit.length > 0
        ? interpolate(TEXTS.noOnboardingLimit, { models: deals.modelsWithoutOnboardingLimit.map(modelName).join(', ') })
        : null,
    pipelineSummary: interpolate(plural(TEXTS.pipelineSummary, deals.openDealCount), {
      n: deals.openDealCount,
      amount: formatKpiValue(deals.openAmount, 'EUR'),
      asOf: formatInstant(deals.asOf),
    }),
    pipelineCut:
      deals.openDeals.length < deals.openDealCount
        ? interpolate(TEXTS.pipelineCut, { shown: deals.openDeals.length, n: deals.openDealCount })
        : null,
    openDeals: deals.openDeals.map(openRow),
  };
}
