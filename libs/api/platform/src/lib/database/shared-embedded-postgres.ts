import { Client } from 'pg';
import {
  type EmbeddedServer,
  runningPostmaster,
  startEmbeddedPostgres,
  stopEmbeddedPostgres,
} from './embedded-postgres';

/** The session each process of ours holds while it uses the embedded PostgreSQL of a DATA_DIR. */
const PRESENCE = 'salesdash-presence';
const RESTART_ATTEMPTS = 30;
const RESTART_PAUSE_MS = 1_000;

export type EmbeddedState = 'up' | 'restarting';

export interface SharedEmbeddedOptions {
  /**
   * Start the server again when it stops under us (the long-running API server does; a one-off
   * import simply fails). Called with the last error when it could not be restarted.
   */
  readonly restartWhenLost?: { readonly onGiveUp: (error: unknown) => void };
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * One process's use of the embedded PostgreSQL of a DATA_DIR, which several processes of ours may
 * share (the API server, and an import CLI run beside it). The server belongs to nobody in
 * particular: each user holds a presence session while it uses it, and the last one to release it
 * stops it — whoever started it first. A process that dies drops its session with its socket.
 */
export class SharedEmbeddedPostgres {
  private presence: Client | undefined;
  private released = false;
  private currentState: EmbeddedState = 'up';

  private constructor(
    private readonly dataDir: string,
    private readonly log: (line: string) => void,
    private readonly options: SharedEmbeddedOptions,
    private server: EmbeddedServer,
  ) {}

  static async open(
    dataDir: string,
    log: (line: string) => void,
    options: SharedEmbeddedOptions = {},
  ): Promise<SharedEmbeddedPostgres> {
    const shared = new SharedEmbeddedPostgres(dataDir, log, options, await startEmbeddedPostgres(dataDir, log));
    await shared.join();
    return shared;
  }

  get url(): string {
    return this.server.url;
  }

  get state(): EmbeddedState {
    return this.currentState;
  }

  /**
   * Ends this process's use; stops the server when no other process of ours uses it any more.
   * Call after the pool is closed.
   */
  async release(): Promise<void> {
    this.released = true;
    const presence = this.presence;
    this.presence = undefined;
    await presence?.end().catch(() => undefined);
    const others = await this.otherUsers().catch(() => 0);
    if (others > 0) {
      this.log(`left the embedded PostgreSQL running: ${others} other process(es) of ours still use it`);
      return;
    }
    await stopEmbeddedPostgres(this.dataDir);
    this.log('stopped the embedded PostgreSQL');
  }

  /**
   * Opens the presence session. The server found running may be stopping under us (its last user
   * releasing it just now): then it is started again, on the same port, as often as needed.
   */
  private async join(): Promise<void> {
    for (let attempt = 1; !this.released; attempt++) {
      try {
        if (attempt > 1) {
          await this.startOnSamePort();
        }
        this.presence = await this.connectPresence();
        return;
      } catch (error) {
        if (attempt >= RESTART_ATTEMPTS) {
          throw error;
        }
        await pause(RESTART_PAUSE_MS);
      }
    }
  }

  private async connectPresence(): Promise<Client> {
    const client = new Client({ connectionString: this.server.url, application_name: PRESENCE });
    // A lost connection also ends the client: 'end' below reports it, once.
    client.on('error', () => undefined);
    await client.connect();
    client.once('end', () => void this.lost(client));
    return client;
  }

  private async startOnSamePort(): Promise<void> {
    const server = await startEmbeddedPostgres(this.dataDir, this.log, { port: this.server.port });
    if (server.port !== this.server.port) {
      // Someone started it anew on another port: our pool's connections name the old one.
      throw new Error(`the embedded PostgreSQL now runs on port ${server.port} instead of ${this.server.port}`);
    }
    this.server = server;
  }

  private async otherUsers(): Promise<number> {
    const client = new Client({ connectionString: this.server.url, application_name: 'salesdash-release' });
    await client.connect();
    try {
      const { rows } = await client.query<{ others: number }>(
        'SELECT count(*)::int AS others FROM pg_stat_activity WHERE application_name = $1',
        [PRESENCE],
      );
      return rows[0].others;
    } finally {
      await client.end();
    }
  }

  /**
   * Whether the postmaster is gone or goes within a second: a killed one takes a moment to be
   * reaped, while a session ended by other means (pg_terminate_backend) leaves it running.
   */
  private async postmasterEnds(): Promise<boolean> {
    for (let look = 0; look < 10; look++) {
      if (runningPostmaster(this.dataDir)?.pid !== this.server.pid) {
        return true;
      }
      await pause(100);
    }
    return false;
  }

  private async lost(presence: Client): Promise<void> {
    if (this.released || presence !== this.presence) {
      return;
    }
    this.presence = undefined;
    const restart = this.options.restartWhenLost;
    if (!restart) {
      return;
    }
    const postmasterGone = await this.postmasterEnds();
    if (this.released) {
      return;
    }
    if (postmasterGone) {
      this.currentState = 'restarting';
      this.log(`the embedded PostgreSQL (pid ${this.server.pid}) stopped unexpectedly; restarting it`);
    }
    try {
      await this.join();
    } catch (error) {
      if (!this.released) {
        restart.onGiveUp(error);
      }
      return;
    }
    if (postmasterGone && !this.released) {
      this.log(`restarted the embedded PostgreSQL on port ${this.server.port} (pid ${this.server.pid})`);
    }
    this.currentState = 'up';
  }
}
