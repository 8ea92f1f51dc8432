import { interpolate } from './interpolate';

describe('interpolate', () => {
  it('fills every placeholder, in any order and more than once', () => {
    expect(interpolate('{b} before {a}, then {b} again', { a: 'A', b: 2 })).toBe('2 before A, then 2 again');
  });

  it('leaves unknown placeholders visible', () => {
    expect(interpolate('Hello {name}', {})).toBe('Hello {name}');
  });

  it('does not read inherited properties', () => {
    expect(interpolate('{toString}', {})).toBe('{toString}');
  });
});
