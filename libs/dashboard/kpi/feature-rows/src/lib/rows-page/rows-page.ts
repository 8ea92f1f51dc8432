import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { CorridorIndex, KpiApi, type KpiValueDto } from '@salesdash/dashboard/kpi/data-access';
import {
  CsvExportButton,
  formatCount,
  formatKpiValue,
  formatPeriod,
  kpiName,
  KpiStatusBadge,
  type KpiTexts,
  kpiTexts,
  parseRowsParams,
  rowsLink,
  type RowsListing,
  type RowsOfValue,
  type RowsScope,
} from '@salesdash/dashboard/kpi/ui';
import { csvExport, dataOf, loaded, loadFor, loadResource } from '@salesdash/dashboard/shared/data-access';
import { formatInstant, interpolate } from '@salesdash/dashboard/shared/util-i18n';
import { addDays, isKpiCode, KPI_ROWS, type KpiRowOrder, type KpiRowOutcome } from '@salesdash/shared/domain';
import { combineLatest, forkJoin, map, of } from 'rxjs';
import { pageRange, rowCells, type RowsColumn, rowsColumns } from '../compose/rows-table';
import { KpiRowsApi, type ScopeCrumbDto, type ScopeNavigationDto } from '../data-access/kpi-rows-api';
import { KPI_ROWS_TEXTS } from '../kpi-rows.texts';
import { failureText } from '../load-failure';

const TEXTS = KPI_ROWS_TEXTS;
const PAGE_SIZE = 50;
const EXPORT_URL = '/api/exports/kpi-rows';

/**
 * The rows behind one number — the deals, stage events, interactions or feedback a KPI value counts,
 * exactly as many as its sample size — with the KPI's definition beside them, the value and how its
 * rows split, the way up and down the organisation (company › region › team › rep, as far as the
 * viewer may go) with each scope's figure, and every row a page at a time, sortable and exportable.
 */
@Component({
  selector: 'sd-rows-page',
  imports: [RouterLink, KpiStatusBadge, CsvExportButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './rows-page.html',
  styleUrl: './rows-page.css',
})
export class RowsPage {
  private readonly rowsApi = inject(KpiRowsApi);
  private readonly kpiApi = inject(KpiApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  protected readonly texts = TEXTS;
  protected readonly exporter = csvExport();

  private readonly parsed = toSignal(
    combineLatest([this.route.paramMap, this.route.queryParamMap]).pipe(
      map(([params, query]) => parseRowsParams(params.get('kpi') ?? '', query)),
    ),
    { initialValue: null },
  );
  protected readonly invalid = computed(() => this.parsed() === null);
  private readonly value = computed<RowsOfValue | null>(() => this.parsed()?.value ?? null, { equal: sameValue });
  private readonly listing = computed<RowsListing | null>(() => this.parsed()?.listing ?? null);

  private readonly reference = loadResource(() =>
    forkJoin({ catalogue: this.kpiApi.catalogue(), models: this.kpiApi.businessModels() }),
  );
  private readonly rowsRequest = computed(() => {
    const value = this.value();
    const listing = this.listing();
    return value && listing ? { value, listing } : null;
  });
  protected readonly rows = loadFor(this.rowsRequest, ({ value, listing }) =>
    this.rowsApi.rows({
      ...apiFilter(value),
      offset: (listing.page - 1) * PAGE_SIZE,
      limit: PAGE_SIZE,
      orderBy: listing.orderBy,
      descending: listing.descending,
    }),
  );
  private readonly navigation = loadFor(this.value, (value) => this.rowsApi.navigation(scopeInput(value.scope)));
  private readonly figure = loadFor(this.value, (value) =>
    this.kpiApi
      .values({
        ...periodOf(value),
        businessModels: [value.businessModel],
        kpis: [value.kpi],
        scope: scopeInput(value.scope),
      })
      .pipe(map((values) => values[0] ?? null)),
  );
  private readonly childRequest = computed(() => {
    const value = this.value();
    const navigation = dataOf(this.navigation.state());
    const children = navigation?.children.filter((child) => child.id !== null) ?? [];
    return value && navigation && children.length > 0 ? { value, children } : null;
  });
  private readonly childFigures = loadFor(this.childRequest, ({ value, children }) =>
    children.length === 0
      ? of(new Map<string, readonly KpiValueDto[]>())
      : this.kpiApi.valuesByScope({
          ...periodOf(value),
          businessModels: [value.businessModel],
          kpis: [value.kpi],
          level: children[0].type,
          ids: children.map((child) => child.id ?? ''),
        }),
  );
  private readonly corridors = loadFor(this.value, (value) =>
    this.kpiApi.corridorsInForce(addDays(value.period.to, -1)).pipe(map((list) => new CorridorIndex(list))),
  );

  protected readonly definition = computed(() => {
    const value = this.value();
    const catalogue = loaded(this.reference.state())?.catalogue ?? [];
    return value ? (catalogue.find((kpi) => kpi.code === value.kpi) ?? null) : null;
  });
  private readonly modelName = computed(() => {
    const value = this.value();
    const models = loaded(this.reference.state())?.models ?? [];
    return value ? (models.find((model) => model.code === value.businessModel)?.name ?? value.businessModel) : '';
  });
  protected readonly crumbs = computed(() => {
    const value = this.value();
    const navigation = dataOf(this.navigation.state());
    if (!value || !navigation) {
      return [];
    }
    return navigation.path.map((crumb, index) => ({
      key: `${crumb.type}:${crumb.id ?? ''}`,
      name: crumbName(crumb),
      current: index === navigation.path.length - 1,
      link: rowsLink({ ...value, scope: crumbScope(crumb) }),
    }));
  });
  /** The KPI's name in this build's language. */
  private readonly kpiName = computed(() => kpiName(this.value()?.kpi ?? ''));
  /** The KPI's definition in this build's language; null for a code the catalogue does not know. */
  protected readonly kpiTexts = computed(() => kpiTexts(this.value()?.kpi ?? ''));
  protected readonly heading = computed(() => interpolate(TEXTS.title, { kpi: this.kpiName() }));
  protected readonly subtitle = computed(() => {
    const value = this.value();
    if (!value) {
      return '';
    }
    const crumbs = this.crumbs();
    return interpolate(TEXTS.subtitle, {
      model: this.modelName(),
      period: formatPeriod(value.period),
      scope: crumbs.at(-1)?.name ?? '',
    });
  });
  protected readonly asOfText = computed(() => {
    const asOf = this.value()?.asOf;
    return asOf ? interpolate(TEXTS.asOf, { asOf: formatInstant(asOf) }) : null;
  });

  protected readonly summary = computed(() => {
    const value = this.value();
    const definition = this.definition();
    const figure = dataOf(this.figure.state());
    const answer = dataOf(this.rows.state());
    if (!value || !definition || !answer) {
      return null;
    }
    return {
      valueText: figure ? formatKpiValue(figure.value, definition.unit) : null,
      figure,
      corridor: figure
        ? (dataOf(this.corridors.state())?.find(figure.businessModel, figure.kpi, figure.policyVersion) ?? null)
        : null,
      counts: countsText(answer.total, this.kpiTexts()),
      split: splitText(answer.kpi, answer.outcomes),
    };
  });

  protected readonly below = computed(() => {
    const request = this.childRequest();
    const definition = this.definition();
    if (!request || !definition) {
      return null;
    }
    const figures = dataOf(this.childFigures.state());
    const level = request.children[0].type;
    return {
      title: TEXTS.below[level] ?? level,
      caption: interpolate(TEXTS.belowCaption[level] ?? level, {
        kpi: this.kpiName(),
        model: this.modelName(),
        period: formatPeriod(request.value.period),
      }),
      heading: TEXTS.levelHeading[level] ?? level,
      rows: request.children.map((child) => {
        const figure = figures?.get(child.id ?? '')?.[0] ?? null;
        return {
          key: child.id ?? '',
          name: child.name ?? child.id ?? '',
          value: figure ? formatKpiValue(figure.value, definition.unit) : '…',
          n: figure ? formatCount(figure.sampleSize) : '',
          link: rowsLink({ ...request.value, scope: crumbScope(child) }),
          linkLabel: interpolate(TEXTS.rowsOf, { name: child.name ?? child.id ?? '' }),
        };
      }),
    };
  });

  protected readonly table = computed(() => {
    const answer = dataOf(this.rows.state());
    const listing = this.listing();
    const value = this.value();
    if (!answer || !listing || !value || !isKpiCode(answer.kpi)) {
      return null;
    }
    const columns = rowsColumns({
      kpi: answer.kpi,
      kind: answer.kind,
      measure: answer.measure ?? null,
      amountsHidden: answer.amountsHidden,
      hasOutcomes: KPI_ROWS[answer.kpi].outcomes.length > 0,
    });
    const range = pageRange(answer.offset, answer.rows.length);
    const pages = Math.max(1, Math.ceil(answer.total / PAGE_SIZE));
    return {
      columns,
      heading: interpolate(answer.total === 1 ? TEXTS.table.one : TEXTS.table.other, { n: formatCount(answer.total) }),
      caption: range
        ? interpolate(TEXTS.tableCaption, {
            kpi: this.kpiName(),
            model: this.modelName(),
            period: formatPeriod(value.period),
            scope: this.crumbs().at(-1)?.name ?? '',
            first: formatCount(range.first),
            last: formatCount(range.last),
            n: formatCount(answer.total),
          })
        : '',
      rows: answer.rows.map((row) => ({
        id: row.rowId,
        dealId: row.dealId,
        cells: rowCells(row, answer.measure ?? null),
      })),
      range: range
        ? interpolate(TEXTS.pageOf, {
            first: formatCount(range.first),
            last: formatCount(range.last),
            n: formatCount(answer.total),
          })
        : '',
      previous: listing.page > 1 ? rowsLink(value, { ...listing, page: listing.page - 1 }) : null,
      next: listing.page < pages ? rowsLink(value, { ...listing, page: listing.page + 1 }) : null,
      amountsHidden: answer.amountsHidden,
      empty: answer.total === 0,
    };
  });

  /** While another scope, page or order loads, the last figures stay in place, dimmed and marked busy. */
  protected readonly busy = computed(() =>
    [this.rows.state(), this.figure.state(), this.navigation.state()].some((state) => state.status === 'loading'),
  );
  protected readonly error = computed(() => {
    const failed = [this.rows.state(), this.navigation.state(), this.reference.state()].find(
      (state) => state.status === 'failed',
    );
    return failed?.status === 'failed' ? failureText(failed.error) : null;
  });

  protected ariaSort(column: RowsColumn): 'ascending' | 'descending' | null {
    const listing = this.listing();
    if (!column.sort || !listing || listing.orderBy !== column.sort) {
      return null;
    }
    return listing.descending ? 'descending' : 'ascending';
  }

  protected sortLabel(column: RowsColumn): string {
    return interpolate(TEXTS.sortBy, { column: column.label });
  }

  /** A column's header sorts by it, newest or largest first; again, the other way round. */
  protected sortBy(order: KpiRowOrder): void {
    const value = this.value();
    const listing = this.listing();
    if (!value || !listing) {
      return;
    }
    const descending = listing.orderBy === order ? !listing.descending : true;
    const link = rowsLink(value, { orderBy: order, descending, page: 1 });
    void this.router.navigate(link.path, { queryParams: link.queryParams });
  }

  protected exportRows(): void {
    const value = this.value();
    const listing = this.listing();
    if (!value || !listing) {
      return;
    }
    const scope = value.scope;
    this.exporter.run(
      EXPORT_URL,
      {
        kpi: value.kpi,
        businessModel: value.businessModel,
        from: value.period.from,
        to: value.period.to,
        ...(value.asOf ? { asOf: value.asOf } : {}),
        ...(scope ? { scopeType: scope.type, ...(scope.id ? { scopeId: scope.id } : {}) } : {}),
        orderBy: listing.orderBy,
        descending: String(listing.descending),
      },
      `${value.kpi}-${value.period.from}.csv`,
    );
  }

  protected retry(): void {
    this.reference.retry();
    this.rows.retry();
    this.navigation.retry();
    this.figure.retry();
  }
}

/** What the rows are, as one sentence: "1,079 WON and LOST events in the period"; the count alone for an unknown KPI. */
function countsText(total: number, kpi: KpiTexts | null): string {
  const n = formatCount(total);
  return kpi ? interpolate(TEXTS.countsOf, { n, what: kpi.sampleSizeOf }) : n;
}

/** How the rows split by outcome, in the KPI's order (numerator first): "181 won · 898 lost". */
function splitText(kpi: string, outcomes: readonly { outcome: KpiRowOutcome; rows: number }[]): string {
  const order: readonly KpiRowOutcome[] = isKpiCode(kpi) ? KPI_ROWS[kpi].outcomes : [];
  return [...outcomes]
    .sort((a, b) => order.indexOf(a.outcome) - order.indexOf(b.outcome))
    .map((outcome) => {
      const counts = TEXTS.outcomeCounts[outcome.outcome];
      return interpolate(outcome.rows === 1 ? counts.one : counts.other, { n: formatCount(outcome.rows) });
    })
    .join(' · ');
}

function sameValue(a: RowsOfValue | null, b: RowsOfValue | null): boolean {
  return a === b || (a !== null && b !== null && JSON.stringify(a) === JSON.stringify(b));
}

function periodOf(value: RowsOfValue): { from: string; to: string; asOf?: string } {
  return { from: value.period.from, to: value.period.to, ...(value.asOf ? { asOf: value.asOf } : {}) };
}

function scopeInput(scope: RowsScope | null): { type: RowsScope['type']; id?: string } | null {
  return scope ? { type: scope.type, ...(scope.id ? { id: scope.id } : {}) } : null;
}

function apiFilter(value: RowsOfValue) {
  return { kpi: value.kpi, businessModel: value.businessModel, ...periodOf(value), scope: scopeInput(value.scope) };
}

/** A crumb's scope for a link; a sales manager's teams together are their widest scope (none named). */
function crumbScope(crumb: ScopeCrumbDto): RowsScope | null {
  if (crumb.type === 'COMPANY') {
    return { type: 'COMPANY' };
  }
  return crumb.id ? { type: crumb.type, id: crumb.id } : null;
}

function crumbName(crumb: ScopeNavigationDto['path'][number]): string {
  if (crumb.type === 'COMPANY') {
    return TEXTS.company;
  }
  return crumb.name ?? (crumb.type === 'TEAM' ? TEXTS.myTeams : (crumb.id ?? ''));
}
