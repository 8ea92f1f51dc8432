import { TestBed } from '@angular/core/testing';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { type DocumentNode, print } from 'graphql';
import { firstValueFrom } from 'rxjs';
import { type CorridorDto, CorridorIndex } from './corridor.models';
import { CorridorHistoryDocument, CorridorsDocument, PublishCorridorDocument } from './generated/graphql';
import { KpiApi } from './kpi-api.service';

function corridor(version: number, overrides: Partial<CorridorDto> = {}): CorridorDto {
  return {
    id: `C-${version}`,
    businessModel: 'CONSUMER_LOANS',
    kpi: 'CYCLE_TIME_DAYS',
    segment: null,
    version,
    effectiveFrom: '2025-01-01',
    acceptableMin: 10,
    acceptableMax: 35,
    toleratedMin: 5,
    toleratedMax: 45,
    minSampleSize: 5,
    rationale: 'Small loans close fast.',
    basis: 'VALUE',
    publishedAt: '2024-12-20T10:00:00Z',
    publishedBy: 'Carla Controller',
    description: 'acceptable 10–35 days, tolerated 5–45 days',
    ...overrides,
  };
}

describe('CorridorIndex', () => {
  const index = new CorridorIndex([
    corridor(2),
    corridor(1),
    corridor(2),
    corridor(1, { segment: 'SMALL', id: 'S-1' }),
    corridor(1, { businessModel: 'PREMIUM_FINANCING', id: 'P-1' }),
  ]);

  it('finds the model-wide version that judged a value, none without a version', () => {
    expect(index.find('CONSUMER_LOANS', 'CYCLE_TIME_DAYS', 1)?.id).toBe('C-1');
    expect(index.find('PREMIUM_FINANCING', 'CYCLE_TIME_DAYS', 1)?.id).toBe('P-1');
    expect(index.find('CONSUMER_LOANS', 'CYCLE_TIME_DAYS', 3)).toBeNull();
    expect(index.find('CONSUMER_LOANS', 'CYCLE_TIME_DAYS', null)).toBeNull();
    expect(index.find('CONSUMER_LOANS', 'WIN_RATE', 1)).toBeNull();
  });

  it('lists the versions oldest first, each once, segments left out', () => {
    expect(index.versions('CONSUMER_LOANS', 'CYCLE_TIME_DAYS').map((c) => c.id)).toEqual(['C-1', 'C-2']);
  });
});

describe('KpiApi corridors', () => {
  let api: KpiApi;
  let controller: ApolloTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule] });
    api = TestBed.inject(KpiApi);
    controller = TestBed.inject(ApolloTestingController);
  });

  afterEach(() => controller.verify());

  it('asks once for every corridor in force on a day', async () => {
    const result = firstValueFrom(api.corridorsInForce('2025-03-31'));
    const operation = controller.expectOne(CorridorsDocument);
    expect(operation.operation.variables).toEqual({ onDate: '2025-03-31' });
    operation.flush({ data: { corridors: [{ __typename: 'Corridor', ...corridor(1) }] } });
    await expect(result).resolves.toEqual([{ __typename: 'Corridor', ...corridor(1) }]);
  });

  it('asks for the history of one corridor', async () => {
    const result = firstValueFrom(api.corridorHistory('CONSUMER_LOANS', 'CYCLE_TIME_DAYS'));
    const operation = controller.expectOne(CorridorHistoryDocument);
    expect(operation.operation.variables).toEqual({ businessModel: 'CONSUMER_LOANS', kpi: 'CYCLE_TIME_DAYS' });
    operation.flush({ data: { corridorHistory: [] } });
    await expect(result).resolves.toEqual([]);
  });
});

describe('CorridorFields', () => {
  it('asks for the basis wherever a corridor is read, so its bands are never read in the wrong unit', () => {
    const documents: DocumentNode[] = [CorridorsDocument, CorridorHistoryDocument, PublishCorridorDocument];
    for (const document of documents) {
      expect(print(document)).toMatch(/fragment CorridorFields on Corridor \{[^}]*\bbasis\b/);
    }
  });
});
