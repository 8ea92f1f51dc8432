import {
  codedMessage,
  englishMessage,
  englishTextOf,
  isMessageCode,
  type MessageCode,
  messageArgs,
  MESSAGES,
} from './messages';

/** Codes whose text TypeScript sees as `string` (e.g. joined with `+`): their parameters would go unchecked. */
type CodesWithoutLiteralText = {
  [C in MessageCode]: string extends (typeof MESSAGES)[C] ? C : never;
}[MessageCode];

// Compiles only while every text is one literal, so that each code's parameters are checked.
const everyTextIsLiteral: [CodesWithoutLiteralText] extends [never] ? true : false = true;

describe('englishMessage', () => {
  it('fills in the parameters, numbers as they are', () => {
    expect(englishMessage('DATE_FORMAT', { value: '2024-13-01' })).toBe("must be a date YYYY-MM-DD (got '2024-13-01')");
    expect(englishMessage('TEXT_TOO_LONG', { maxLength: 120, length: 121 })).toBe(
      'must be at most 120 characters (got 121)',
    );
    expect(englishMessage('VALUE_REQUIRED', {})).toBe('is required');
  });

  it('fills in every occurrence and leaves what a parameter holds as it is', () => {
    expect(englishMessage('UNKNOWN_COLUMN', { file: 'deals.csv', columns: '{file}, $&' })).toBe(
      'unknown column (deals.csv has: {file}, $&)',
    );
  });

  it('answers a code with its parameters and English text together, also given as an object', () => {
    const message = codedMessage('SCOPE_IDS_COUNT', { max: 200, count: 201 });
    expect(message).toEqual({
      code: 'SCOPE_IDS_COUNT',
      params: { max: 200, count: 201 },
      message: 'name 1 to 200 ids (got 201)',
    });
    expect(englishTextOf(message)).toBe(message.message);
    expect(codedMessage(...messageArgs(message))).toEqual(message);
  });

  it('refuses a forgotten or misnamed parameter at compile time', () => {
    // @ts-expect-error the parameter `value` is missing
    expect(englishMessage('DATE_FORMAT', {})).toBe("must be a date YYYY-MM-DD (got '{value}')");
    // @ts-expect-error `valu` is no parameter of DATE_FORMAT
    expect(englishMessage('DATE_FORMAT', { valu: 'x' })).toBe("must be a date YYYY-MM-DD (got '{value}')");
    // @ts-expect-error VALUE_REQUIRED takes no parameter
    expect(englishMessage('VALUE_REQUIRED', { value: 'x' })).toBe('is required');
  });
});

describe('MESSAGES', () => {
  const codes = Object.keys(MESSAGES) as MessageCode[];

  it('has a text for every code, its parameters plain {name}s', () => {
    expect(everyTextIsLiteral).toBe(true);
    for (const code of codes) {
      const text: string = MESSAGES[code];
      expect({ code, empty: text.trim() === '' }).toEqual({ code, empty: false });
      expect({ code, braces: text.replace(/\{\w+\}/g, '').match(/[{}]/g) }).toEqual({ code, braces: null });
    }
  });

  it('names codes in UPPER_SNAKE_CASE and knows them', () => {
    for (const code of codes) {
      expect(code).toMatch(/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*$/);
      expect(isMessageCode(code)).toBe(true);
    }
    expect(isMessageCode('is required')).toBe(false);
    expect(isMessageCode('toString')).toBe(false);
  });

  it('has one code per sentence', () => {
    const byText = new Map<string, MessageCode[]>();
    for (const code of codes) {
      byText.set(MESSAGES[code], [...(byText.get(MESSAGES[code]) ?? []), code]);
    }
    expect([...byText.values()].filter((same) => same.length > 1)).toEqual([]);
  });
});
