import { LiveAnnouncer } from '@angular/cdk/a11y';
import { ChangeDetectionStrategy, Component, computed, effect, inject, untracked } from '@angular/core';
import { KpiOverviewStore, type OverviewData } from '@salesdash/dashboard/kpi/data-access';
import {
  KpiTile,
  ModelFilter,
  PeriodPicker,
  type BusinessModelOption,
  type PeriodSelection,
} from '@salesdash/dashboard/kpi/ui';
import { type ApiError, isTryLater, dataOf } from '@salesdash/dashboard/shared/data-access';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { describePeriod, periodLabel } from '../period-label';
import { presetSelection } from '../period-params';
import { periodQuery } from '../period-query';
import { OVERVIEW_TEXTS } from '../overview.texts';
import { buildStageGroups, hasNoData } from '../stage-groups';

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
  private readonly query = periodQuery('LAST_12_MONTHS');

  protected readonly texts = OVERVIEW_TEXTS;
  protected readonly today = this.query.today;
  protected readonly skeletonTiles = SKELETON_TILES;
  protected readonly state = this.query.state;

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

  private readonly modelsText = computed(() => {
    const code = this.state().businessModel;
    return code === null ? OVERVIEW_TEXTS.allModels : this.modelName(code);
  });
  protected readonly subtitle = computed(() =>
    interpolate(OVERVIEW_TEXTS.subtitle, {
      period: describePeriod(this.state().selection, this.today),
      models: this.modelsText(),
    }),
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
        message: interpolate(OVERVIEW_TEXTS.empty.body, { period: periodLabel(data.query.period, this.today) }),
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

  /**
   * What screen readers are told when the view changes: the KPIs shown ("18 KPIs for …"), that they
   * update, or that the period has no data. The first load says so on the page, an error is an alert.
   */
  private readonly announcement = computed(() => {
    const view = this.view();
    const data = this.data();
    if (view.kind === 'empty') {
      return view.message;
    }
    if (view.kind !== 'tiles' || !data) {
      return null;
    }
    if (this.busy()) {
      return OVERVIEW_TEXTS.updating;
    }
    // The query of the tiles shown, not the URL's: a new choice is said once its KPIs are there.
    const { period, businessModel } = data.query;
    const count = this.groups().reduce((sum, group) => sum + group.tiles.length, 0);
    const values = { count, period: periodLabel(period, this.today) };
    // A model's name is data, said as it is; "all business models" is a sentence of its own.
    const form = count === 1 ? 'one' : 'other';
    return businessModel === null
      ? interpolate(OVERVIEW_TEXTS.loaded.allModels[form], values)
      : interpolate(OVERVIEW_TEXTS.loaded.model[form], { ...values, model: this.modelName(businessModel) });
  });

  constructor() {
    const announcer = inject(LiveAnnouncer);
    effect(() => {
      const message = this.announcement();
      if (message !== null) {
        void announcer.announce(message);
      }
    });
    effect(() => {
      const { selection, businessModel } = this.state();
      untracked(() => this.store.load({ period: { from: selection.from, to: selection.to }, businessModel }));
    });
  }

  protected changePeriod(selection: PeriodSelection): void {
    this.query.change({ selection });
  }

  protected changeModel(businessModel: string | null): void {
    this.query.change({ businessModel });
  }

  protected showLastTwelveMonths(): void {
    this.changePeriod(presetSelection('LAST_12_MONTHS', this.today));
  }

  protected retry(): void {
    this.store.retry();
  }

  private modelName(code: string): string {
    return this.businessModels().find((model) => model.code === code)?.name ?? code;
  }

  private errorMessage(error: ApiError): string {
    switch (error.code) {
      case 'FORBIDDEN':
      case 'NETWORK':
      case 'BAD_USER_INPUT':
      case 'TIMEOUT':
        return OVERVIEW_TEXTS.error[error.code];
      default:
        return isTryLater(error) ? OVERVIEW_TEXTS.error.busy : OVERVIEW_TEXTS.error.other;
    }
  }
}
