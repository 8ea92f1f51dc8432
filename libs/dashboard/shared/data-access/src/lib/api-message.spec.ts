import { apiMessageText, errorBodyText } from './api-message';

describe('apiMessageText', () => {
  it("shows a known code in the dashboard's own text with its parameters, whatever the API's text said", () => {
    expect(apiMessageText('DATE_FORMAT', { value: '2026-13-01' }, 'sent text')).toBe(
      "must be a date YYYY-MM-DD (got '2026-13-01')",
    );
    expect(apiMessageText('TEXT_TOO_LONG', { maxLength: 500, length: 1234 }, 'sent text')).toBe(
      'must be at most 500 characters (got 1234)',
    );
  });

  it("falls back to the API's own text for a code it does not know, or none", () => {
    expect(apiMessageText('A_CODE_FROM_A_NEWER_API', {}, 'the API said so')).toBe('the API said so');
    expect(apiMessageText(undefined, undefined, 'the API said so')).toBe('the API said so');
    expect(apiMessageText('toString', {}, 'not an inherited property')).toBe('not an inherited property');
  });

  it('ignores parameters that are neither text nor numbers, leaving their placeholder visible', () => {
    expect(apiMessageText('DATE_FORMAT', { value: { nested: true } }, 'x')).toBe(
      "must be a date YYYY-MM-DD (got '{value}')",
    );
  });
});

describe('errorBodyText', () => {
  it('reads the error body of a plain HTTP route', () => {
    expect(errorBodyText({ error: { messageCode: 'VALUE_REQUIRED', params: {}, message: 'from: is required' } })).toBe(
      'is required',
    );
    expect(errorBodyText({ error: { message: 'no code' } })).toBe('no code');
    expect(errorBodyText({ nothing: true })).toBeNull();
    expect(errorBodyText(null)).toBeNull();
  });
});
