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
});
const MODELS: BusinessModelDto[] = [
  { code: 'A', name: 'Model A', description: '' },
  { code: 'B', name: 'Model B', description: '' },
];
const corridor = (businessModel: string, kpiCode: string, segment: string | null, version: number) =>
  ({ businessModel, kpi: kpiCode, segment, version, description: `v${version}` }) as CorridorDto;

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
    expect(winRate.cells.map((c) => [c.businessModelName, c.corridor?.version ?? null])).toEqual([
      ['Model A', 3],
      ['Model B', null],
    ]);
  });
});
