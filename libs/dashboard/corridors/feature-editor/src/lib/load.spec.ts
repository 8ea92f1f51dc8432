import { CORRIDOR_EDITOR_TEXTS } from './corridor-editor.texts';
import { loadErrorText } from './load';

describe('loadErrorText', () => {
  const texts = CORRIDOR_EDITOR_TEXTS.errors;

  it('says a refusal under load as "try again in a moment", not as a failure', () => {
    expect(loadErrorText({ code: 'TOO_BUSY', message: 'busy', retryAfterSeconds: 2 })).toBe(texts.busy);
    expect(loadErrorText({ code: 'TOO_MANY_REQUESTS', message: 'slow down' })).toBe(texts.busy);
    expect(loadErrorText({ code: 'SERVICE_UNAVAILABLE', message: 'database down' })).toBe(texts.busy);
  });

  it('says a cancelled computation, access and the network in their own words', () => {
    expect(loadErrorText({ code: 'TIMEOUT', message: 'cancelled' })).toBe(texts.TIMEOUT);
    expect(loadErrorText({ code: 'FORBIDDEN', message: 'no' })).toBe(texts.FORBIDDEN);
    expect(loadErrorText({ code: 'NETWORK', message: 'offline' })).toBe(texts.NETWORK);
    expect(loadErrorText({ code: 'INTERNAL_SERVER_ERROR', message: 'boom' })).toBe(texts.other);
  });
});
