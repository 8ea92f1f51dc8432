import { KPI_UI_TEXTS } from '@salesdash/dashboard/kpi/ui';
import { formatInstant, interpolate } from '@salesdash/dashboard/shared/util-i18n';
import type { DealHistoryDto } from '../data-access/kpi-rows-api';
import { KPI_ROWS_TEXTS } from '../kpi-rows.texts';

const TEXTS = KPI_ROWS_TEXTS.deal;

export type TimelineKind = 'stage' | 'interaction' | 'feedback';

/** One thing that happened on a deal, in words. */
export interface TimelineEntry {
  readonly id: string;
  readonly kind: TimelineKind;
  readonly at: string;
  readonly when: string;
  readonly what: string;
  readonly detail: string;
  /** Feedback of CSAT 2 or less: a negative moment. */
  readonly negative: boolean;
}

const stageName = (stage: string) => KPI_UI_TEXTS.stages[stage] ?? stage;
const touchpointName = (touchpoint: string) => KPI_UI_TEXTS.touchpoints[touchpoint] ?? touchpoint;

/** A deal's stage events, interactions and feedback as one story, oldest first (ties: events, then contacts, then feedback). */
export function dealTimeline(deal: DealHistoryDto): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...deal.events.map((event) => ({
      id: event.eventId,
      kind: 'stage' as const,
      at: event.occurredAt,
      when: formatInstant(event.occurredAt),
      what: interpolate(TEXTS.stageEvent, { stage: stageName(event.stage) }),
      detail:
        event.infoComplete === null || event.infoComplete === undefined
          ? ''
          : event.infoComplete
            ? TEXTS.infoComplete
            : TEXTS.infoMissing,
      negative: false,
    })),
    ...deal.interactions.map((interaction) => ({
      id: interaction.interactionId,
      kind: 'interaction' as const,
      at: interaction.occurredAt,
      when: formatInstant(interaction.occurredAt),
      what: interpolate(interaction.direction === 'INBOUND' ? TEXTS.inbound : TEXTS.outbound, {
        touchpoint: touchpointName(interaction.touchpoint),
      }),
      detail:
        interaction.responseMinutes === null || interaction.responseMinutes === undefined
          ? interpolate(TEXTS.handledBy, { rep: interaction.repName })
          : interpolate(TEXTS.handledByAnsweredIn, {
              rep: interaction.repName,
              minutes: Math.round(interaction.responseMinutes),
            }),
      negative: false,
    })),
    ...deal.feedback.map((feedback) => ({
      id: feedback.feedbackId,
      kind: 'feedback' as const,
      at: feedback.occurredAt,
      when: formatInstant(feedback.occurredAt),
      what: interpolate(TEXTS.feedback, {
        stage: stageName(feedback.stage),
        touchpoint: touchpointName(feedback.touchpoint),
      }),
      detail: [
        feedback.nps === null || feedback.nps === undefined
          ? interpolate(TEXTS.scores, { csat: feedback.csat })
          : interpolate(TEXTS.scoresWithNps, { csat: feedback.csat, nps: feedback.nps }),
        feedback.comment ? interpolate(TEXTS.comment, { comment: feedback.comment }) : null,
      ]
        .filter((part): part is string => part !== null)
        .join(' — '),
      negative: feedback.csat <= 2,
    })),
  ];
  const order: Record<TimelineKind, number> = { stage: 0, interaction: 1, feedback: 2 };
  return entries.sort((a, b) => a.at.localeCompare(b.at) || order[a.kind] - order[b.kind] || a.id.localeCompare(b.id));
}
