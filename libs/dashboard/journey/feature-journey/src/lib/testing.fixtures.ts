import { type Observable, of } from 'rxjs';
import type {
  FeedbackListFilter,
  FeedbackPageDto,
  FunnelModelDto,
  JourneyFilter,
  MomentCellDto,
  MomentFlagDto,
  MomentFlagInput,
  MomentHeatmapDto,
  WeakestMomentDto,
  WeakestMomentsFilter,
} from './data-access/journey-api';

/** For specs: the business models of a page. */
export const MODELS = [
  { code: 'CONSUMER_LOANS', name: 'Consumer loans' },
  { code: 'PREMIUM_FINANCING', name: 'Premium financing' },
];

const STAGES = ['SUSPECT', 'PROSPECT', 'CHAMPION', 'OPPORTUNITY', 'WON', 'ONBOARDED', 'PAID_OUT'] as const;

/** A funnel whose first stage has `size` deals, each later stage half the one before. */
export function funnelOf(businessModel: string, size: number): FunnelModelDto {
  const reached = STAGES.map((_, index) => Math.floor(size / 2 ** index));
  return {
    businessModel,
    cohortSize: size,
    lostCount: 1,
    defaultedCount: 0,
    stages: STAGES.map((stage, index) => ({
      stage,
      reached: reached[index],
      conversionToNext: index < STAGES.length - 1 && reached[index] > 0 ? reached[index + 1] / reached[index] : null,
      medianDaysToNext: null,
      daysToNextCount: 0,
      lostHere: 0,
      stillOpenHere: 0,
    })),
  };
}

export const FLAG: MomentFlagDto = {
  businessModel: 'CONSUMER_LOANS',
  stage: 'ONBOARDED',
  touchpoint: 'PHONE',
  reason: 'Onboarding calls decide renewals',
  flaggedBy: 'U-9',
  flaggedByName: 'Mara Marketing',
  flaggedAt: '2025-04-03T09:30:00.000Z',
};

export function cellOf(partial: Partial<MomentCellDto> & Pick<MomentCellDto, 'stage' | 'touchpoint'>): MomentCellDto {
  return {
    businessModel: 'CONSUMER_LOANS',
    responses: 20,
    csatMean: 4,
    negativeCount: 2,
    negativeRate: 0.1,
    previous: null,
    flag: null,
    ...partial,
  };
}

/** A JourneyApi that answers from fields a spec sets, and records every request. */
export class FakeJourneyApi {
  readonly funnelFilters: JourneyFilter[] = [];
  readonly heatmapFilters: JourneyFilter[] = [];
  readonly weakestFilters: WeakestMomentsFilter[] = [];
  readonly flagCalls: { kind: 'flag' | 'unflag'; input: MomentFlagInput }[] = [];
  readonly feedbackFilters: FeedbackListFilter[] = [];
  flags: MomentFlagDto[] = [];
  cells: MomentCellDto[] = [
    cellOf({ stage: 'SUSPECT', touchpoint: 'WEB', csatMean: 4.5 }),
    cellOf({ stage: 'ONBOARDED', touchpoint: 'PHONE', csatMean: 2.9, responses: 3 }),
  ];
  weakestAnswer: WeakestMomentDto[] = [];
  flagAnswer: (input: MomentFlagInput) => Observable<MomentFlagDto> = (input) =>
    of({ ...FLAG, ...input, flaggedByName: 'Mara Marketing' });
  feedbackAnswer: (filter: FeedbackListFilter) => Observable<FeedbackPageDto> = (filter) =>
    of({ total: 0, offset: filter.offset ?? 0, limit: 50, rows: [] });

  funnel = (filter: JourneyFilter) => {
    this.funnelFilters.push(filter);
    const models = filter.businessModels ?? MODELS.map((model) => model.code);
    return of(models.map((code) => funnelOf(code, filter.from.startsWith('2025-03') ? 400 : 800)));
  };
  heatmap = (filter: JourneyFilter): Observable<MomentHeatmapDto> => {
    this.heatmapFilters.push(filter);
    return of({
      from: filter.from,
      to: filter.to,
      previousFrom: filter.from,
      previousTo: filter.from,
      cells: this.cells,
    });
  };
  weakest = (filter: WeakestMomentsFilter) => {
    this.weakestFilters.push(filter);
    return of(this.weakestAnswer);
  };
  momentsThatMatter = () => of(this.flags);
  flag = (input: MomentFlagInput) => {
    this.flagCalls.push({ kind: 'flag', input });
    return this.flagAnswer(input);
  };
  unflag = (input: MomentFlagInput) => {
    this.flagCalls.push({ kind: 'unflag', input });
    return this.flagAnswer(input);
  };
  feedback = (filter: FeedbackListFilter) => {
    this.feedbackFilters.push(filter);
    return this.feedbackAnswer(filter);
  };
}
