import { Module } from '@nestjs/common';
import { PipelineExportController } from './pipeline-export.controller';
import { RepDealsReader } from './rep-deals.reader';
import { RepDealsResolver } from './rep-deals.resolver';

/**
 * A rep's deals one by one: the open pipeline and the deals that need action (won and waiting for
 * onboarding beyond the model's corridor, paid out with information missing, open and quiet).
 */
@Module({
  controllers: [PipelineExportController],
  providers: [RepDealsReader, RepDealsResolver],
})
export class PipelineModule {}
