import { Module } from '@nestjs/common';
import { OrgModule } from '@salesdash/api/org';
import { TargetAccess } from './target-access';
import { TargetExportController } from './target-export.controller';
import { TargetGridReader } from './target-grid-reader';
import { TargetGridResolver } from './target-grid.resolver';
import { TargetGridWriter } from './target-grid-writer';

/**
 * Targets as sales managers set them (docs/kpis.md#targets): a team's grid of reps × months for one KPI and
 * business model, read and saved in the same target rows a targets.csv import writes.
 */
@Module({
  imports: [OrgModule],
  controllers: [TargetExportController],
  providers: [TargetAccess, TargetGridReader, TargetGridWriter, TargetGridResolver],
})
export class TargetsModule {}
