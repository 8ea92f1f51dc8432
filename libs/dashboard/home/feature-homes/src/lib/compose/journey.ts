import type { KpiTileView } from '@salesdash/dashboard/kpi/ui';

export const JOURNEY_KPIS = ['NEW_LEADS', 'LEAD_CONVERSION_RATE'];
export const VOICE_KPIS = ['CSAT', 'NPS', 'NEGATIVE_MOMENT_RATE', 'RECOVERY_RATE', 'FIRST_RESPONSE_HOURS'];

export interface TileSection {
  readonly key: 'journey' | 'voice' | 'other';
  readonly tiles: readonly KpiTileView[];
}

/** Marketing's tiles in two sections, journey then customer voice; any other visible KPI after them. */
export function journeySections(tiles: readonly KpiTileView[]): TileSection[] {
  const pick = (codes: readonly string[]) => codes.flatMap((code) => tiles.filter((tile) => tile.code === code));
  const known = new Set([...JOURNEY_KPIS, ...VOICE_KPIS]);
  const sections: TileSection[] = [
    { key: 'journey', tiles: pick(JOURNEY_KPIS) },
    { key: 'voice', tiles: pick(VOICE_KPIS) },
    { key: 'other', tiles: tiles.filter((tile) => !known.has(tile.code)) },
  ];
  return sections.filter((section) => section.tiles.length > 0);
}
