import { startApiServer } from './api-process';
import type { BenchServer } from './postgres';
import { withClient } from './postgres';
import type { RequestCase } from './run-bench';

/** What one request executed, as PostgreSQL's auto_explain logged it (EXPLAIN ANALYZE, BUFFERS). */
export interface RequestPlans {
  readonly request: string;
  readonly plans: string;
}

const AUTO_EXPLAIN: Readonly<Record<string, string>> = {
  session_preload_libraries: 'auto_explain',
  'auto_explain.log_min_duration': '0',
  'auto_explain.log_analyze': 'on',
  'auto_explain.log_buffers': 'on',
};

/** Tables of the statements worth a plan: the facts layer's reads and the targets (not sign-in or sessions). */
const KPI_TABLES =
  /\b(?:FROM|JOIN)\s+(?:fact_rep_\w+|fact_model_\w+|response_\w+|stage_event|feedback|interaction|target)\b/i;

/** Keeps the logged plans of KPI statements: each entry starts with "duration: … plan:". */
function kpiPlans(log: string): string {
  return log
    .split(/(?=^.*duration: [\d.]+ ms {2}plan:)/m)
    .filter((entry) => entry.includes('plan:') && KPI_TABLES.test(entry))
    .map((entry) => entry.trim())
    .join('\n\n');
}

/**
 * The query plans of each request on a fresh server (nothing cached, so every statement runs): the
 * database gets auto_explain for its sessions while this runs — after the timings, which it would
 * slow — and the embedded server's log is read. Another server (DATABASE_URL) logs them itself.
 */
export async function explainRequests(
  root: string,
  server: BenchServer,
  databaseUrl: string,
  database: string,
  requests: readonly RequestCase[],
): Promise<RequestPlans[]> {
  if (!server.recordLog) {
    return [];
  }
  const settings = Object.entries(AUTO_EXPLAIN);
  await withClient(server.url, async (client) => {
    for (const [name, value] of settings) {
      await client.query(`ALTER DATABASE ${database} SET ${name} = '${value}'`);
    }
  });
  const api = await startApiServer(root, databaseUrl);
  try {
    await api.login();
    const plans: RequestPlans[] = [];
    for (const request of requests) {
      const recording = server.recordLog();
      await api.request(request.query, request.variables);
      // auto_explain writes as a statement ends; give the log a moment to arrive.
      await new Promise((resolveWait) => setTimeout(resolveWait, 500));
      plans.push({
        request: `${request.operation} ${request.scope} ${request.period}`,
        plans: kpiPlans(recording.stop()),
      });
    }
    return plans;
  } finally {
    await api.stop();
    await withClient(server.url, async (client) => {
      for (const [name] of settings) {
        await client.query(`ALTER DATABASE ${database} RESET ${name}`);
      }
    });
  }
}
