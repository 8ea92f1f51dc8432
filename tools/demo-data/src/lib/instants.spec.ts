import { formatInstant, nextBusinessMoment } from './instants';
import { Rng } from './random';

describe('formatInstant', () => {
  it('always denotes the same instant, with Z or a CET/CEST offset', () => {
    const rng = new Rng(5);
    const instants = [Date.UTC(2024, 0, 15, 23, 30), Date.UTC(2024, 6, 1, 22, 59, 59, 120)];
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      for (const ms of instants) {
        const text = formatInstant(rng, ms);
        expect(text).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{3})?(Z|\+0[12]:00)$/);
        expect(Date.parse(text)).toBe(ms);
        seen.add(text.endsWith('Z') ? 'Z' : text.slice(-6));
        expect(text.includes('.120')).toBe(ms % 1000 === 120);
      }
    }
    expect(seen).toEqual(new Set(['Z', '+01:00', '+02:00']));
  });
});

describe('nextBusinessMoment', () => {
  it('moves weekend and night instants to a weekday morning', () => {
    const rng = new Rng(9);
    const saturdayNoon = Date.UTC(2024, 5, 15, 12);
    const moved = new Date(nextBusinessMoment(rng, saturdayNoon));
    expect(moved.getUTCDay()).toBe(1);
    expect(moved.getUTCHours()).toBeGreaterThanOrEqual(7);
    expect(moved.getUTCHours()).toBeLessThan(12);
    const tuesdayTen = Date.UTC(2024, 5, 18, 10);
    expect(nextBusinessMoment(rng, tuesdayTen)).toBe(tuesdayTen);
  });
});
