import { inject, Injectable } from '@angular/core';
import type { OperationVariables } from '@apollo/client';
import { toApiError } from '@salesdash/dashboard/shared/data-access';
import { Apollo, type TypedDocumentNode } from 'apollo-angular';
import { catchError, map, type Observable, throwError } from 'rxjs';
import {
  type FeedbackListFilter,
  FeedbackListDocument,
  type FeedbackListQuery,
  type FeedbackRecovery,
  FlagMomentDocument,
  type JourneyFilter,
  JourneyFunnelDocument,
  type JourneyFunnelQuery,
  type JourneyStage,
  type MomentFlagFieldsFragment,
  type MomentFlagInput,
  MomentHeatmapDocument,
  type MomentHeatmapQuery,
  type MomentRanking,
  MomentsThatMatterDocument,
  type Touchpoint,
  UnflagMomentDocument,
  type WeakestMomentsFilter,
  WeakestMomentsDocument,
  type WeakestMomentsQuery,
} from '../generated/graphql';

export type FunnelModelDto = JourneyFunnelQuery['journeyFunnel'][number];
export type FunnelStageDto = FunnelModelDto['stages'][number];
export type MomentHeatmapDto = MomentHeatmapQuery['momentHeatmap'];
export type MomentCellDto = MomentHeatmapDto['cells'][number];
export type MomentFiguresDto = NonNullable<MomentCellDto['previous']>;
export type WeakestMomentDto = WeakestMomentsQuery['weakestMoments'][number];
export type MomentFlagDto = MomentFlagFieldsFragment;
export type FeedbackPageDto = FeedbackListQuery['feedbackList'];
export type FeedbackRowDto = FeedbackPageDto['rows'][number];
export type {
  FeedbackListFilter,
  FeedbackRecovery,
  JourneyFilter,
  JourneyStage,
  MomentFlagInput,
  MomentRanking,
  Touchpoint,
  WeakestMomentsFilter,
};

/**
 * The customer journey and the customer's voice (libs/api/journey): cohort funnels, the moment heatmap
 * and its ranking, the moments that matter (flag, unflag) and the feedback list. Never cached (a flag
 * changes what every query answers); errors are ApiErrors.
 */
@Injectable({ providedIn: 'root' })
export class JourneyApi {
  private readonly apollo = inject(Apollo);

  funnel(filter: JourneyFilter): Observable<readonly FunnelModelDto[]> {
    return this.query(JourneyFunnelDocument, { filter }, (data) => data.journeyFunnel);
  }

  heatmap(filter: JourneyFilter): Observable<MomentHeatmapDto> {
    return this.query(MomentHeatmapDocument, { filter }, (data) => data.momentHeatmap);
  }

  weakest(filter: WeakestMomentsFilter): Observable<readonly WeakestMomentDto[]> {
    return this.query(WeakestMomentsDocument, { filter }, (data) => data.weakestMoments);
  }

  momentsThatMatter(businessModels: readonly string[] | null): Observable<readonly MomentFlagDto[]> {
    return this.query(MomentsThatMatterDocument, { businessModels }, (data) => data.momentsThatMatter);
  }

  flag(input: MomentFlagInput): Observable<MomentFlagDto> {
    return this.mutate(FlagMomentDocument, { input }, (data) => data.flagMoment);
  }

  unflag(input: MomentFlagInput): Observable<MomentFlagDto> {
    return this.mutate(UnflagMomentDocument, { input }, (data) => data.unflagMoment);
  }

  feedback(filter: FeedbackListFilter): Observable<FeedbackPageDto> {
    return this.query(FeedbackListDocument, { filter }, (data) => data.feedbackList);
  }

  private query<TData, TVariables extends OperationVariables, TResult>(
    query: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
    pick: (data: TData) => TResult,
  ): Observable<TResult> {
    return this.apollo.query<TData, TVariables>({ query, variables, fetchPolicy: 'no-cache' }).pipe(
      map((result) => pick(required(result.data as TData | null | undefined))),
      catchError((error: unknown) => throwError(() => toApiError(error))),
    );
  }

  private mutate<TData, TVariables extends OperationVariables, TResult>(
    mutation: TypedDocumentNode<TData, TVariables>,
    variables: TVariables,
    pick: (data: TData) => TResult,
  ): Observable<TResult> {
    return this.apollo.mutate<TData, TVariables>({ mutation, variables, fetchPolicy: 'no-cache' }).pipe(
      map((result) => pick(required(result.data as TData | null | undefined))),
      catchError((error: unknown) => throwError(() => toApiError(error))),
    );
  }
}

function required<T>(data: T | null | undefined): T {
  if (data === undefined || data === null) {
    throw new Error('The API answered without data');
  }
  return data;
}
