import { formatTargetInput, numberSeparators, parseTargetText } from './target-number';

const EN = 'en-US';
const DE = 'de';

describe('numberSeparators', () => {
  it('takes the group and decimal separators from the locale', () => {
    expect(numberSeparators(EN)).toEqual({ group: ',', decimal: '.' });
    expect(numberSeparators(DE)).toEqual({ group: '.', decimal: ',' });
  });
});

describe('parseTargetText in English', () => {
  it('reads plain and grouped numbers, empty as no target', () => {
    expect(parseTargetText(' 12500 ', 'EUR', EN)).toEqual({ value: 12500 });
    expect(parseTargetText('12,500.50', 'EUR', EN)).toEqual({ value: 12500.5 });
    expect(parseTargetText('1 000 000', 'COUNT', EN)).toEqual({ value: 1_000_000 });
    expect(parseTargetText('1.5', 'EUR', EN)).toEqual({ value: 1.5 });
    expect(parseTargetText('', 'EUR', EN)).toEqual({ value: null });
  });

  it('says what is wrong with anything else, with an example as English writes numbers', () => {
    const notANumber = { issue: 'must be a number like 12500 or 12,500.50' };
    expect(parseTargetText('12,50', 'EUR', EN)).toEqual(notANumber);
    expect(parseTargetText('12.500,50', 'EUR', EN)).toEqual(notANumber);
    expect(parseTargetText('1,2,3', 'EUR', EN)).toEqual(notANumber);
    expect(parseTargetText('abc', 'EUR', EN)).toEqual(notANumber);
    expect(parseTargetText('-5', 'EUR', EN)).toEqual({ issue: 'must be 0 or more' });
    expect(parseTargetText('1.234', 'EUR', EN)).toEqual({ issue: 'must have at most 2 decimals' });
    expect(parseTargetText('2.5', 'COUNT', EN)).toEqual({ issue: 'must be a whole number' });
  });
});

describe('parseTargetText in German', () => {
  it('reads a comma before the decimals and points (or spaces) between the thousands', () => {
    expect(parseTargetText('12.500,50', 'EUR', DE)).toEqual({ value: 12500.5 });
    expect(parseTargetText('12500,5', 'EUR', DE)).toEqual({ value: 12500.5 });
    expect(parseTargetText('12500', 'EUR', DE)).toEqual({ value: 12500 });
    expect(parseTargetText('1 000 000', 'COUNT', DE)).toEqual({ value: 1_000_000 });
    expect(parseTargetText('1.234.567', 'COUNT', DE)).toEqual({ value: 1_234_567 });
  });

  it('reads the ambiguous as German does: a point groups thousands, a comma starts the decimals', () => {
    expect(parseTargetText('1.234', 'COUNT', DE)).toEqual({ value: 1234 });
    expect(parseTargetText('1,5', 'EUR', DE)).toEqual({ value: 1.5 });
  });

  it('refuses what German does not write, with an example as German writes numbers', () => {
    const notANumber = { issue: 'must be a number like 12500 or 12.500,50' };
    expect(parseTargetText('1,2,3', 'EUR', DE)).toEqual(notANumber);
    expect(parseTargetText('12,500.50', 'EUR', DE)).toEqual(notANumber);
    expect(parseTargetText('1.5', 'EUR', DE)).toEqual(notANumber);
    expect(parseTargetText('12.50', 'EUR', DE)).toEqual(notANumber);
    expect(parseTargetText('-5', 'EUR', DE)).toEqual({ issue: 'must be 0 or more' });
    expect(parseTargetText('1,234', 'EUR', DE)).toEqual({ issue: 'must have at most 2 decimals' });
  });
});

describe('formatTargetInput', () => {
  it('writes whole cents or counts without grouping, as the locale writes decimals', () => {
    expect(formatTargetInput(3333.3333, 'EUR', EN)).toBe('3333.33');
    expect(formatTargetInput(3333.3333, 'EUR', DE)).toBe('3333,33');
    expect(formatTargetInput(1_234_567, 'COUNT', DE)).toBe('1234567');
    expect(formatTargetInput(12.6, 'COUNT', EN)).toBe('13');
    expect(formatTargetInput(null, 'EUR', DE)).toBe('');
  });
});
