import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

/** Where an export stands, as `csvExport()` of the data-access library reports it. */
export interface ExportProgress {
  readonly busy: boolean;
  readonly message: string | null;
  readonly failed: boolean;
}

/**
 * An export button with its progress beside it, announced to screen readers ("Preparing the file…",
 * "Downloaded x.csv.", or why it failed). The page runs the export on `run`.
 */
@Component({
  selector: 'sd-csv-export-button',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      type="button"
      class="button button-secondary"
      [attr.data-testid]="buttonTestId()"
      [disabled]="progress().busy || disabled()"
      (click)="run.emit()"
    >
      {{ label() }}
    </button>
    <p class="status" role="status" [class.field-error]="progress().failed">{{ progress().message ?? '' }}</p>
  `,
  styles: `
    :host {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 0.75rem;
    }

    .status {
      margin: 0;
      font-size: 0.8125rem;
      color: var(--sd-text-muted, #4d5663);
    }

    .status:empty {
      display: none;
    }
  `,
})
export class CsvExportButton {
  readonly label = input.required<string>();
  readonly progress = input.required<ExportProgress>();
  /** Nothing to export (no rows). */
  readonly disabled = input(false);
  readonly buttonTestId = input<string | null>(null);
  readonly run = output<void>();
}
