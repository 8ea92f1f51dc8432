import { Rng, ShuffleBag } from './random';

describe('Rng', () => {
  it('repeats its sequence for the same seed and label', () => {
    const draws = (rng: Rng) => Array.from({ length: 5 }, () => rng.next());
    expect(draws(new Rng(7, 'x'))).toEqual(draws(new Rng(7, 'x')));
    expect(draws(new Rng(7, 'x'))).not.toEqual(draws(new Rng(7, 'y')));
  });

  it('keeps draws inside their ranges', () => {
    const rng = new Rng(1);
    for (let i = 0; i < 1000; i++) {
      const value = rng.int(3, 5);
      expect(value).toBeGreaterThanOrEqual(3);
      expect(value).toBeLessThanOrEqual(5);
      expect(rng.next()).toBeLessThan(1);
    }
  });
});

describe('ShuffleBag', () => {
  it('hands out exactly the bag contents per refill', () => {
    const bag = new ShuffleBag(new Rng(3), [
      [true, 3],
      [false, 47],
    ]);
    const draws = Array.from({ length: 100 }, () => bag.draw());
    expect(draws.filter(Boolean)).toHaveLength(6);
  });
});
