import type { OpenDatabase } from '../database/open-database';
import type { HttpDrain } from './http-drain';

export interface ShutdownParts {
  readonly drain: HttpDrain;
  /** SHUTDOWN_TIMEOUT_MS: how long requests in flight may take to finish. */
  readonly timeoutMs: number;
  /** The framework's own shutdown hooks, run once no request is running any more. */
  closeApplication(): Promise<void>;
  readonly database: Pick<OpenDatabase, 'closePool' | 'releaseServer'>;
  readonly log: { info(line: string): void; error(line: string): void };
}

function requests(count: number): string {
  return `${count} request${count === 1 ? '' : 's'}`;
}

/**
 * The shutdown order: refuse new connections, answer the requests in flight (cut after the
 * timeout), close the pool, then stop an embedded database nobody else uses. Returns the exit code:
 * 1 when requests had to be cut.
 */
export async function shutDown(signal: string, parts: ShutdownParts): Promise<number> {
  const { drain, timeoutMs, log } = parts;
  log.info(
    `${signal} received: refusing new connections, answering ${requests(drain.requestsInFlight)} in flight ` +
      `(at most ${timeoutMs} ms)`,
  );
  const { cut } = await drain.drain(timeoutMs);
  if (cut > 0) {
    log.error(`shutdown timeout: cut ${requests(cut)} still in flight after ${timeoutMs} ms`);
  } else {
    log.info('answered every request in flight');
  }
  await parts.closeApplication();
  await parts.database.closePool();
  log.info('closed the database pool');
  await parts.database.releaseServer();
  return cut > 0 ? 1 : 0;
}

/** Runs `shutdown` once on the first SIGTERM or SIGINT, then exits with its code. */
export function exitGracefullyOnSignals(
  shutdown: (signal: NodeJS.Signals) => Promise<number>,
  onFailure: (error: unknown) => void,
): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      return;
    }
    stopping = true;
    shutdown(signal).then(
      (exitCode) => process.exit(exitCode),
      (error: unknown) => {
        onFailure(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
