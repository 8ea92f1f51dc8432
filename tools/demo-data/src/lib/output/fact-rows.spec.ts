import { formatCents } from './fact-rows';

describe('formatCents', () => {
  it('writes exactly two decimals without float artefacts', () => {
    expect(formatCents(0)).toBe('0.00');
    expect(formatCents(5)).toBe('0.05');
    expect(formatCents(123_456_789)).toBe('1234567.89');
    expect(formatCents(500_000_000)).toBe('5000000.00');
  });
});
