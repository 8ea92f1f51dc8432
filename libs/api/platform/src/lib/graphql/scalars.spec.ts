import { Kind } from 'graphql';
import { DateScalar, DateTimeScalar } from './scalars';

describe('DateScalar', () => {
  it('takes real calendar dates from 1900-01-01 to 9999-12-31', () => {
    expect(DateScalar.parseValue('2024-02-29')).toBe('2024-02-29');
    expect(DateScalar.parseLiteral({ kind: Kind.STRING, value: '1900-01-01' })).toBe('1900-01-01');
  });

  it.each(['2026-02-30', '0000-01-01', '1899-12-31', '2026-13-01', 20260101, null])('refuses %p', (value) => {
    expect(() => DateScalar.parseValue(value)).toThrow(
      /^Date must be a calendar date YYYY-MM-DD from 1900-01-01 to 9999-12-31 \(got /,
    );
  });

  it('refuses a literal that is no string', () => {
    expect(() => DateScalar.parseLiteral({ kind: Kind.INT, value: '20260101' })).toThrow('Date must be a string');
  });

  it('shortens a long value in the message', () => {
    expect(() => DateScalar.parseValue('9'.repeat(1000))).toThrow(`(got "${'9'.repeat(59)}…)`);
  });

  it('outputs any stored date, also one before the supported range', () => {
    expect(DateScalar.serialize('1850-01-01')).toBe('1850-01-01');
    expect(() => DateScalar.serialize('not a date')).toThrow('Date cannot represent "not a date"');
  });
});

describe('DateTimeScalar', () => {
  it('takes an instant with Z or an offset and answers it in UTC', () => {
    expect(DateTimeScalar.parseValue('2026-03-01T12:00:00+01:00')).toEqual(new Date('2026-03-01T11:00:00Z'));
    expect(DateTimeScalar.serialize(new Date('2026-03-01T11:00:00Z'))).toBe('2026-03-01T11:00:00.000Z');
  });

  it.each(['2026-02-30T12:00:00Z', '0000-01-01T00:00:00Z', '2026-03-01T12:00:00', '2026-03-01', 5])(
    'refuses %p',
    (value) => {
      expect(() => DateTimeScalar.parseValue(value)).toThrow(/^DateTime must be ISO 8601 with Z or an offset/);
    },
  );

  it('refuses to output what is no instant', () => {
    expect(() => DateTimeScalar.serialize(new Date(Number.NaN))).toThrow('DateTime cannot represent');
    expect(() => DateTimeScalar.serialize(42)).toThrow('DateTime cannot represent 42');
  });
});
