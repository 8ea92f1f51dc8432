import fc from 'fast-check';
import {
  buildClientSchema,
  getIntrospectionQuery,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { createTestDatabase, type TestDatabase } from '@salesdash/api/testing';
import { malformedCalls, requestOf } from '../support/fuzz/malformed-arguments';
import { MALFORMED_UPLOADS, type Upload } from '../support/fuzz/malformed-uploads';
import { type ApiServer, startApiServer } from '../support/api-server';

/** Fixed, so that a failure replays: fast-check reports it with the path of the failing run. */
const SEED = 20_260_212;
const RUNS_PER_FIELD = 60;
/** A field without arguments has one malformation only: an argument it does not have. */
const RUNS_PER_FIELD_WITHOUT_ARGUMENTS = 4;
const UPLOAD_RUNS = 80;
/** One in this many calls is anonymous. */
const ANONYMOUS_SHARE = 5;
const PRODUCTION = { NODE_ENV: 'production', JWT_SECRET: 'e2e-fuzz-secret-of-more-than-32-characters' };
/** A stack frame, a module path or SQL: internals no answer may show. */
const LEAK = /\bat .*\.js|node_modules|stacktrace|QueryFailedError|SELECT |INSERT |UPDATE |DELETE FROM|relation "/;

interface Answer {
  readonly status: number;
  readonly text: string;
}

/**
 * Row count and a hash of the rows of every table, and the newest audit entry: equal before and
 * after means nothing was inserted, updated or deleted.
 */
async function databaseDigest(db: TestDatabase): Promise<Record<string, string>> {
  const tables: { name: string }[] = await db.dataSource.query(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const counts = tables.map(
    ({ name }) =>
      `(SELECT count(*) || ' ' || coalesce(md5(string_agg(t::text, ',' ORDER BY t::text)), '') FROM "${name}" t) AS "${name}"`,
  );
  const [digest] = await db.dataSource.query(
    `SELECT ${counts.join(', ')}, (SELECT coalesce(max(audit_id), 0) FROM audit_log)::text AS newest_audit_id`,
  );
  return digest;
}

/** The digest without the audit log, which a rejected import writes to by design. */
function withoutAudit(digest: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(digest).filter(([name]) => name !== 'audit_log' && name !== 'newest_audit_id'),
  );
}

function expectNoLeak(answer: Answer, request: string): void {
  const context = `${answer.status} ${answer.text.slice(0, 500)}\nfor ${request.slice(0, 500)}`;
  if (answer.status >= 500) {
    throw new Error(`a server error: ${context}`);
  }
  if (answer.text.includes('INTERNAL_SERVER_ERROR') || LEAK.test(answer.text)) {
    throw new Error(`an internal error or internals in the answer: ${context}`);
  }
}

/**
 * Refused before anything executed: errors without a path (an executed field's error has one) and
 * no data; answers the error codes. A 413 (body too large) comes from before GraphQL.
 */
function expectRefused(answer: Answer, request: string): string[] {
  if (answer.status === 413) {
    return ['HTTP 413'];
  }
  const result = JSON.parse(answer.text) as {
    data?: Record<string, unknown> | null;
    errors?: { path?: unknown; extensions?: { code?: string } }[];
  };
  const executed = result.data != null || result.errors?.some((error) => error.path !== undefined);
  if (!result.errors?.length || executed) {
    throw new Error(`malformed input was not refused: ${answer.text.slice(0, 500)}\nfor ${request.slice(0, 500)}`);
  }
  return result.errors.map((error) => error.extensions?.code ?? 'no code');
}

function tally(counts: Map<string, number>, keys: readonly string[]): void {
  for (const key of keys) {
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
}

describe('fuzzing every GraphQL operation and the import upload with malformed input', () => {
  let db: TestDatabase;
  let api: ApiServer;
  let schema: GraphQLSchema;
  let adminToken: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    // Introspection is a test-mode feature; the fuzzing itself goes to production mode, which must not leak.
    const testMode = await startApiServer(db.url);
    try {
      const introspection = await testMode.graphql<IntrospectionQuery>(getIntrospectionQuery());
      if (!introspection.data) {
        throw new Error(`introspection failed: ${JSON.stringify(introspection.errors)}`);
      }
      schema = buildClientSchema(introspection.data);
    } finally {
      await testMode.stop();
    }
    api = await startApiServer(db.url, PRODUCTION);
    adminToken = await api.login();
    console.log(`fuzz seed ${SEED}: ${RUNS_PER_FIELD} runs per root field, ${UPLOAD_RUNS} uploads`);
  });

  afterAll(async () => {
    await api.stop();
    await db.drop();
  });

  async function post(path: string, body: string | Buffer, contentType: string | undefined, anonymous: boolean) {
    const headers: Record<string, string> = anonymous ? {} : { authorization: `Bearer ${adminToken}` };
    if (contentType !== undefined) {
      headers['content-type'] = contentType;
    }
    const response = await fetch(`${api.baseUrl}${path}`, {
      method: 'POST',
      headers,
      body: typeof body === 'string' ? body : new Uint8Array(body),
    });
    return { status: response.status, text: await response.text() };
  }

  function rootFields(): { kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }[] {
    const roots: ['query' | 'mutation', GraphQLObjectType | null | undefined][] = [
      ['query', schema.getQueryType()],
      ['mutation', schema.getMutationType()],
    ];
    return roots.flatMap(([kind, type]) => Object.values(type?.getFields() ?? {}).map((field) => ({ kind, field })));
  }

  it('refuses malformed arguments of every query and mutation, as variables and as literals, changing nothing', async () => {
    const fields = rootFields();
    expect(fields.length).toBeGreaterThan(40);
    const before = await databaseDigest(db);
    const codes = new Map<string, number>();
    for (const { kind, field } of fields) {
      await fc.assert(
        fc.asyncProperty(malformedCalls(field, ANONYMOUS_SHARE), async (call) => {
          const request = JSON.stringify(requestOf(kind, field, call));
          const answer = await post('/graphql', request, 'application/json', call.anonymous);
          expectNoLeak(answer, request);
          tally(codes, expectRefused(answer, request));
          expect(await databaseDigest(db)).toEqual(before);
        }),
        { seed: SEED, numRuns: field.args.length > 0 ? RUNS_PER_FIELD : RUNS_PER_FIELD_WITHOUT_ARGUMENTS },
      );
    }
    console.log(`GraphQL refusals by code: ${JSON.stringify(Object.fromEntries(codes))}`);
    // Both the schema (types, required values) and the API's own edge (text, dates) were reached.
    expect([...codes.keys()]).toEqual(expect.arrayContaining(['GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT']));
  }, 150_000);

  it('refuses malformed uploads to the import route, writing nothing but the audit entry of a rejected import', async () => {
    const before = await databaseDigest(db);
    const statuses = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(MALFORMED_UPLOADS, async (upload: Upload) => {
        const request = `${upload.contentType} upload of ${upload.body.length} bytes: ${upload.body.toString('latin1', 0, 300)}`;
        const answer = await post('/api/imports', upload.body, upload.contentType, upload.anonymous);
        expectNoLeak(answer, request);
        expect(answer.status).toBeGreaterThanOrEqual(400);
        tally(statuses, [String(answer.status)]);
        expect(withoutAudit(await databaseDigest(db))).toEqual(withoutAudit(before));
        const audited: { action: string }[] = await db.dataSource.query(
          'SELECT DISTINCT action FROM audit_log WHERE audit_id > $1',
          [before['newest_audit_id']],
        );
        expect(audited.filter(({ action }) => action !== 'import.rejected')).toEqual([]);
      }),
      { seed: SEED, numRuns: UPLOAD_RUNS },
    );
    console.log(`upload refusals by HTTP status: ${JSON.stringify(Object.fromEntries(statuses))}`);
    // Refused envelopes (400) and bundles the importer rejected (422) were both reached.
    expect([...statuses.keys()]).toEqual(expect.arrayContaining(['400', '422']));
  }, 120_000);
});
