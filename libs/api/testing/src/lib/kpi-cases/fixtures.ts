/** The two business models the database holds. */
export const PF = 'PREMIUM_FINANCING';
export const CL = 'CONSUMER_LOANS';

/** Seconds per day: §4 days are (t2 − t1) in seconds / 86400. */
export const DAY = 86_400;

/** CSV text from a header line and record lines (LF line ends, trailing newline). */
export function csv(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

export const MARCH_2026 = { from: '2026-03-01', to: '2026-04-01' } as const;

/**
 * The organisation every case shares. Region North holds teams Hamburg (Anna, Ben; manager Mona)
 * and Berlin (Carl); region South holds Munich (Dora). Eva is a rep without a team, Mona a manager
 * without a team_id (so she is nobody's rep).
 */
export const ORG_FILES: Readonly<Record<string, string>> = {
  'regions.csv': csv('region_id,name', 'R-NORTH,North', 'R-SOUTH,South'),
  'teams.csv': csv(
    'team_id,name,region_id,manager_user_id',
    'T-HAM,Hamburg,R-NORTH,U-MONA',
    'T-BER,Berlin,R-NORTH,',
    'T-MUC,Munich,R-SOUTH,',
  ),
  'users.csv': csv(
    'user_id,email,display_name,role,team_id',
    'U-MONA,mona@kpi-cases.test,Mona Manager,SALES_MANAGER,',
    'U-ANNA,anna@kpi-cases.test,Anna Rep,SALES_REP,T-HAM',
    'U-BEN,ben@kpi-cases.test,Ben Rep,SALES_REP,T-HAM',
    'U-CARL,carl@kpi-cases.test,Carl Rep,SALES_REP,T-BER',
    'U-DORA,dora@kpi-cases.test,Dora Rep,SALES_REP,T-MUC',
    'U-EVA,eva@kpi-cases.test,Eva Rep,SALES_REP,',
  ),
};

export const DEALS_HEADER = 'deal_id,business_model,rep_id,customer_id,created_at,amount';
export const EVENTS_HEADER = 'event_id,deal_id,stage,occurred_at,info_complete';
export const FEEDBACK_HEADER = 'feedback_id,deal_id,stage,touchpoint,occurred_at,csat,nps,comment';
export const INTERACTIONS_HEADER = 'interaction_id,deal_id,rep_id,touchpoint,direction,occurred_at,response_minutes';
export const TARGETS_HEADER = 'target_id,scope_type,scope_id,business_model,kpi,period_start,period_end,value';
