import { computed, effect, inject, type Signal, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, type ParamMap, type Params, Router } from '@angular/router';
import type { IsoDate, PeriodPreset } from '@salesdash/shared/domain';
import { parsePeriodParams, periodParams, type PeriodState, samePeriodState } from './period-params';
import { TODAY } from './today';

/** A page's period and business model, read from and written to the URL. */
export interface PeriodQuery {
  /** What the URL asks for; invalid parameters read as the page's default. */
  readonly state: Signal<PeriodState>;
  /** The day the presets are computed for. */
  readonly today: IsoDate;
  /** Writes a new period or model into the URL as a new history entry, so back returns to the last one. */
  readonly change: (patch: Partial<PeriodState>) => void;
}

function differs(current: ParamMap, wanted: Params): boolean {
  return Object.entries(wanted).some(([name, value]) => (current.get(name) ?? null) !== value);
}

/**
 * THE URL state of a KPI page's period and model (`?preset=this-month&model=CONSUMER_LOANS`, a
 * custom period with `from` and `to`). A page opened without them, or with invalid ones, gets its
 * default written into the URL in place of the current entry, so the address always says what is
 * shown. `knownModels` (the business models once loaded; null before) lets an unknown model code
 * fall back to all models. Call in an injection context.
 */
export function periodQuery(
  defaultPreset: PeriodPreset,
  knownModels: () => readonly { readonly code: string }[] | null = () => null,
): PeriodQuery {
  const router = inject(Router);
  const route = inject(ActivatedRoute);
  const today = inject(TODAY)();
  const params = toSignal(route.queryParamMap, { requireSync: true });
  const state = computed(() => parsePeriodParams(params(), today, defaultPreset), { equal: samePeriodState });

  const navigate = (next: PeriodState, replaceUrl: boolean) =>
    void router.navigate([], {
      relativeTo: route,
      queryParams: periodParams(next),
      queryParamsHandling: 'merge',
      replaceUrl,
    });

  effect(() => {
    const current = state();
    const models = knownModels();
    const known = current.businessModel === null || !models || models.some((m) => m.code === current.businessModel);
    const wanted = known ? current : { ...current, businessModel: null };
    if (differs(params(), periodParams(wanted))) {
      untracked(() => navigate(wanted, true));
    }
  });

  return {
    state,
    today,
    change: (patch) => navigate({ ...state(), ...patch }, false),
  };
}
