import { csv } from './memory-bundle';

/**
 * A small valid bundle touching every file and rule: offsets and microseconds, quoted fields with
 * commas, quotes and a line break, a BOM, CRLF line ends and columns out of order.
 */
export const SAMPLE_FILES: Readonly<Record<string, string>> = {
  'regions.csv': '\uFEFF' + csv('region_id,name', 'R1,North', 'R2,South'),
  'teams.csv': csv('name,team_id,manager_user_id,region_id', 'Team North,T1,U1,R1', 'Team South,T2,,R2'),
  'users.csv': csv(
    'user_id,email,display_name,role,team_id',
    'U1,manager@example.com,Mia Manager,SALES_MANAGER,T1',
    'U2,rep.one@example.com,Rey Rep,SALES_REP,T1',
    'U3,rep.two@example.com,"Ray, the Rep",SALES_REP,T2',
  ).replace(/\n/g, '\r\n'),
  'deals.csv': csv(
    'deal_id,business_model,rep_id,customer_id,created_at,amount,segment,source_touchpoint',
    'D1,PREMIUM_FINANCING,U2,C1,2026-01-05T09:00:00+01:00,250000.00,SME,WEB',
    'D2,CONSUMER_LOANS,U3,C2,2026-01-06T10:30:00.123456Z,5000,,',
    'D3,CONSUMER_LOANS,U3,C3,2026-01-07T08:00Z,1200.5,RETAIL,PHONE',
  ),
  'stage_events.csv': csv(
    'event_id,deal_id,stage,occurred_at,info_complete',
    'E1,D1,SUSPECT,2026-01-05T09:00:00+01:00,',
    'E2,D1,OPPORTUNITY,2026-01-10T12:00:00Z,',
    'E3,D1,WON,2026-02-01T12:00:00.000001Z,',
    'E4,D1,PAID_OUT,2026-02-10T12:00:00Z,true',
    'E5,D2,SUSPECT,2026-01-06T10:30:00.123456Z,',
    'E6,D2,LOST,2026-01-20T00:00:00-05:00,',
    'E7,D3,PROSPECT,2026-01-08T00:00:00Z,',
  ),
  'interactions.csv': csv(
    'interaction_id,deal_id,rep_id,touchpoint,direction,occurred_at,response_minutes',
    'I1,D1,U2,EMAIL,INBOUND,2026-01-06T08:00:00Z,42.5',
    'I2,D1,U2,PHONE,OUTBOUND,2026-01-07T08:00:00Z,',
    'I3,D3,U3,MEETING,OUTBOUND,2026-01-09T08:00:00Z,',
  ),
  'feedback.csv': csv(
    'feedback_id,deal_id,stage,touchpoint,occurred_at,csat,nps,comment',
    'F1,D1,WON,MEETING,2026-02-02T10:00:00Z,5,10,"Great, fast ""service"""',
    'F2,D2,LOST,PHONE,2026-01-21T10:00:00Z,2,,"Line one\nline two \\ with a tab\t"',
    'F3,D3,PROSPECT,APP,2026-01-09T10:00:00Z,4,7,',
  ),
  'targets.csv': csv(
    'target_id,scope_type,scope_id,business_model,kpi,period_start,period_end,value',
    'G1,REP,U2,PREMIUM_FINANCING,WON_VOLUME,2026-01-01,2026-04-01,1000000',
    'G2,TEAM,T1,CONSUMER_LOANS,WON_DEALS,2026-01-01,2026-02-01,12',
  ),
};

/** Row counts of SAMPLE_FILES by file. */
export const SAMPLE_ROWS: Readonly<Record<string, number>> = {
  'regions.csv': 2,
  'teams.csv': 2,
  'users.csv': 3,
  'deals.csv': 3,
  'stage_events.csv': 7,
  'interactions.csv': 3,
  'feedback.csv': 3,
  'targets.csv': 2,
};
