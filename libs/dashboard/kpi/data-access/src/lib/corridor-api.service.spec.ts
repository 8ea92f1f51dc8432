import { TestBed } from '@angular/core/testing';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { GraphQLError, print } from 'graphql';
import { firstValueFrom } from 'rxjs';
import { CorridorApi } from './corridor-api.service';
import { corridorConflictOf } from './corridor-editor.models';
import {
  CorridorAuditDocument,
  CorridorImpactDocument,
  CorridorSuggestionDocument,
  CorridorTrendDocument,
  PublishCorridorDocument,
  type PublishCorridorInput,
} from './generated/graphql';

const INPUT: PublishCorridorInput = {
  businessModel: 'CONSUMER_LOANS',
  kpi: 'WIN_RATE',
  effectiveFrom: '2025-05-14',
  acceptableMin: 0.2,
  acceptableMax: 0.35,
  toleratedMin: null,
  toleratedMax: 0.6,
  minSampleSize: 5,
  basis: 'VALUE',
  rationale: 'Narrower',
  expectedVersion: 2,
};

describe('CorridorApi', () => {
  let api: CorridorApi;
  let controller: ApolloTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule] });
    api = TestBed.inject(CorridorApi);
    controller = TestBed.inject(ApolloTestingController);
  });

  afterEach(() => controller.verify());

  it('asks for the audit trail of one model-wide series', async () => {
    const result = firstValueFrom(api.audit('CONSUMER_LOANS', 'WIN_RATE'));
    const operation = controller.expectOne(CorridorAuditDocument);
    expect(operation.operation.variables).toEqual({ businessModel: 'CONSUMER_LOANS', kpi: 'WIN_RATE' });
    operation.flush({ data: { corridorAudit: [] } });
    await expect(result).resolves.toEqual([]);
  });

  it('previews a draft and passes a refusal on as an ApiError', async () => {
    const draft = {
      businessModel: 'CONSUMER_LOANS',
      kpi: 'WIN_RATE',
      acceptableMin: 0.3,
      acceptableMax: null,
      toleratedMin: 0.2,
      toleratedMax: null,
      minSampleSize: 5,
      basis: 'VALUE' as const,
    };
    const counts = { NO_DATA: 0, NO_RANGE: 0, INSUFFICIENT_DATA: 0, ACCEPTABLE: 1, TOLERATED: 0, UNACCEPTABLE: 0 };
    const impact = {
      months: ['2026-10-01'],
      teams: { before: counts, after: counts, changed: 0, total: 1 },
      reps: { before: counts, after: counts, changed: 0, total: 1 },
      changedScopes: [],
      changedScopesTruncated: 0,
    };
    const result = firstValueFrom(api.impact(draft));
    const operation = controller.expectOne(CorridorImpactDocument);
    expect(operation.operation.variables).toEqual({ draft });
    operation.flush({ data: { corridorImpact: impact } });
    await expect(result).resolves.toEqual(impact);

    const refused = firstValueFrom(api.impact(draft)).catch((caught: unknown) => caught);
    controller
      .expectOne(CorridorImpactDocument)
      .graphqlErrors([new GraphQLError('no', { extensions: { code: 'FORBIDDEN' } })]);
    await expect(refused).resolves.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('asks for the history a draft is drawn on, with what every basis needs, and none without a series', async () => {
    const filter = { to: '2026-01-01', months: 24, businessModels: ['CONSUMER_LOANS'], kpis: ['NEW_LEADS'] };
    const point = {
      from: '2025-12-01',
      to: '2026-01-01',
      value: 420,
      sampleSize: 420,
      targetToDate: 400,
      reps: 20,
      months: 1,
    };
    const result = firstValueFrom(api.trend(filter));
    const operation = controller.expectOne(CorridorTrendDocument);
    expect(operation.operation.variables).toEqual({ filter });
    const asked = print(operation.operation.query);
    for (const field of ['targetToDate', 'reps', 'months']) {
      expect(asked).toContain(field);
    }
    operation.flush({ data: { kpiTrend: [{ points: [point] }] } });
    await expect(result).resolves.toEqual([point]);

    const none = firstValueFrom(api.trend(filter));
    controller.expectOne(CorridorTrendDocument).flush({ data: { kpiTrend: [] } });
    await expect(none).resolves.toEqual([]);
  });

  it('asks for a suggestion of one model-wide series on a basis', async () => {
    const result = firstValueFrom(api.suggestion('CONSUMER_LOANS', 'NEW_LEADS', 'SHARE_OF_TARGET'));
    const operation = controller.expectOne(CorridorSuggestionDocument);
    expect(operation.operation.variables).toEqual({
      businessModel: 'CONSUMER_LOANS',
      kpi: 'NEW_LEADS',
      basis: 'SHARE_OF_TARGET',
    });
    const suggestion = {
      businessModel: 'CONSUMER_LOANS',
      kpi: 'NEW_LEADS',
      basis: 'SHARE_OF_TARGET',
      direction: 'HIGHER_IS_BETTER',
      basedOn: 3,
      acceptableMin: null,
      acceptableMax: null,
      toleratedMin: null,
      toleratedMax: null,
      percentiles: null,
      reason: 'too few',
    };
    operation.flush({ data: { corridorSuggestion: suggestion } });
    await expect(result).resolves.toEqual(suggestion);
  });

  it('publishes with expectedVersion and fails a stale one with the current version', async () => {
    const result = firstValueFrom(api.publish(INPUT));
    const operation = controller.expectOne(PublishCorridorDocument);
    expect(operation.operation.variables).toEqual({ input: INPUT });
    const current = { version: 3, publishedBy: 'Dora', publishedAt: '2025-05-14T08:15:00.000Z' };
    operation.graphqlErrors([new GraphQLError('changed', { extensions: { code: 'CONFLICT', current } })]);
    const error = await result.catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'CONFLICT', current });
    expect(corridorConflictOf((error as { current: unknown }).current)).toEqual(current);
  });
});

describe('corridorConflictOf', () => {
  it('reads the API’s current version and refuses anything else', () => {
    expect(corridorConflictOf({ version: 1, publishedBy: null, publishedAt: 'x' })).toEqual({
      version: 1,
      publishedBy: null,
      publishedAt: 'x',
    });
    expect(corridorConflictOf(null)).toBeNull();
    expect(corridorConflictOf({ version: '1', publishedBy: null, publishedAt: 'x' })).toBeNull();
  });
});
