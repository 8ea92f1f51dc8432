import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { DEMO_LOGINS, DEMO_PASSWORD } from '@salesdash/tools/demo-data';
import type { QueryRunner } from 'typeorm';
import { type ApiServer, type GraphqlResponse, startApiServer, TEST_ADMIN } from '../support/api-server';

const KPI_VALUES = 'query ($filter: KpiFilter!) { kpiValues(filter: $filter) { kpi businessModel value } }';
const KPI_TREND = 'query ($filter: KpiTrendFilter!) { kpiTrend(filter: $filter) { kpi points { value } } }';
const ME = '{ me { email } }';
// Smaller than the defaults (4 and 16), so that 200 clients overrun the gate many times over.
const HEAVY_QUERY_CONCURRENCY = 2;
const HEAVY_QUERY_QUEUE = 6;

interface Answer {
  readonly status: number;
  readonly retryAfter: string | null;
  readonly body: GraphqlResponse<Record<string, unknown[] | null>>;
  readonly ms: number;
}

function monthsAgo(months: number): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - months, 1)).toISOString().slice(0, 10);
}

const LAST_12_MONTHS = { from: monthsAgo(12), to: monthsAgo(0) };

function daysAfter(date: string, days: number): string {
  return new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);
}

/** One POST to /graphql with its status, Retry-After header, body and time to answer. */
async function post(
  api: ApiServer,
  query: string,
  variables?: Record<string, unknown>,
  token?: string,
): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(`${api.baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
    // Without a statement timeout a blocked query never answers: fail the test instead of hanging.
    signal: AbortSignal.timeout(30_000),
  });
  const body = (await response.json()) as Answer['body'];
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body,
    ms: performance.now() - started,
  };
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

function codeOf(answer: Answer): unknown {
  return answer.body.errors?.[0]?.extensions?.['code'];
}

function expectRetryAfter(answer: Answer, max: number): void {
  const seconds = Number(answer.retryAfter);
  expect(Number.isInteger(seconds)).toBe(true);
  expect(seconds).toBeGreaterThanOrEqual(1);
  expect(seconds).toBeLessThanOrEqual(max);
  expect(answer.body.errors?.[0]?.extensions?.['retryAfterSeconds']).toBe(seconds);
}

describe('heavy queries under load, on the demo data', () => {
  let db: TestDatabase;
  let api: ApiServer;
  let tokens: string[];

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApiServer(db.url, {
      DEMO_DATA: 'true',
      HEAVY_QUERY_CONCURRENCY: String(HEAVY_QUERY_CONCURRENCY),
      HEAVY_QUERY_QUEUE: String(HEAVY_QUERY_QUEUE),
    });
    tokens = await Promise.all(DEMO_LOGINS.map(({ email }) => api.login(email, DEMO_PASSWORD)));
  });

  afterAll(async () => {
    await api?.stop();
    await db?.drop();
  });

  it('answers 200 concurrent kpiValues clients asking different periods: the admitted ones with data, the rest at once with 503 and Retry-After, none with 500', async () => {
    const clients = 200;
    // Each its own period, so none is answered from another's computation.
    const heavy = Array.from({ length: clients }, (_, index) =>
      post(
        api,
        KPI_VALUES,
        { filter: { ...LAST_12_MONTHS, from: daysAfter(LAST_12_MONTHS.from, index) } },
        tokens[index % tokens.length],
      ),
    );
    // Light operations keep their connections while the heavy ones wait in line.
    const light = Array.from({ length: 10 }, (_, index) => post(api, ME, undefined, tokens[index % tokens.length]));
    const answers = await Promise.all(heavy);
    const lightAnswers = await Promise.all(light);

    const admitted = answers.filter((answer) => answer.status === 200);
    const shed = answers.filter((answer) => answer.status === 503);
    const admittedMs = admitted.map((answer) => answer.ms);
    const shedMs = shed.map((answer) => answer.ms);
    console.log(
      `${clients} concurrent kpiValues (12 months, ${tokens.length} users): ${admitted.length} answered with data ` +
        `(p50 ${percentile(admittedMs, 50).toFixed(0)} ms, p99 ${percentile(admittedMs, 99).toFixed(0)} ms), ` +
        `${shed.length} shed with 503 (p50 ${percentile(shedMs, 50).toFixed(0)} ms, max ${percentile(shedMs, 100).toFixed(0)} ms), ` +
        `${answers.length - admitted.length - shed.length} other answers`,
    );

    expect(answers.filter((answer) => answer.status !== 200 && answer.status !== 503)).toEqual([]);
    expect(shed.length).toBeGreaterThan(0);
    // Shedding starts only once the gate holds as many running and waiting as allowed.
    expect(admitted.length).toBeGreaterThanOrEqual(HEAVY_QUERY_CONCURRENCY + HEAVY_QUERY_QUEUE);
    for (const answer of admitted) {
      expect(answer.body.errors).toBeUndefined();
      expect(answer.body.data?.['kpiValues']?.length).toBeGreaterThan(0);
    }
    for (const answer of shed) {
      expect(codeOf(answer)).toBe('TOO_BUSY');
      expect(answer.body.errors?.[0]?.message).toMatch(
        /^The server is busy with other heavy queries; try again in \d+ s$/,
      );
      expectRetryAfter(answer, 60);
    }
    // Bounded by the queue, not by the number of clients: without the gate the p99 was 19.6 s on the
    // 2-core test machine (issue 12 measured 13 s); with it 3.3 s there, most of it taking in 200 requests.
    expect(percentile(admittedMs, 99)).toBeLessThan(8_000);
    // A shed client does not wait for the queue to drain.
    expect(percentile(shedMs, 100)).toBeLessThan(percentile(admittedMs, 100));
    expect(lightAnswers.map((answer) => [answer.status, codeOf(answer)])).toEqual(
      lightAnswers.map(() => [200, undefined]),
    );

    const afterwards = await post(api, KPI_VALUES, { filter: LAST_12_MONTHS }, tokens[0]);
    expect(afterwards.status).toBe(200);
  });

  it('answers 200 concurrent clients asking the same period all with data: one computation per row scope, none shed', async () => {
    const filter = { ...LAST_12_MONTHS, from: monthsAgo(11) };
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, index) => post(api, KPI_VALUES, { filter }, tokens[index % tokens.length])),
    );
    const ms = answers.map((answer) => answer.ms);
    console.log(
      `200 concurrent identical kpiValues: p50 ${percentile(ms, 50).toFixed(0)} ms, p99 ${percentile(ms, 99).toFixed(0)} ms`,
    );
    expect(answers.map((answer) => [answer.status, codeOf(answer)])).toEqual(answers.map(() => [200, undefined]));
    // Users see what their role may see, all from one set of figures.
    const management = answers[DEMO_LOGINS.findIndex(({ role }) => role === 'MANAGEMENT')];
    expect(management.body.data?.['kpiValues']?.length).toBe(36);
  });
});

describe('per-user rate of heavy queries and the statement timeout', () => {
  const RATE = 3;
  let db: TestDatabase;
  let api: ApiServer;

  /** A signed-in CONTROLLING user of its own, so each test starts with a full rate budget. */
  async function newUser(email: string): Promise<string> {
    await db.dataSource.query(
      `INSERT INTO app_user (user_id, email, display_name, role, password_hash)
       SELECT $1, $1, 'Load test', 'CONTROLLING', password_hash FROM app_user WHERE email = $2`,
      [email, TEST_ADMIN.email],
    );
    return api.login(email, TEST_ADMIN.password);
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApiServer(db.url, { HEAVY_QUERY_RATE: String(RATE), STATEMENT_TIMEOUT_MS: '1000' });
  });

  afterAll(async () => {
    await api?.stop();
    await db?.drop();
  });

  it('admits HEAVY_QUERY_RATE heavy queries a minute per user and answers the next with 429 and Retry-After', async () => {
    const token = await newUser('burst@e2e.test');
    for (let query = 1; query <= RATE; query++) {
      const answer = await post(api, KPI_VALUES, { filter: LAST_12_MONTHS }, token);
      expect([answer.status, codeOf(answer)]).toEqual([200, undefined]);
    }
    // kpiTrend draws on the same budget as kpiValues.
    for (const [query, variables] of [
      [KPI_VALUES, { filter: LAST_12_MONTHS }],
      [KPI_TREND, { filter: { to: monthsAgo(0), months: 3 } }],
    ] as const) {
      const refused = await post(api, query, variables, token);
      expect(refused.status).toBe(429);
      expect(codeOf(refused)).toBe('TOO_MANY_REQUESTS');
      expect(refused.body.errors?.[0]?.message).toMatch(
        new RegExp(`^Too many heavy queries: at most ${RATE} a minute per user; try again in \\d+ s$`),
      );
      expectRetryAfter(refused, 60);
    }
    // Light operations of the same user, and heavy ones of another user, are not limited by it.
    expect((await post(api, ME, undefined, token)).status).toBe(200);
    const other = await post(api, KPI_VALUES, { filter: LAST_12_MONTHS }, await newUser('other@e2e.test'));
    expect([other.status, codeOf(other)]).toEqual([200, undefined]);
  });

  it('answers a sign-in beyond its limit (10 a minute per account) with 429 and Retry-After too', async () => {
    const LOGIN = 'mutation { login(email: "nobody@e2e.test", password: "wrong-password") { accessToken } }';
    for (let attempt = 1; attempt <= 10; attempt++) {
      const failed = await post(api, LOGIN);
      expect([failed.status, codeOf(failed)]).toEqual([200, 'UNAUTHENTICATED']);
    }
    const throttled = await post(api, LOGIN);
    expect([throttled.status, codeOf(throttled)]).toEqual([429, 'TOO_MANY_REQUESTS']);
    expectRetryAfter(throttled, 60);
  });

  it('cancels a statement running longer than STATEMENT_TIMEOUT_MS and says so (TIMEOUT, 503), not INTERNAL_SERVER_ERROR', async () => {
    const token = await newUser('patient@e2e.test');
    // A statement waiting for a lock runs as long as the lock is held: a slow statement without pg_sleep.
    // Every KPI request reads the change counters first, whatever it finds kept in memory.
    const blocker: QueryRunner = db.dataSource.createQueryRunner();
    await blocker.startTransaction();
    let blocked: Answer;
    try {
      await blocker.query('LOCK TABLE data_version IN ACCESS EXCLUSIVE MODE');
      blocked = await post(api, KPI_VALUES, { filter: LAST_12_MONTHS }, token);
    } finally {
      await blocker.rollbackTransaction();
      await blocker.release();
    }
    expect(blocked.status).toBe(503);
    expect(blocked.body.errors).toEqual([
      expect.objectContaining({
        message: expect.stringMatching(/^The computation took longer than the server allows and was cancelled/),
        extensions: { code: 'TIMEOUT', messageCode: 'STATEMENT_TIMEOUT', params: {} },
      }),
    ]);
    expect(blocked.ms).toBeGreaterThanOrEqual(900);
    expect(blocked.ms).toBeLessThan(10_000);
    const unblocked = await post(api, KPI_VALUES, { filter: LAST_12_MONTHS }, token);
    expect([unblocked.status, codeOf(unblocked)]).toEqual([200, undefined]);
  });
});
