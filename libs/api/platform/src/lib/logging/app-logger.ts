import pino, { type DestinationStream, type Logger } from 'pino';

/** What the log shows where a secret was. */
export const REDACTED = '[redacted]';

/** Headers that carry credentials: the bearer token, the session and CSRF cookies and the CSRF header. */
export const SECRET_HEADERS = ['authorization', 'proxy-authorization', 'cookie', 'set-cookie', 'x-csrf-token'] as const;

/**
 * Where secrets sit in what the application logs: the headers of a request (logged with an
 * unexpected error on an HTTP route, DomainErrorFilter) and of a response, and the parameters of a
 * failed SQL statement (password hashes, token digests, personal data — the statement and the
 * database's message say enough to find the fault).
 */
export const LOG_REDACT_PATHS: readonly string[] = [
  ...SECRET_HEADERS.flatMap((name) => [`req.headers["${name}"]`, `res.headers["${name}"]`]),
  'err.parameters',
];

export interface AppLoggerOptions {
  readonly level: string;
  /** Readable lines for a person at a terminal instead of JSON lines. */
  readonly pretty: boolean;
}

/**
 * The root logger of a process. Every line goes through it (Nest's through PinoNestLogger), so the
 * redaction configured here applies to everything written.
 */
export function createAppLogger(options: AppLoggerOptions, destination?: DestinationStream): Logger {
  return pino(
    {
      level: options.level,
      redact: { paths: [...LOG_REDACT_PATHS], censor: REDACTED },
      transport: options.pretty
        ? { target: 'pino-pretty', options: { translateTime: 'HH:MM:ss', ignore: 'pid,hostname,context' } }
        : undefined,
    },
    destination,
  );
}
