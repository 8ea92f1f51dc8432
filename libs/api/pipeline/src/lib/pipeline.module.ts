import { Module } from '@nestjs/common';
import { DealHistoryReader } from './deal-history.reader';
import { DealHistoryResolver } from './deal-history.resolver';
import { PipelineExportController } from './pipeline-export.controller';
import { RepDealsReader } from './rep-deals.reader';
import { RepDealsResolver } from './rep-deals.resolver';

/**
 * Deals one by one: a rep's open pipeline and the deals that need action (won and waiting for
 * onboarding beyond the model's corridor, paid out with information missing, open and quiet), and any
 * deal's whole history.
 */
@Module({
  controllers: [PipelineExportController],
  providers: [RepDealsReader, RepDealsResolver, DealHistoryReader, DealHistoryResolver],
})
export class PipelineModule {}
