import { chartRange, corridorBandSegments, type CorridorBandVersion } from './corridor-bands';

const V1: CorridorBandVersion = { version: 1, acceptableMin: 10, acceptableMax: 35, toleratedMin: 5, toleratedMax: 45 };
const V2: CorridorBandVersion = {
  version: 2,
  acceptableMin: null,
  acceptableMax: 30,
  toleratedMin: null,
  toleratedMax: 40,
};
const RANGE = { min: 0, max: 60 };
const at = (...versions: (number | null)[]) => versions.map((policyVersion) => ({ policyVersion }));

describe('corridorBandSegments', () => {
  it('draws the acceptable band and the tolerated parts outside it, one segment per run of a version', () => {
    expect(corridorBandSegments(at(1, 1, 1), [V1], RANGE)).toEqual([
      { kind: 'tolerated', version: 1, fromX: -0.5, toX: 2.5, minY: 5, maxY: 10 },
      { kind: 'acceptable', version: 1, fromX: -0.5, toX: 2.5, minY: 10, maxY: 35 },
      { kind: 'tolerated', version: 1, fromX: -0.5, toX: 2.5, minY: 35, maxY: 45 },
    ]);
  });

  it('changes the bands between two months when the version changes; open sides reach the chart min/max', () => {
    const segments = corridorBandSegments(at(1, 2, 2), [V1, V2], RANGE);
    expect(segments.filter((s) => s.version === 2)).toEqual([
      { kind: 'acceptable', version: 2, fromX: 0.5, toX: 2.5, minY: 0, maxY: 30 },
      { kind: 'tolerated', version: 2, fromX: 0.5, toX: 2.5, minY: 30, maxY: 40 },
    ]);
    expect(segments.filter((s) => s.version === 1).every((s) => s.fromX === -0.5 && s.toX === 0.5)).toBe(true);
  });

  it('leaves months without a version, or with an unknown one, without bands and splits runs around them', () => {
    const segments = corridorBandSegments([...at(1, null, 1, 7), {}], [V1], RANGE);
    const acceptable = segments.filter((s) => s.kind === 'acceptable');
    expect(acceptable.map((s) => [s.fromX, s.toX])).toEqual([
      [-0.5, 0.5],
      [1.5, 2.5],
    ]);
  });

  it('clamps bounds to the chart and draws nothing for a band that is open on both sides', () => {
    const open: CorridorBandVersion = {
      version: 3,
      acceptableMin: null,
      acceptableMax: null,
      toleratedMin: null,
      toleratedMax: null,
    };
    expect(corridorBandSegments(at(3), [open], RANGE)).toEqual([
      { kind: 'acceptable', version: 3, fromX: -0.5, toX: 0.5, minY: 0, maxY: 60 },
    ]);
    const wide = { ...V1, toleratedMax: 100 };
    expect(corridorBandSegments(at(1), [wide], RANGE).at(-1)).toMatchObject({ minY: 35, maxY: 60 });
  });
});

describe('chartRange', () => {
  it('holds every value and every finite bound, with some air', () => {
    const range = chartRange([20, null, 25], [V1]);
    expect(range.min).toBeLessThan(5);
    expect(range.max).toBeGreaterThan(45);
    expect(chartRange([], [])).toEqual({ min: 0, max: 1 });
    const flat = chartRange([3, 3], []);
    expect(flat.min).toBeLessThan(3);
    expect(flat.max).toBeGreaterThan(3);
  });
});
