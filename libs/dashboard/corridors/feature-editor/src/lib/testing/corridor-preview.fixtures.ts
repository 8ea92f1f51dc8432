import type {
  ChangedScopeDto,
  CorridorImpactDto,
  CorridorSuggestionDto,
  StatusCountsDto,
} from '@salesdash/dashboard/kpi/data-access';
import type { CorridorBasis } from '@salesdash/shared/domain';
import { type Observable, of } from 'rxjs';
import type { PreviewDraft } from '../corridor-draft';

/** Every status counted zero times. */
export const NO_STATUSES: StatusCountsDto = {
  NO_DATA: 0,
  NO_RANGE: 0,
  INSUFFICIENT_DATA: 0,
  ACCEPTABLE: 0,
  TOLERATED: 0,
  UNACCEPTABLE: 0,
};

export function changedScope(scopeType: 'TEAM' | 'REP', name: string, month = '2025-04-01'): ChangedScopeDto {
  return {
    scopeType,
    scopeId: `${scopeType}-${name}`,
    name,
    month,
    value: 0.25,
    sampleSize: 12,
    judgedAfter: 0.25,
    before: 'ACCEPTABLE',
    after: 'UNACCEPTABLE',
  };
}

/** An answer in which one team month and `reps` rep months turn from acceptable to unacceptable. */
export function impactOf(reps = 2): CorridorImpactDto {
  return {
    months: ['2024-05-01', '2025-04-01'],
    teams: {
      before: { ...NO_STATUSES, ACCEPTABLE: 20, TOLERATED: 4 },
      after: { ...NO_STATUSES, ACCEPTABLE: 19, TOLERATED: 4, UNACCEPTABLE: 1 },
      changed: 1,
      total: 24,
    },
    reps: {
      before: { ...NO_STATUSES, ACCEPTABLE: 100, NO_DATA: 20 },
      after: { ...NO_STATUSES, ACCEPTABLE: 100 - reps, UNACCEPTABLE: reps, NO_DATA: 20 },
      changed: reps,
      total: 120,
    },
    changedScopes: [
      changedScope('TEAM', 'North'),
      ...Array.from({ length: reps }, (_, index) => changedScope('REP', `Rep ${String(index + 1).padStart(3, '0')}`)),
    ],
    changedScopesTruncated: 0,
  };
}

/** Win rate: higher is better, so only the lower bounds are suggested. */
export const SUGGESTION: CorridorSuggestionDto = {
  businessModel: 'CONSUMER_LOANS',
  kpi: 'WIN_RATE',
  basis: 'VALUE',
  direction: 'HIGHER_IS_BETTER',
  basedOn: 46,
  acceptableMin: 0.15234,
  acceptableMax: null,
  toleratedMin: 0.1199,
  toleratedMax: null,
  percentiles: { p10: 0.1199, p25: 0.15234, p75: 0.221, p90: 0.25 },
  reason: null,
};

/** The preview half of CorridorApi: records every draft and suggestion asked about and answers them. */
export class FakePreviewApi {
  drafts: PreviewDraft[] = [];
  suggestionCalls = 0;
  suggestionBases: CorridorBasis[] = [];
  impactAnswer: () => Observable<CorridorImpactDto> = () => of(impactOf());
  suggestionAnswer: () => Observable<CorridorSuggestionDto> = () => of(SUGGESTION);
  impact = (draft: PreviewDraft) => {
    this.drafts.push(draft);
    return this.impactAnswer();
  };
  suggestion = (_businessModel: string, _kpi: string, basis: CorridorBasis) => {
    this.suggestionCalls += 1;
    this.suggestionBases.push(basis);
    return this.suggestionAnswer();
  };
}

/** Real time past the preview's pause before it asks the API. */
export function afterPause(ms = 450): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
