import { Module } from '@nestjs/common';
import { FeedbackListReader } from './feedback-list.reader';
import { FunnelReader } from './funnel.reader';
import { JourneyExportController } from './journey-export.controller';
import { JourneyRequests } from './journey-request';
import { JourneyResolver } from './journey.resolver';
import { MomentFlags } from './moment-flags.service';
import { MomentHeatmapReader } from './moment-heatmap.reader';

/**
 * The customer journey and the customer's voice: the cohort funnel, feedback per moment (heatmap,
 * weakest moments), the flags of moments that matter, the feedback list, and their CSV exports.
 */
@Module({
  controllers: [JourneyExportController],
  providers: [JourneyRequests, FunnelReader, MomentHeatmapReader, MomentFlags, FeedbackListReader, JourneyResolver],
})
export class JourneyModule {}
