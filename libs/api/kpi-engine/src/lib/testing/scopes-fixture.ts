/**
 * Regions R1 (teams T1, T2) and R2 (T3, and T4 without anyone); reps A, B in T1, C in T2, D and E
 * (no deals) in T3; a manager in T1 who is no rep. Deals of both models for A–D over half a year
 * with every kind of event, interactions and feedback; REP targets for everyone and T2's own TEAM
 * target, which replaces the sum of its reps'.
 */
export const SCOPES_FIXTURE = `
  INSERT INTO region VALUES ('R1', 'North'), ('R2', 'South');
  INSERT INTO team VALUES ('T1', 'North 1', 'R1', NULL), ('T2', 'North 2', 'R1', NULL),
                          ('T3', 'South 1', 'R2', NULL), ('T4', 'South 2', 'R2', NULL);
  INSERT INTO app_user (user_id, email, display_name, role, team_id) VALUES
    ('A', 'a@x.test', 'Rep A', 'SALES_REP', 'T1'), ('B', 'b@x.test', 'Rep B', 'SALES_REP', 'T1'),
    ('C', 'c@x.test', 'Rep C', 'SALES_REP', 'T2'), ('D', 'd@x.test', 'Rep D', 'SALES_REP', 'T3'),
    ('E', 'e@x.test', 'Rep E', 'SALES_REP', 'T3'), ('M', 'm@x.test', 'Manager', 'SALES_MANAGER', 'T1');
  INSERT INTO deal
  SELECT 'D' || i, CASE WHEN i % 2 = 0 THEN 'CONSUMER_LOANS' ELSE 'PREMIUM_FINANCING' END,
         (ARRAY['A', 'B', 'C', 'D'])[1 + i % 4], 'C' || i,
         timestamptz '2026-01-01T00:00:00Z' + i * interval '9 hours', 1000 + i * 3.5, NULL, NULL
  FROM generate_series(1, 400) i;
  INSERT INTO stage_event
  SELECT 'O' || i, 'D' || i, 'OPPORTUNITY', timestamptz '2026-01-01T00:00:00Z' + i * interval '9 hours' + interval '3 days', NULL::boolean
  FROM generate_series(1, 400) i WHERE i % 2 = 0 OR i % 7 = 0
  UNION ALL
  SELECT 'W' || i, 'D' || i, CASE WHEN i % 5 = 0 THEN 'LOST' ELSE 'WON' END,
         timestamptz '2026-01-01T00:00:00Z' + i * interval '9 hours' + interval '10 days', NULL
  FROM generate_series(1, 400) i WHERE i % 3 = 0 OR i % 5 = 0
  UNION ALL
  SELECT 'N' || i, 'D' || i, 'ONBOARDED', timestamptz '2026-01-01T00:00:00Z' + i * interval '9 hours' + interval '16 days', NULL
  FROM generate_series(1, 400) i WHERE i % 3 = 0 AND i % 5 <> 0
  UNION ALL
  SELECT 'P' || i, 'D' || i, 'PAID_OUT', timestamptz '2026-01-01T00:00:00Z' + i * interval '9 hours' + interval '20 days', i % 2 = 0
  FROM generate_series(1, 400) i WHERE i % 3 = 0 AND i % 5 <> 0
  UNION ALL
  SELECT 'X' || i, 'D' || i, 'DEFAULTED', timestamptz '2026-01-01T00:00:00Z' + i * interval '9 hours' + interval '50 days', NULL
  FROM generate_series(1, 400) i WHERE i % 9 = 0 AND i % 5 <> 0;
  INSERT INTO interaction
  SELECT 'I' || i, 'D' || (1 + i % 400), (ARRAY['A', 'B', 'C', 'D'])[1 + i % 4], 'PHONE',
         CASE WHEN i % 3 = 0 THEN 'OUTBOUND' ELSE 'INBOUND' END,
         timestamptz '2026-01-02T00:00:00Z' + i * interval '5 hours',
         CASE WHEN i % 3 = 0 THEN NULL ELSE (i * 37) % 900 END
  FROM generate_series(1, 700) i;
  INSERT INTO feedback
  SELECT 'F' || i, 'D' || (1 + i % 400), 'WON', 'APP', timestamptz '2026-01-03T00:00:00Z' + i * interval '11 hours',
         1 + i % 5, CASE WHEN i % 4 = 0 THEN NULL ELSE i % 11 END, NULL
  FROM generate_series(1, 350) i;
  INSERT INTO target
  SELECT 'G' || rep || m || kpi, 'REP', rep, 'CONSUMER_LOANS', kpi,
         date '2026-01-01' + (m || ' months')::interval, date '2026-01-01' + ((m + 1) || ' months')::interval, 50000 + m * 1000
  FROM unnest(ARRAY['A', 'B', 'C', 'D', 'E']) rep, generate_series(0, 5) m, unnest(ARRAY['WON_VOLUME', 'WON_DEALS']) kpi;
  INSERT INTO target VALUES ('GT2', 'TEAM', 'T2', 'CONSUMER_LOANS', 'WON_VOLUME', '2026-02-01', '2026-05-01', 123456);
`;
