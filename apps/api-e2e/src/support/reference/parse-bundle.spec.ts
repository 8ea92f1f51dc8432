import { parseBundle } from './parse-bundle';
import { validateBundle } from './validate-bundle';

const ORG = {
  'regions.csv': 'region_id,name\nR1,North\n',
  'teams.csv': 'team_id,name,region_id\nT1,Team,R1\n',
  'users.csv': 'user_id,email,display_name,role,team_id\nU1,a@x.test,A,SALES_REP,T1\n',
};

describe('parseBundle', () => {
  it('reads typed values; an empty cell is null', () => {
    const bundle = parseBundle({
      ...ORG,
      'deals.csv':
        'deal_id,business_model,rep_id,customer_id,created_at,amount,segment\nD1,CONSUMER_LOANS,U1,C1,2026-03-01T00:00:00Z,12.3,\n',
      'stage_events.csv': 'event_id,deal_id,stage,occurred_at,info_complete\nE1,D1,PAID_OUT,2026-03-02T00:00:00Z,\n',
    });
    expect(bundle.deals[0]).toMatchObject({ amountCents: 1230, segment: null, sourceTouchpoint: null });
    expect(bundle.stageEvents[0]).toMatchObject({ stage: 'PAID_OUT', infoComplete: null });
    expect(bundle.users[0].teamId).toBe('T1');
  });

  it('lists every error as file:line column: message', () => {
    const files = {
      'regions.csv': 'region_id,name,colour\nR1,North,red\n',
      'deals.csv':
        'deal_id,business_model,rep_id,customer_id,created_at,amount\n' +
        'D1,CONSUMER_LOANS,U1,C1,2026-03-01T00:00:00,1.234\n' +
        'D2,CONSUMER_LOANS,,C1,2026-03-01T00:00:00Z,1\n',
      'feedback.csv': 'feedback_id,deal_id,stage,touchpoint,occurred_at,csat\nF1,D1,WON,FAX,2026-03-01T00:00:00Z,6\n',
      'notes.csv': 'a\n1\n',
    };
    expect(() => parseBundle(files)).toThrow(
      [
        'Invalid bundle:',
        'notes.csv: not a file of the bundle format',
        'regions.csv:1 colour: unknown column',
        'deals.csv:2 created_at: not an ISO 8601 timestamp with Z or an offset: "2026-03-01T00:00:00"',
        'deals.csv:2 amount: "1.234" is not an amount with at most 2 decimals',
        'deals.csv:3 rep_id: is required',
        'feedback.csv:2 touchpoint: "FAX" is not one of WEB, EMAIL, PHONE, MEETING, SOCIAL, BRANCH, PARTNER, APP',
        'feedback.csv:2 csat: "6" is not a whole number in 1..5',
      ].join('\n'),
    );
  });

  it('rejects a missing required column', () => {
    expect(() => parseBundle({ 'regions.csv': 'region_id\nR1\n' })).toThrow(
      'regions.csv:1 name: required column missing',
    );
  });
});

describe('validateBundle (§3 import rules)', () => {
  it('accepts a consistent bundle', () => {
    expect(validateBundle(parseBundle(ORG))).toEqual([]);
  });

  it('finds unresolved references, events before created_at, repeated stages and stages after LOST', () => {
    const bundle = parseBundle({
      ...ORG,
      'deals.csv':
        'deal_id,business_model,rep_id,customer_id,created_at,amount\n' +
        'D1,CONSUMER_LOANS,U1,C1,2026-03-01T00:00:00Z,1\n' +
        'D2,CAR_LEASING,U9,C1,2026-03-01T00:00:00Z,1\n',
      'stage_events.csv':
        'event_id,deal_id,stage,occurred_at\n' +
        'E1,D1,SUSPECT,2026-02-28T23:59:59Z\n' +
        'E2,D1,LOST,2026-03-02T00:00:00Z\n' +
        'E3,D1,PROSPECT,2026-03-03T00:00:00Z\n' +
        'E4,D1,PROSPECT,2026-03-01T00:00:00Z\n',
    });
    expect(validateBundle(bundle)).toEqual([
      'deals.csv D2 rep_id: U9 does not resolve',
      'deals.csv D2 business_model: CAR_LEASING does not resolve',
      "stage_events.csv E1: occurred_at precedes the deal's created_at",
      'stage_events.csv: deal D1 has a stage twice',
      'stage_events.csv: deal D1 has a stage after LOST',
    ]);
  });
});
