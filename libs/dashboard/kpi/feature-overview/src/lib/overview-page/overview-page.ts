import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { dataOf, KpiOverviewStore, type OverviewData } from '@salesdash/dashboard/kpi/data-access';
import {
  formatPeriod,
  KpiTile,
  ModelFilter,
  PeriodPicker,
  type BusinessModelOption,
  type PeriodSelection,
} from '@salesdash/dashboard/kpi/ui';
import type { ApiError } from '@salesdash/dashboard/shared/data-access';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { presetPeriod } from '@salesdash/shared/domain';
import { overviewParams, type OverviewState, parseOverviewParams, sameOverviewState } from '../overview-params';
import { OVERVIEW_TEXTS } from '../overview.texts';
import { buildStageGroups, hasNoData } from '../stage-groups';
import { TODAY } from '../today';

type View =
  | { readonly kind: 'loading' }
  | { readonly kind: 'error'; readonly message: string }
  | { readonly kind: 'empty'; readonly message: string }
  | { readonly kind: 'tiles' };

const SKELETON_TILES = Array.from({ length: 6 }, (_, index) => index);

function isPeriodField(error: ApiError): boolean {
  return error.code === 'BAD_USER_INPUT' && /^filter\.(from|to)\b/.test(error.field ?? '');
}

function isModelField(error: ApiError): boolean {
  return error.code === 'BAD_USER_INPUT' && /^filter\.businessModels\b/.test(error.field ?? '');
}

/**
 * The KPI overview: the period and business model (kept in the URL) and one tile per KPI, grouped
 * by journey stage. The figures come from the API; this page only arranges them.
 */
@Component({
  selector: 'sd-overview-page',
  imports: [KpiTile, PeriodPicker, ModelFilter],
  providers: [KpiOverviewStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './overview-page.html',
  styleUrl: './overview-page.css',
})
export class OverviewPage {
  private readonly store = inject(KpiOverviewStore);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly texts = OVERVIEW_TEXTS;
  protected readonly today = inject(TODAY)();
  protected readonly skeletonTiles = SKELETON_TILES;

  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly state = computed<OverviewState>(() => parseOverviewParams(this.params(), this.today), {
    equal: sameOverviewState,
  });

  private readonly data = computed<OverviewData | undefined>(() => dataOf(this.store.data()));
  private readonly error = computed(() => {
    const state = this.store.data();
    return state.status === 'failed' ? state.error : null;
  });

  protected readonly busy = this.store.loading;
  protected readonly businessModels = computed<readonly BusinessModelOption[]>(() => this.data()?.businessModels ?? []);
  protected readonly periodError = computed(() => {
    const error = this.error();
    return error && isPeriodField(error) ? error.message : null;
  });
  protected readonly modelError = computed(() => {
    const error = this.error();
    return error && isModelField(error) ? error.message : null;
  });

  private readonly periodText = computed(() => formatPeriod(this.state().selection));
  private readonly modelsText = computed(() => {
    const code = this.state().businessModel;
    if (code === null) {
      return OVERVIEW_TEXTS.allModels;
    }
    return this.businessModels().find((model) => model.code === code)?.name ?? code;
  });
  protected readonly subtitle = computed(() =>
    interpolate(OVERVIEW_TEXTS.subtitle, { period: this.periodText(), models: this.modelsText() }),
  );

  protected readonly view = computed<View>(() => {
    const error = this.error();
    if (error) {
      return { kind: 'error', message: this.errorMessage(error) };
    }
    const data = this.data();
    if (!data) {
      return { kind: 'loading' };
    }
    if (hasNoData(data)) {
      return {
        kind: 'empty',
        message: interpolate(OVERVIEW_TEXTS.empty.body, { period: formatPeriod(data.query.period) }),
      };
    }
    return { kind: 'tiles' };
  });

  protected readonly trendFailed = computed(() => this.store.trend().status === 'failed');
  protected readonly groups = computed(() => {
    const data = this.data();
    if (!data) {
      return [];
    }
    const trend = this.store.trend();
    const series = trend.status === 'loaded' && trend.data.query === data.query ? trend.data.series : null;
    return buildStageGroups(data, series, this.store.corridors());
  });

  protected readonly announcement = computed(() => {
    const view = this.view();
    if (view.kind === 'loading') {
      return OVERVIEW_TEXTS.loading;
    }
    if (view.kind !== 'tiles') {
      return view.message;
    }
    if (this.busy()) {
      return OVERVIEW_TEXTS.updating;
    }
    const count = this.groups().reduce((sum, group) => sum + group.tiles.length, 0);
    return interpolate(OVERVIEW_TEXTS.loaded, {
      count,
      period: this.periodText(),
      models: this.modelsText().toLowerCase(),
    });
  });

  constructor() {
    effect(() => {
      const { selection, businessModel } = this.state();
      untracked(() => this.store.load({ period: { from: selection.from, to: selection.to }, businessModel }));
    });
  }

  protected changePeriod(selection: PeriodSelection): void {
    this.navigate({ ...this.state(), selection });
  }

  protected changeModel(businessModel: string | null): void {
    this.navigate({ ...this.state(), businessModel });
  }

  protected showLastTwelveMonths(): void {
    this.changePeriod({ preset: 'LAST_12_MONTHS', ...presetPeriod('LAST_12_MONTHS', this.today) });
  }

  protected retry(): void {
    this.store.retry();
  }

  private navigate(state: OverviewState): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: overviewParams(state),
      queryParamsHandling: 'merge',
    });
  }

  private errorMessage(error: ApiError): string {
    switch (error.code) {
      case 'FORBIDDEN':
      case 'NETWORK':
      case 'BAD_USER_INPUT':
        return OVERVIEW_TEXTS.error[error.code];
      default:
        return OVERVIEW_TEXTS.error.other;
    }
  }
}
