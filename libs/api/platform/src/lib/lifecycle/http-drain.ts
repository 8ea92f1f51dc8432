import type { IncomingMessage, Server, ServerResponse } from 'node:http';

export interface DrainResult {
  /** Requests that were still running when draining began. */
  readonly inFlight: number;
  /** Requests cut because they were still running when the time was up. */
  readonly cut: number;
}

/**
 * Knows the requests in flight on an HTTP server, and closes it gracefully: no new connections,
 * every request in flight answered, keep-alive connections closed as soon as they fall idle, and
 * after `timeoutMs` whatever still runs is cut.
 */
export class HttpDrain {
  private readonly inFlight = new Set<ServerResponse>();
  private draining = false;
  private settled: (() => void) | undefined;

  constructor(private readonly server: Server) {
    server.on('request', (_request: IncomingMessage, response: ServerResponse) => this.track(response));
  }

  get requestsInFlight(): number {
    return this.inFlight.size;
  }

  async drain(timeoutMs: number): Promise<DrainResult> {
    this.draining = true;
    const inFlight = this.inFlight.size;
    // Stops listening at once; connections with a request running stay until it is answered.
    this.server.close();
    for (const response of this.inFlight) {
      this.closeAfterAnswer(response);
    }
    this.server.closeIdleConnections();
    let timer: NodeJS.Timeout | undefined;
    const answered = await Promise.race([
      new Promise<boolean>((resolve) => {
        this.settled = () => resolve(true);
        this.settleWhenEmpty();
      }),
      new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), timeoutMs))),
    ]);
    clearTimeout(timer);
    const cut = answered ? 0 : this.inFlight.size;
    this.server.closeAllConnections();
    return { inFlight, cut };
  }

  private track(response: ServerResponse): void {
    this.inFlight.add(response);
    if (this.draining) {
      // A request sent on a connection that was kept alive: answered, then that connection is closed too.
      this.closeAfterAnswer(response);
    }
    response.once('close', () => {
      this.inFlight.delete(response);
      if (this.draining) {
        // The connection may now be idle: keep-alive must not hold the process.
        setImmediate(() => this.server.closeIdleConnections());
        this.settleWhenEmpty();
      }
    });
  }

  private closeAfterAnswer(response: ServerResponse): void {
    if (!response.headersSent) {
      response.setHeader('connection', 'close');
    }
  }

  private settleWhenEmpty(): void {
    if (this.inFlight.size === 0) {
      this.settled?.();
    }
  }
}
