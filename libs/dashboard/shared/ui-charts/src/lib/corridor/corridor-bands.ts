/** The bounds of one corridor version; null is an open side (docs/corridors.md#bands, bounds inclusive). */
export interface CorridorBandVersion {
  readonly version: number;
  readonly acceptableMin: number | null;
  readonly acceptableMax: number | null;
  readonly toleratedMin: number | null;
  readonly toleratedMax: number | null;
}

export type BandKind = 'acceptable' | 'tolerated';

/**
 * One rectangle behind a trend line: x in point indices (a month reaches half a step to each side),
 * y in values. The tolerated band is drawn as the parts outside the acceptable one, so the two never
 * overlap and each keeps its own colour.
 */
export interface BandSegment {
  readonly kind: BandKind;
  readonly version: number;
  readonly fromX: number;
  readonly toX: number;
  readonly minY: number;
  readonly maxY: number;
}

export interface ValueRange {
  readonly min: number;
  readonly max: number;
}

/** A point of a trend as far as bands care: the corridor version it was judged by (null: none). */
export interface VersionedPoint {
  readonly policyVersion?: number | null;
}

interface Run {
  readonly corridor: CorridorBandVersion;
  readonly first: number;
  readonly last: number;
}

function runsOf(points: readonly VersionedPoint[], versions: ReadonlyMap<number, CorridorBandVersion>): Run[] {
  const runs: Run[] = [];
  points.forEach((point, index) => {
    const corridor =
      point.policyVersion === null || point.policyVersion === undefined ? undefined : versions.get(point.policyVersion);
    const previous = runs[runs.length - 1];
    if (!corridor) {
      return;
    }
    if (previous && previous.corridor === corridor && previous.last === index - 1) {
      runs[runs.length - 1] = { ...previous, last: index };
    } else {
      runs.push({ corridor, first: index, last: index });
    }
  });
  return runs;
}

/**
 * The band rectangles of a trend: consecutive months judged by the same corridor version share one
 * segment; a month without a version (or with one not in `versions`) has none. Open sides reach the
 * chart's `range` (its min and max), and empty parts are left out.
 */
export function corridorBandSegments(
  points: readonly VersionedPoint[],
  versions: readonly CorridorBandVersion[],
  range: ValueRange,
): BandSegment[] {
  const byVersion = new Map(versions.map((corridor) => [corridor.version, corridor]));
  const clamp = (value: number | null, open: number) =>
    value === null ? open : Math.min(range.max, Math.max(range.min, value));
  return runsOf(points, byVersion).flatMap(({ corridor, first, last }) => {
    const x = { version: corridor.version, fromX: first - 0.5, toX: last + 0.5 };
    const acceptableMin = clamp(corridor.acceptableMin, range.min);
    const acceptableMax = clamp(corridor.acceptableMax, range.max);
    const toleratedMin = clamp(corridor.toleratedMin, range.min);
    const toleratedMax = clamp(corridor.toleratedMax, range.max);
    const pieces: BandSegment[] = [
      { kind: 'tolerated', ...x, minY: toleratedMin, maxY: Math.min(acceptableMin, toleratedMax) },
      { kind: 'acceptable', ...x, minY: acceptableMin, maxY: acceptableMax },
      { kind: 'tolerated', ...x, minY: Math.max(acceptableMax, toleratedMin), maxY: toleratedMax },
    ];
    return pieces.filter((piece) => piece.maxY > piece.minY);
  });
}

/** The y range a chart needs to show every value and every finite bound, with a little air. */
export function chartRange(values: readonly (number | null)[], versions: readonly CorridorBandVersion[]): ValueRange {
  const bounds = versions.flatMap((v) => [v.acceptableMin, v.acceptableMax, v.toleratedMin, v.toleratedMax]);
  const known = [...values, ...bounds].filter((value): value is number => value !== null && Number.isFinite(value));
  if (known.length === 0) {
    return { min: 0, max: 1 };
  }
  const min = Math.min(...known);
  const max = Math.max(...known);
  const air = max === min ? Math.abs(max) * 0.1 || 1 : (max - min) * 0.08;
  return { min: min - air, max: max + air };
}
