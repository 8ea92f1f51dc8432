import type { CorridorAuditEntryDto, CorridorSnapshotDto } from '@salesdash/dashboard/kpi/data-access';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { describeCorridor, type KpiUnit } from '@salesdash/shared/domain';
import { unitScale } from './corridor-draft';
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

function shown(value: number, unit: KpiUnit): string {
  return NUMBER_FORMAT.format(Number((value * unitScale(unit)).toPrecision(12)));
}

/** "35 → 30 days", "open → 30 days", "35 days → open": the unit once when both sides are numbers. */
function boundChange(before: number | null, after: number | null, unit: KpiUnit): { before: string; after: string } {
  const suffix = SUFFIXES[unit];
  const side = (value: number | null, withSuffix: boolean) =>
    value === null ? TEXTS.open : `${shown(value, unit)}${withSuffix ? suffix : ''}`;
  return { before: side(before, after === null), after: side(after, true) };
}

/** What changed from one version to the next, one phrase per changed field, e.g. "acceptable max 35 → 30 days". */
export function corridorChanges(before: CorridorSnapshotDto, after: CorridorSnapshotDto, unit: KpiUnit): string[] {
  const changes = BOUNDS.filter((field) => before[field] !== after[field]).map((field) =>
    interpolate(TEXTS.change, { field: TEXTS.fields[field], ...boundChange(before[field], after[field], unit) }),
  );
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

/** An audit entry in words: the first version described, later ones as their changes. */
export function auditChanges(entry: CorridorAuditEntryDto, unit: KpiUnit): string[] {
  const { before, after } = entry;
  if (!after) {
    return [];
  }
  if (!before) {
    return [interpolate(TEXTS.created, { version: after.version, description: describeCorridor(after, unit) })];
  }
  const changes = corridorChanges(before, after, unit);
  return changes.length > 0 ? changes : [TEXTS.unchanged];
}
