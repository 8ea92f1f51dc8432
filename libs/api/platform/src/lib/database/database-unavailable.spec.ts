import { QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable } from './database-unavailable';

function withCode(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a refused connection', withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED')],
    ['a reset connection', withCode('read ECONNRESET', 'ECONNRESET')],
    [
      'a server shutting down (admin_shutdown)',
      withCode('terminating connection due to administrator command', '57P01'),
    ],
    ['a server starting up (cannot_connect_now)', withCode('the database system is starting up', '57P03')],
    ['a connection exception (class 08)', withCode('connection failure', '08006')],
    ['a connection the driver lost', new Error('Connection terminated unexpectedly')],
    ['a pool that cannot connect in time', new Error('timeout exceeded when trying to connect')],
    [
      "TypeORM's wrapper of a lost connection",
      new QueryFailedError(
        'SELECT 1',
        [],
        withCode('terminating connection due to unexpected postmaster exit', '57P01'),
      ),
    ],
    ['a cause chain', new Error('login failed', { cause: withCode('connect ECONNREFUSED', 'ECONNREFUSED') })],
  ])('recognises %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it.each([
    ['a unique violation', withCode('duplicate key value violates unique constraint', '23505')],
    [
      'a cancelled statement (the statement timeout)',
      withCode('canceling statement due to statement timeout', '57014'),
    ],
    ['a syntax error', new QueryFailedError('SELEC 1', [], withCode('syntax error at or near "SELEC"', '42601'))],
    ['a plain error', new Error('something else')],
    ['no error at all', 'ECONNREFUSED'],
  ])('leaves alone %s', (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
