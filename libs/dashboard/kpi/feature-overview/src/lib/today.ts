import { InjectionToken } from '@angular/core';
import { type IsoDate, toIsoDate } from '@salesdash/shared/domain';

/** Today's date in UTC, the day the period presets are computed for; tests fix it. */
export const TODAY = new InjectionToken<() => IsoDate>('TODAY', {
  providedIn: 'root',
  factory: () => () => toIsoDate(new Date()),
});
