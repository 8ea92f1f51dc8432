import { type CodeAndParams, codedMessage } from '@salesdash/shared/domain';
import {
  emailProblem,
  idProblem,
  isEmail,
  isId,
  lineProblem,
  MAX_ID_LENGTH,
  MAX_NAME_LENGTH,
  MAX_TEXT_LENGTH,
  nameProblem,
  textProblem,
} from './text-rules';

/** A problem in English, as the API answers it beside its code. */
function english(problem: CodeAndParams | undefined): string | undefined {
  return problem && codedMessage(...problem).message;
}

describe('textProblem', () => {
  it.each([
    ['plain text', 'North'],
    ['line breaks and tabs', 'one\ntwo\tthree'],
    ['a surrogate pair (an emoji)', 'launch 🚀 now'],
    ['the maximum length', 'x'.repeat(MAX_TEXT_LENGTH)],
    ['nothing', ''],
  ])('accepts %s', (_name, text) => {
    expect(english(textProblem(text))).toBeUndefined();
  });

  it.each([
    ['one character too many', 'x'.repeat(MAX_TEXT_LENGTH + 1), `must be at most 10000 characters (got 10001)`],
    ['a NUL', 'a\u0000b', 'must not contain NUL characters (U+0000)'],
    ['a lone high surrogate', 'a\ud800b', 'must be well-formed Unicode (it holds a lone surrogate)'],
    ['a lone low surrogate', '\udc00', 'must be well-formed Unicode (it holds a lone surrogate)'],
    ['a pair in the wrong order', '\ude80\ud83d', 'must be well-formed Unicode (it holds a lone surrogate)'],
  ])('refuses %s', (_name, text, message) => {
    expect(english(textProblem(text))).toBe(message);
  });

  it('names the problem by code and parameters', () => {
    expect(textProblem('x'.repeat(11), 10)).toEqual(['TEXT_TOO_LONG', { maxLength: 10, length: 11 }]);
    expect(textProblem('a\u0000b')).toEqual(['TEXT_HOLDS_NUL', {}]);
  });

  it('applies a stricter limit when given one', () => {
    expect(english(textProblem('x'.repeat(11), 10))).toBe('must be at most 10 characters (got 11)');
    expect(english(textProblem('x'.repeat(10), 10))).toBeUndefined();
  });
});

describe('lineProblem and nameProblem', () => {
  it('refuses control characters in a line, and text problems first', () => {
    expect(english(lineProblem('two\nlines', 64))).toBe('must be one line without control characters');
    expect(english(lineProblem('bell\u0007', 64))).toBe('must be one line without control characters');
    expect(english(lineProblem('nul\u0000', 64))).toBe('must not contain NUL characters (U+0000)');
    expect(english(lineProblem('x'.repeat(65), 64))).toBe('must be at most 64 characters (got 65)');
  });

  it('measures a name trimmed and refuses a blank one', () => {
    expect(english(nameProblem(`  ${'x'.repeat(MAX_NAME_LENGTH)}  `))).toBeUndefined();
    expect(english(nameProblem('x'.repeat(MAX_NAME_LENGTH + 1)))).toBe('must be at most 120 characters (got 121)');
    expect(english(nameProblem('   '))).toBe('must not be empty');
    expect(english(nameProblem('Nord\ud800'))).toBe('must be well-formed Unicode (it holds a lone surrogate)');
  });
});

describe('isId and isEmail', () => {
  it.each(['R-NORTH', 'U-0001', 'a', 'x'.repeat(MAX_ID_LENGTH), 'admin-0c5e7f5e:1.2_3'])('accepts the id %s', (id) => {
    expect(isId(id)).toBe(true);
  });

  it.each(['', ' R', 'two words', '-leading', 'x'.repeat(MAX_ID_LENGTH + 1), 'ümlaut', 'nul\u0000'])(
    'refuses the id %p',
    (id) => {
      expect(isId(id)).toBe(false);
    },
  );

  it('names a bad id or e-mail address as the caller shows it', () => {
    expect(english(idProblem('two words', 'two words'))).toBe(
      "must be 1–64 letters, digits or . _ : - starting with a letter or digit (got 'two words')",
    );
    expect(idProblem('R-NORTH', 'R-NORTH')).toBeUndefined();
    expect(english(emailProblem('a@b', 'a@b'))).toBe("must be an e-mail address like name@example.com (got 'a@b')");
    expect(emailProblem('name@example.com', 'name@example.com')).toBeUndefined();
  });

  it('accepts addresses up to 254 characters', () => {
    expect(isEmail('name@example.com')).toBe(true);
    expect(isEmail(`${'x'.repeat(242)}@example.com`)).toBe(true);
    expect(isEmail(`${'x'.repeat(243)}@example.com`)).toBe(false);
    expect(isEmail('a@b')).toBe(false);
  });
});
