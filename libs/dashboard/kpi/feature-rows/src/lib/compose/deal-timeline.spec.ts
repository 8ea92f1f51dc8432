import type { DealHistoryDto } from '../data-access/kpi-rows-api';
import { dealTimeline } from './deal-timeline';

const DEAL: DealHistoryDto = {
  dealId: 'D-1',
  customerId: 'C-1',
  businessModel: 'CONSUMER_LOANS',
  segment: null,
  sourceTouchpoint: 'WEB',
  createdAt: '2026-01-01T09:00:00.000Z',
  amount: 1000,
  repId: 'U-1',
  repName: 'Ann',
  teamName: 'North 1',
  events: [
    { eventId: 'E2', stage: 'PAID_OUT', occurredAt: '2026-02-01T09:00:00.000Z', infoComplete: false },
    { eventId: 'E1', stage: 'WON', occurredAt: '2026-01-20T09:00:00.000Z', infoComplete: null },
  ],
  interactions: [
    {
      interactionId: 'I1',
      occurredAt: '2026-01-20T09:00:00.000Z',
      touchpoint: 'PHONE',
      direction: 'INBOUND',
      responseMinutes: 90,
      repName: 'Ben',
    },
  ],
  feedback: [
    {
      feedbackId: 'F1',
      occurredAt: '2026-01-21T00:00:00.000Z',
      stage: 'WON',
      touchpoint: 'PHONE',
      csat: 2,
      nps: 3,
      comment: 'slow',
    },
  ],
};

describe('dealTimeline', () => {
  it('tells a deal’s story oldest first, an event before a contact at the same instant, negative feedback marked', () => {
    const entries = dealTimeline(DEAL);
    expect(entries.map((entry) => [entry.id, entry.what, entry.detail, entry.negative])).toEqual([
      ['E1', 'Stage: Won', '', false],
      ['I1', 'Inbound Phone', 'by Ben, answered in 90 min', false],
      ['F1', 'Feedback at Won, Phone', 'CSAT 2 / 5, NPS 3 / 10 — “slow”', true],
      ['E2', 'Stage: Paid out', 'information missing', false],
    ]);
  });
});
