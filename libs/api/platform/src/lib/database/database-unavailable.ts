/**
 * PostgreSQL's answers that mean the server is going away or not there yet, not that the statement
 * was wrong: admin_shutdown, crash_shutdown, cannot_connect_now (starting up, shutting down, in
 * recovery), too_many_connections — and the whole class 08, connection exceptions.
 */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
const CONNECTION_EXCEPTION_CLASS = '08';

/** Socket errors of a server that is down, unreachable or gone mid-conversation. */
const NETWORK_ERRORS = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** What node-postgres says, without a code, when its connection is gone or cannot be had. */
const DRIVER_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect$/,
  /^Client has encountered a connection error and is not queryable$/,
];

function isUnavailableItself(error: Error): boolean {
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') {
    return UNAVAILABLE_SQLSTATES.has(code) || code.startsWith(CONNECTION_EXCEPTION_CLASS) || NETWORK_ERRORS.has(code);
  }
  return DRIVER_MESSAGES.some((message) => message.test(error.message));
}

/**
 * Whether an error means the database cannot be reached right now (down, restarting, unreachable),
 * looking through TypeORM's QueryFailedError (`driverError`) and `cause` chains.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  for (let current = error; current instanceof Error && !seen.has(current); ) {
    if (isUnavailableItself(current)) {
      return true;
    }
    seen.add(current);
    current = (current as { driverError?: unknown }).driverError ?? current.cause;
  }
  return false;
}
