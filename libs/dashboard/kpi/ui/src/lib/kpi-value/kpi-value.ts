import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import type { ChangeText } from '../format/kpi-change';
import { formatCount } from '../format/kpi-format';
import { kpiName, kpiTexts } from '../kpi-catalogue.texts';
import { KPI_UI_TEXTS } from '../kpi-ui.texts';
import type { RowsLink } from '../rows-link';

/**
 * What a link from a value to its rows says: "Won deals, Consumer loans: 12. Show the 12 WON events in the period",
 * the KPI named and its n explained in this build's language.
 */
export function rowsLinkLabel(kpi: string, where: string, valueText: string, sampleSize: number): string {
  const texts = kpiTexts(kpi);
  const params = { kpi: kpiName(kpi), model: where, value: valueText, n: formatCount(sampleSize) };
  return texts
    ? interpolate(KPI_UI_TEXTS.rowsLink, { ...params, what: texts.sampleSizeOf })
    : interpolate(KPI_UI_TEXTS.rowsLinkUnknown, params);
}

/**
 * A KPI value as text that leads to the rows behind it when the page can name them (a link read out in
 * full: KPI, model, value and what it counts), plain text otherwise.
 */
@Component({
  selector: 'sd-kpi-value',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (rows(); as rows) {
      <a class="value-link" [routerLink]="rows.path" [queryParams]="rows.queryParams" [attr.aria-label]="label()">{{
        text()
      }}</a>
    } @else {
      {{ text() }}
    }
  `,
  styles: `
    /*
     * At least 24 × 24 px to point at (WCAG 2.5.8), also for a one-digit value, its text aligned as the cell
     * aligns it (a grid's text keeps the inherited text-align) and centred in the height.
     */
    .value-link {
      display: inline-grid;
      align-content: center;
      min-width: 1.5rem;
      min-height: 1.5rem;
      color: inherit;
      text-decoration: underline;
      text-decoration-color: var(--sd-border, #d9dee5);
      text-underline-offset: 3px;
    }

    .value-link:hover,
    .value-link:focus-visible {
      text-decoration-color: currentColor;
    }
  `,
})
export class KpiValueLink {
  readonly text = input.required<string>();
  readonly rows = input<RowsLink | null | undefined>(null);
  /** What the link says to a screen reader ("Won deals, Consumer loans: 12. Show the 12 WON events …"). */
  readonly label = input<string>('');
}

/** A value's changes against earlier periods: short for the eye, whole (periods, earlier values) for a screen reader. */
@Component({
  selector: 'sd-kpi-change',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @for (change of changes(); track change.short) {
      <span class="change" [attr.data-direction]="change.direction" [attr.title]="change.full"
        ><span aria-hidden="true">{{ change.short }}</span
        ><span class="visually-hidden">{{ change.full }}</span></span
      >
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      gap: 0.125rem 0.625rem;
      font-size: 0.75rem;
      font-weight: 400;
      color: var(--sd-text-muted, #4d5663);
      font-variant-numeric: tabular-nums;
    }

    :host:empty {
      display: none;
    }

    .change {
      white-space: nowrap;
    }

    /* On a phone a change may wrap, even inside a cell that keeps its figures on one line. */
    @media (max-width: 40rem) {
      .change {
        white-space: normal;
      }
    }
  `,
})
export class KpiChangeList {
  readonly changes = input.required<readonly ChangeText[]>();
}
