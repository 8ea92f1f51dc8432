import { createServer, request, type Server } from 'node:http';
import { connect } from 'node:net';
import { HttpDrain } from './http-drain';

/** A server whose requests to /slow wait until `release()` is called; `waiting()` resolves once `n` of them arrived. */
async function slowServer(): Promise<{
  server: Server;
  port: number;
  release: () => void;
  waiting: (n: number) => Promise<void>;
}> {
  const waiting: (() => void)[] = [];
  const server = createServer((req, res) => {
    const answer = () => res.end('answered');
    if (req.url === '/slow') {
      waiting.push(answer);
    } else {
      answer();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const untilWaiting = async (n: number) => {
    // Polled rather than slept: on a busy machine the requests may take a while to arrive.
    while (waiting.length < n) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  };
  return { server, port, release: () => waiting.splice(0).forEach((answer) => answer()), waiting: untilWaiting };
}

/** Sends a GET on a kept-alive connection; resolves with the body and whether the server closes the connection. */
function get(port: number, path: string): Promise<{ body: string; connection: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = request({ port, host: '127.0.0.1', path, headers: { connection: 'keep-alive' } }, (res) => {
      let body = '';
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ body, connection: res.headers.connection }));
    });
    req.on('error', reject);
    req.end();
  });
}

function refusesConnections(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code === 'ECONNREFUSED'));
  });
}

describe('HttpDrain', () => {
  it('refuses new connections at once, answers the requests in flight and closes their connections after', async () => {
    const { server, port, release, waiting } = await slowServer();
    const drain = new HttpDrain(server);
    const inFlight = [get(port, '/slow'), get(port, '/slow')];
    await waiting(2);
    expect(drain.requestsInFlight).toBe(2);

    const drained = drain.drain(5_000);
    expect(await refusesConnections(port)).toBe(true);
    release();

    expect(await drained).toEqual({ inFlight: 2, cut: 0 });
    expect(await Promise.all(inFlight)).toEqual([
      { body: 'answered', connection: 'close' },
      { body: 'answered', connection: 'close' },
    ]);
  });

  it('returns at once when nothing is in flight, also with an idle kept-alive connection open', async () => {
    const { server, port } = await slowServer();
    const drain = new HttpDrain(server);
    expect((await get(port, '/fast')).body).toBe('answered');

    const started = Date.now();
    expect(await drain.drain(5_000)).toEqual({ inFlight: 0, cut: 0 });
    expect(Date.now() - started).toBeLessThan(1_000);
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('cuts what still runs after the timeout', async () => {
    const { server, port, waiting } = await slowServer();
    const drain = new HttpDrain(server);
    const stuck = get(port, '/slow').catch((error: NodeJS.ErrnoException) => error.code);
    await waiting(1);

    const started = Date.now();
    expect(await drain.drain(300)).toEqual({ inFlight: 1, cut: 1 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    expect(await stuck).toBe('ECONNRESET');
  });
});
