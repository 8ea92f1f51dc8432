import { convertToParamMap } from '@angular/router';
import type { FeedbackPageDto } from '../data-access/journey-api';
import {
  effectiveModel,
  feedbackCaption,
  feedbackExportParams,
  feedbackListFilter,
  feedbackRows,
  filtersFromParams,
  filtersToParams,
  NO_FEEDBACK_FILTERS,
  pageRange,
} from './feedback';

const DEC = { from: '2026-12-01', to: '2027-01-01' };
const MODELS = [
  { code: 'PREMIUM_FINANCING', name: 'Premium financing' },
  { code: 'CONSUMER_LOANS', name: 'Consumer loans' },
];
const NEGATIVE_NOT_RECOVERED = {
  ...NO_FEEDBACK_FILTERS,
  stage: 'ONBOARDED' as const,
  csatMax: 2,
  recovery: 'NOT_RECOVERED' as const,
  withComment: true,
};

describe('feedback filters ↔ query parameters', () => {
  it('round-trips every filter through the URL', () => {
    const filters = { ...NEGATIVE_NOT_RECOVERED, touchpoint: 'PHONE' as const, csatMin: 1, model: 'CONSUMER_LOANS' };
    const params = filtersToParams(filters);
    expect(params).toEqual({
      fbStage: 'ONBOARDED',
      fbTouchpoint: 'PHONE',
      fbCsatMin: '1',
      fbCsatMax: '2',
      fbRecovery: 'NOT_RECOVERED',
      fbComment: 'true',
      fbModel: 'CONSUMER_LOANS',
    });
    const present = Object.fromEntries(Object.entries(params).filter(([, value]) => value !== null)) as Record<
      string,
      string
    >;
    expect(filtersFromParams(convertToParamMap(present))).toEqual(filters);
  });

  it('removes the parameters of unset filters (null in a merge)', () => {
    expect(Object.values(filtersToParams(NO_FEEDBACK_FILTERS)).every((value) => value === null)).toBe(true);
  });

  it('leaves out what it cannot read: unknown codes, scores outside 1–5, an upside-down range', () => {
    const read = filtersFromParams(
      convertToParamMap({
        fbStage: 'NOWHERE',
        fbTouchpoint: 'FAX',
        fbRecovery: 'MAYBE',
        fbCsatMin: '0',
        fbCsatMax: '9',
        fbComment: 'yes',
      }),
    );
    expect(read).toEqual(NO_FEEDBACK_FILTERS);
    expect(filtersFromParams(convertToParamMap({ fbCsatMin: '4', fbCsatMax: '2' }))).toMatchObject({
      csatMin: null,
      csatMax: null,
    });
  });
});

describe('the list’s filter and export', () => {
  it('asks for one page of 50 with the filters as lists', () => {
    expect(feedbackListFilter(NEGATIVE_NOT_RECOVERED, DEC, 'CONSUMER_LOANS', 3)).toEqual({
      from: '2026-12-01',
      to: '2027-01-01',
      businessModels: ['CONSUMER_LOANS'],
      stages: ['ONBOARDED'],
      csatMax: 2,
      recovery: ['NOT_RECOVERED'],
      withComment: true,
      offset: 100,
      limit: 50,
    });
    expect(feedbackListFilter(NO_FEEDBACK_FILTERS, DEC, null, 1)).toEqual({ ...DEC, offset: 0, limit: 50 });
  });

  it('exports the same filters as query parameters, without paging', () => {
    expect(feedbackExportParams(NEGATIVE_NOT_RECOVERED, DEC, 'CONSUMER_LOANS')).toEqual({
      from: '2026-12-01',
      to: '2027-01-01',
      businessModels: 'CONSUMER_LOANS',
      stages: 'ONBOARDED',
      csatMax: '2',
      recovery: 'NOT_RECOVERED',
      withComment: 'true',
    });
  });

  it('lists the page’s model, else the filter’s known model, else all', () => {
    const filters = { ...NO_FEEDBACK_FILTERS, model: 'CONSUMER_LOANS' };
    expect(effectiveModel(filters, 'PREMIUM_FINANCING', MODELS)).toBe('PREMIUM_FINANCING');
    expect(effectiveModel(filters, null, MODELS)).toBe('CONSUMER_LOANS');
    expect(effectiveModel({ ...filters, model: 'GONE' }, null, MODELS)).toBeNull();
  });
});

describe('feedback rows', () => {
  const page: FeedbackPageDto = {
    total: 1234,
    offset: 50,
    limit: 50,
    rows: [
      {
        feedbackId: 'F-1',
        dealId: 'D-000042',
        businessModel: 'CONSUMER_LOANS',
        customerId: 'C-1',
        repId: 'U-1',
        repName: 'Leon Franke',
        teamName: 'North',
        stage: 'ONBOARDED',
        touchpoint: 'PHONE',
        occurredAt: '2026-12-04T10:00:00.000Z',
        csat: 2,
        nps: 3,
        comment: 'Nobody called back',
        recovery: 'RECOVERED_LATER',
        recoveredAt: '2026-12-29T08:00:00.000Z',
      },
      {
        feedbackId: 'F-2',
        dealId: 'D-000043',
        businessModel: 'PREMIUM_FINANCING',
        customerId: 'C-2',
        repId: 'U-2',
        repName: 'Ada Berg',
        teamName: null,
        stage: 'SUSPECT',
        touchpoint: 'WEB',
        occurredAt: '2026-12-02T10:00:00.000Z',
        csat: 5,
        nps: null,
        comment: '  ',
        recovery: null,
        recoveredAt: null,
      },
    ],
  };

  it('says each feedback in words, marks negative ones, links the deal', () => {
    const [negative, positive] = feedbackRows(page, MODELS);
    expect(negative).toEqual({
      id: 'F-1',
      when: 'Dec 4, 2026, 10:00 AM UTC',
      model: 'Consumer loans',
      stage: 'Onboarded',
      touchpoint: 'Phone',
      csat: '2 / 5',
      negative: true,
      nps: '3 / 10',
      comment: 'Nobody called back',
      recovery: 'Recovered later on Dec 29, 2026',
      rep: 'Leon Franke (North)',
      dealId: 'D-000042',
      dealLink: '/deals/D-000042',
      dealText: 'Deal D-000042',
    });
    expect(positive).toMatchObject({ negative: false, nps: '—', comment: '—', recovery: '—', rep: 'Ada Berg' });
  });

  it('states the range of the page and the filters in the caption', () => {
    expect(pageRange(1234, 50, 50)).toEqual({ first: '51', last: '100', n: '1,234' });
    expect(pageRange(0, 0, 0)).toBeNull();
    expect(feedbackCaption(page, NEGATIVE_NOT_RECOVERED, DEC, 'CONSUMER_LOANS', MODELS)).toBe(
      'Feedback Dec 1 – 31, 2026, Consumer loans, Stage Onboarded, CSAT 1–2, Not recovered yet, With a comment only: rows 51–52 of 1,234',
    );
  });
});
