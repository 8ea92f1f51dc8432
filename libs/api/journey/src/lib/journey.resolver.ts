import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, HeavyOperation, Roles, type Viewer } from '@salesdash/api/platform';
import { ROLES } from '@salesdash/shared/domain';
import { FeedbackListReader } from './feedback-list.reader';
import { FunnelReader } from './funnel.reader';
import {
  FeedbackListFilterInput,
  FeedbackPageType,
  FunnelModelType,
  JourneyFilterInput,
  MomentFlagInput,
  MomentFlagType,
  MomentHeatmapType,
  WeakestMomentsFilterInput,
  WeakestMomentType,
} from './journey.types';
import { MomentFlags, MOMENT_FLAG_EDITORS } from './moment-flags.service';
import { momentCell, MomentHeatmapReader } from './moment-heatmap.reader';

/**
 * The customer journey and the customer's voice. Every role may ask; what it sees is decided by the
 * access module: the KPIs the answer reveals (FORBIDDEN when the role may not see them) and its rows.
 */
@Resolver()
export class JourneyResolver {
  constructor(
    private readonly funnels: FunnelReader,
    private readonly moments: MomentHeatmapReader,
    private readonly flags: MomentFlags,
    private readonly feedback: FeedbackListReader,
  ) {}

  @Roles(...ROLES)
  @HeavyOperation()
  @Query(() => [FunnelModelType], {
    description:
      'Per business model, the cohort funnel of the deals created in the period, as of asOf. Needs NEW_LEADS and LEAD_CONVERSION_RATE.',
  })
  async journeyFunnel(
    @CurrentViewer() viewer: Viewer,
    @Args('filter') filter: JourneyFilterInput,
  ): Promise<FunnelModelType[]> {
    return (await this.funnels.funnel(viewer, filter)).models;
  }

  @Roles(...ROLES)
  @HeavyOperation()
  @Query(() => MomentHeatmapType, {
    description:
      'Feedback per business model × stage × touchpoint in the period and in the period before, with the flags of moments that matter. Needs CSAT and NEGATIVE_MOMENT_RATE.',
  })
  async momentHeatmap(
    @CurrentViewer() viewer: Viewer,
    @Args('filter') filter: JourneyFilterInput,
  ): Promise<MomentHeatmapType> {
    const read = await this.moments.read(viewer, filter);
    return {
      ...read.request.period,
      previousFrom: read.previous.from,
      previousTo: read.previous.to,
      cells: read.cells.map(momentCell),
    };
  }

  @Roles(...ROLES)
  @HeavyOperation()
  @Query(() => [WeakestMomentType], {
    description:
      'The moments with the lowest CSAT (or highest negative rate) among those with enough responses, with the change against the period before. Needs CSAT and NEGATIVE_MOMENT_RATE.',
  })
  weakestMoments(
    @CurrentViewer() viewer: Viewer,
    @Args('filter') filter: WeakestMomentsFilterInput,
  ): Promise<WeakestMomentType[]> {
    return this.moments.weakest(viewer, filter);
  }

  @Roles(...ROLES)
  @Query(() => [MomentFlagType], {
    description: 'The moments that matter: flagged moments with the reason, who flagged them and when.',
  })
  momentsThatMatter(
    @Args('businessModels', { type: () => [String], nullable: true }) businessModels?: string[] | null,
  ): Promise<MomentFlagType[]> {
    return this.flags.list(businessModels);
  }

  @Roles(...MOMENT_FLAG_EDITORS)
  @Mutation(() => MomentFlagType, {
    description: 'Flags a moment that matters, or changes the reason of its flag (audited).',
  })
  flagMoment(@CurrentViewer() viewer: Viewer, @Args('input') input: MomentFlagInput): Promise<MomentFlagType> {
    return this.flags.flag(viewer, input);
  }

  @Roles(...MOMENT_FLAG_EDITORS)
  @Mutation(() => MomentFlagType, {
    description: 'Removes the flag of a moment (audited, with the reason); answers it.',
  })
  unflagMoment(@CurrentViewer() viewer: Viewer, @Args('input') input: MomentFlagInput): Promise<MomentFlagType> {
    return this.flags.unflag(viewer, input);
  }

  @Roles(...ROLES)
  @HeavyOperation()
  @Query(() => FeedbackPageType, {
    description: 'The voice of the customer: feedback of the period one by one, filtered, newest first. Needs CSAT.',
  })
  feedbackList(
    @CurrentViewer() viewer: Viewer,
    @Args('filter') filter: FeedbackListFilterInput,
  ): Promise<FeedbackPageType> {
    return this.feedback.page(viewer, filter);
  }
}
