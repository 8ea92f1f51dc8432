import type { CorridorAuditEntryDto, CorridorSnapshotDto } from '@salesdash/dashboard/kpi/data-access';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import {
  basisName,
  type CorridorBasis,
  describeCorridor,
  type KpiCode,
  kpiDefinition,
  type KpiUnit,
} from '@salesdash/shared/domain';
import { boundScale } from './corridor-draft';
import { CORRIDOR_EDITOR_TEXTS } from './corridor-editor.texts';

const TEXTS = CORRIDOR_EDITOR_TEXTS.history;
const NUMBER_FORMAT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });
const SUFFIXES: Readonly<Record<KpiUnit, string>> = {
  RATE: ' %',
  DAYS: ' days',
  HOURS: ' hours',
  EUR: ' EUR',
  COUNT: '',
  SCORE: '',
  NPS: '',
};
const BOUNDS = ['acceptableMin', 'acceptableMax', 'toleratedMin', 'toleratedMax'] as const;

/** The suffix of a bound of `basis`: a share of target is a percentage whatever the KPI's unit. */
function suffixOf(kpi: KpiCode, basis: CorridorBasis): string {
  return basis === 'SHARE_OF_TARGET' ? SUFFIXES.RATE : SUFFIXES[kpiDefinition(kpi).unit];
}

/** "35 → 30 days", "open → 30 days", "35 days → open": the unit once when both sides are numbers. */
function boundChange(
  before: number | null,
  after: number | null,
  kpi: KpiCode,
  basis: CorridorBasis,
): { before: string; after: string } {
  const suffix = suffixOf(kpi, basis);
  const scale = boundScale(kpi, basis);
  const side = (value: number | null, withSuffix: boolean) =>
    value === null
      ? TEXTS.open
      : `${NUMBER_FORMAT.format(Number((value * scale).toPrecision(12)))}${withSuffix ? suffix : ''}`;
  return { before: side(before, after === null), after: side(after, true) };
}

/**
 * What changed from one version to the next, one phrase per changed field, e.g. "acceptable max 35 →
 * 30 days". A new basis is named ("basis the value → share of the target to date") and followed by the
 * new bands in words: bounds of two bases are not comparable number by number.
 */
export function corridorChanges(before: CorridorSnapshotDto, after: CorridorSnapshotDto, kpi: KpiCode): string[] {
  const changes: string[] = [];
  if (before.basis !== after.basis) {
    changes.push(
      interpolate(TEXTS.change, {
        field: TEXTS.fields.basis,
        before: basisName(before.basis, kpi),
        after: basisName(after.basis, kpi),
      }),
      interpolate(TEXTS.rebased, { description: describeCorridor(after, kpi) }),
    );
  } else {
    changes.push(
      ...BOUNDS.filter((field) => before[field] !== after[field]).map((field) =>
        interpolate(TEXTS.change, {
          field: TEXTS.fields[field],
          ...boundChange(before[field], after[field], kpi, after.basis),
        }),
      ),
    );
  }
  if (before.minSampleSize !== after.minSampleSize) {
    changes.push(
      interpolate(TEXTS.change, {
        field: TEXTS.fields.minSampleSize,
        before: before.minSampleSize,
        after: after.minSampleSize,
      }),
    );
  }
  if (before.effectiveFrom !== after.effectiveFrom) {
    changes.push(
      interpolate(TEXTS.change, {
        field: TEXTS.fields.effectiveFrom,
        before: before.effectiveFrom,
        after: after.effectiveFrom,
      }),
    );
  }
  return changes;
}

/** An audit entry in words: the first version described with its basis, later ones as their changes. */
export function auditChanges(entry: CorridorAuditEntryDto, kpi: KpiCode): string[] {
  const { before, after } = entry;
  if (!after) {
    return [];
  }
  if (!before) {
    return [interpolate(TEXTS.created, { version: after.version, description: describeCorridor(after, kpi) })];
  }
  const changes = corridorChanges(before, after, kpi);
  return changes.length > 0 ? changes : [TEXTS.unchanged];
}
