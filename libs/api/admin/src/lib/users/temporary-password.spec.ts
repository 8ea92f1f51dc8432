import { generateTemporaryPassword, TEMPORARY_PASSWORD_BITS } from './temporary-password';

describe('generateTemporaryPassword', () => {
  it('has four groups of five unambiguous letters and digits', () => {
    for (let i = 0; i < 200; i++) {
      expect(generateTemporaryPassword()).toMatch(
        /^[a-km-np-zA-HJ-NP-Z2-9]{5}-[a-km-np-zA-HJ-NP-Z2-9]{5}-[a-km-np-zA-HJ-NP-Z2-9]{5}-[a-km-np-zA-HJ-NP-Z2-9]{5}$/,
      );
    }
  });

  it('carries more than 100 bits of randomness and never repeats in practice', () => {
    expect(TEMPORARY_PASSWORD_BITS).toBeGreaterThan(100);
    const passwords = new Set(Array.from({ length: 1000 }, () => generateTemporaryPassword()));
    expect(passwords.size).toBe(1000);
  });

  it('uses the whole alphabet', () => {
    const symbols = new Set(Array.from({ length: 300 }, () => generateTemporaryPassword().replace(/-/g, '')).join(''));
    expect(symbols.size).toBe(56);
  });
});
