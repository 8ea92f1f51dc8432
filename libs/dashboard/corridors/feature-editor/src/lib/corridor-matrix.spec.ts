import type { BusinessModelDto, CorridorDto, KpiDefinitionDto } from '@salesdash/dashboard/kpi/data-access';
import { corridorMatrix } from './corridor-matrix';

const kpi = (code: string, stage: string): KpiDefinitionDto => ({
  code,
  name: code.toLowerCase(),
  unit: 'DAYS',
  stage,
  ownerRoles: [],
  description: '',
  sampleSizeOf: '',
  direction: 'BOTH_SIDES',
  directionReason: null,
  allowedBases: ['VALUE'],
});
const MODELS: BusinessModelDto[] = [
  { code: 'A', name: 'Model A', description: '' },
  { code: 'B', name: 'Model B', description: '' },
];
const corridor = (businessModel: string, kpiCode: string, segment: string | null, version: number) =>
  ({
    businessModel,
    kpi: kpiCode,
    segment,
    version,
    acceptableMin: 0.2,
    acceptableMax: null,
    toleratedMin: 0.1,
    toleratedMax: null,
    basis: 'VALUE',
    description: `v${version} in the API's words`,
  }) as CorridorDto;

describe('corridorMatrix', () => {
  it('groups KPIs by journey stage in the stage order, each cell the model-wide corridor in force', () => {
    const groups = corridorMatrix(
      [kpi('CSAT', 'ANY'), kpi('WIN_RATE', 'WON'), kpi('NEW_LEADS', 'SUSPECT'), kpi('X', 'CHAMPION')],
      MODELS,
      [corridor('A', 'WIN_RATE', null, 3), corridor('B', 'WIN_RATE', 'SME', 9)],
    );
    expect(groups.map((g) => [g.title, g.rows.map((r) => r.kpi)])).toEqual([
      ['Suspect', ['NEW_LEADS']],
      ['Won', ['WIN_RATE']],
      ['Customer voice & activity', ['CSAT']],
      ['Champion', ['X']],
    ]);
    const winRate = groups[1].rows[0];
    expect(winRate.cells.map((c) => [c.businessModelName, c.corridor?.version ?? null, c.description])).toEqual([
      ['Model A', 3, 'acceptable ≥ 20 %, tolerated ≥ 10 %'],
      ['Model B', null, null],
    ]);
  });

  it('words each corridor with its basis, and one of a KPI the shared rules do not know in the API’s words', () => {
    const leads = {
      ...corridor('A', 'NEW_LEADS', null, 2),
      acceptableMin: 1,
      toleratedMin: 0.8,
      basis: 'SHARE_OF_TARGET',
    };
    const groups = corridorMatrix([kpi('NEW_LEADS', 'SUSPECT'), kpi('X', 'CHAMPION')], MODELS, [
      leads as CorridorDto,
      corridor('A', 'X', null, 1),
    ]);
    expect(groups.map((group) => group.rows[0].cells[0].description)).toEqual([
      'acceptable ≥ 100 % of target to date, tolerated ≥ 80 %',
      "v1 in the API's words",
    ]);
  });
});
