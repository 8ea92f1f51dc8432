import { FactReader } from '@salesdash/api/facts';
import type { DataSource } from 'typeorm';
import { BusinessModelCatalog, CorridorPolicies } from '@salesdash/api/policies';
import { AccessService } from '@salesdash/api/identity';
import { OrgDirectory } from '@salesdash/api/org';
import { KpiEngine } from '../kpi-engine.service';
import { KpiQueryService } from '../kpi-query.service';

/** The KPI query service with its real collaborators on a test database, as Nest would wire it. */
export function kpiQueryServiceOn(dataSource: DataSource): KpiQueryService {
  const org = new OrgDirectory(dataSource);
  return new KpiQueryService(
    new KpiEngine(dataSource, new FactReader()),
    new AccessService(org, dataSource),
    new BusinessModelCatalog(dataSource),
    new CorridorPolicies(dataSource),
    dataSource,
  );
}
