import type { CorridorAuditEntryDto, CorridorSnapshotDto } from '@salesdash/dashboard/kpi/data-access';
import { formatCount } from '@salesdash/dashboard/kpi/ui';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import type { CorridorBasis, KpiCode } from '@salesdash/shared/domain';
import { CORRIDOR_EDITOR_TEXTS } from './corridor-editor.texts';
import { basisNameOf, boundNumber, boundText, corridorInWords } from './corridor-words';

const TEXTS = CORRIDOR_EDITOR_TEXTS.history;
const BOUNDS = ['acceptableMin', 'acceptableMax', 'toleratedMin', 'toleratedMax'] as const;

/** "35 → 30 days", "open → 30 days", "35 days → open": the unit once when both sides are numbers. */
function boundChange(
  before: number | null,
  after: number | null,
  kpi: KpiCode,
  basis: CorridorBasis,
): { before: string; after: string } {
  const side = (value: number | null, withUnit: boolean) => {
    if (value === null) {
      return TEXTS.open;
    }
    return withUnit ? boundText(value, kpi, basis) : boundNumber(value, kpi, basis);
  };
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
        before: basisNameOf(before.basis, kpi),
        after: basisNameOf(after.basis, kpi),
      }),
      interpolate(TEXTS.rebased, { description: corridorInWords(after, kpi) }),
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
        before: formatCount(before.minSampleSize),
        after: formatCount(after.minSampleSize),
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
    return [interpolate(TEXTS.created, { version: after.version, description: corridorInWords(after, kpi) })];
  }
  const changes = corridorChanges(before, after, kpi);
  return changes.length > 0 ? changes : [TEXTS.unchanged];
}
