import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  type ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { DASHBOARD_LOCALE, interpolate } from '@salesdash/dashboard/shared/util-i18n';
import type { Subscription } from 'rxjs';
import { addFiles, BUNDLE_FILE_NAMES, type ChosenFile, formatSize, totalSize, UPLOAD_LIMITS } from '../bundle-files';
import { ImportApi, type ImportedFile, type UploadFailure, type UploadStep } from '../import-api';
import { IMPORT_TEXTS } from '../import.texts';

let nextId = 0;

type CopyState = 'idle' | 'copied' | 'failed';

const ALLOWED_FILES = BUNDLE_FILE_NAMES.join(', ');
const PER_FILE = formatSize(UPLOAD_LIMITS.maxFileBytes);
const PER_UPLOAD = formatSize(UPLOAD_LIMITS.maxUploadBytes);

const counts = new Intl.NumberFormat(DASHBOARD_LOCALE);
const seconds = new Intl.NumberFormat(DASHBOARD_LOCALE, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

function failureMessage(failure: UploadFailure): string {
  return failure.kind === 'BAD_INPUT'
    ? interpolate(IMPORT_TEXTS.failed.BAD_INPUT, { message: failure.message })
    : IMPORT_TEXTS.failed[failure.kind];
}

/** `45 ms` below a second, `12.3 s` from one on (`12,3 s` in German). */
function formatDuration(milliseconds: number): string {
  return milliseconds < 1000
    ? interpolate(IMPORT_TEXTS.imported.milliseconds, { value: counts.format(Math.round(milliseconds)) })
    : interpolate(IMPORT_TEXTS.imported.seconds, { value: seconds.format(milliseconds / 1000) });
}

/**
 * ADMIN's and CONTROLLING's bundle upload: choose or drop the CSV files, see names the API would
 * refuse before sending, watch the upload, then read the rows per file or every error the importer
 * found. The API decides; this page only explains.
 */
@Component({
  selector: 'sd-import-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './import-page.html',
  styleUrl: './import-page.css',
})
export class ImportPage {
  private readonly api = inject(ImportApi);
  private upload$: Subscription | null = null;

  protected readonly texts = IMPORT_TEXTS;
  protected readonly id = `sd-import-${nextId++}`;
  protected readonly rules = {
    files: interpolate(IMPORT_TEXTS.rules.files, { files: ALLOWED_FILES }),
    limits: interpolate(IMPORT_TEXTS.rules.limits, { perFile: PER_FILE, total: PER_UPLOAD }),
  };

  protected readonly chosen = signal<readonly ChosenFile[]>([]);
  protected readonly dragging = signal(false);
  /** The upload's last step; null before the first upload and after the choice changes. */
  protected readonly step = signal<UploadStep | null>(null);
  protected readonly copy = signal<CopyState>('idle');

  protected readonly files = computed(() =>
    this.chosen().map((entry) => ({
      name: entry.file.name,
      size: formatSize(entry.file.size),
      problem: entry.problem,
      check:
        entry.problem === null
          ? IMPORT_TEXTS.chosen.ok
          : interpolate(IMPORT_TEXTS.chosen[entry.problem], { perFile: PER_FILE }),
      removeLabel: interpolate(IMPORT_TEXTS.chosen.remove, { file: entry.file.name }),
    })),
  );
  /** What keeps the upload from starting, said before it is tried. */
  protected readonly hints = computed(() => {
    const chosen = this.chosen();
    return [
      chosen.some((entry) => entry.problem === 'UNKNOWN_NAME')
        ? interpolate(IMPORT_TEXTS.chosen.unknownHint, { files: ALLOWED_FILES })
        : null,
      chosen.some((entry) => entry.problem === 'TOO_LARGE')
        ? interpolate(IMPORT_TEXTS.chosen.tooLargeHint, { perFile: PER_FILE })
        : null,
      totalSize(chosen) > UPLOAD_LIMITS.maxUploadBytes
        ? interpolate(IMPORT_TEXTS.chosen.totalHint, { total: PER_UPLOAD })
        : null,
    ].filter((hint): hint is string => hint !== null);
  });
  protected readonly busy = computed(() => {
    const kind = this.step()?.kind;
    return kind === 'sending' || kind === 'checking';
  });
  protected readonly canUpload = computed(() => this.chosen().length > 0 && this.hints().length === 0 && !this.busy());
  protected readonly uploadLabel = computed(() => {
    const count = this.chosen().length;
    return count === 1 ? IMPORT_TEXTS.upload.buttonOne : interpolate(IMPORT_TEXTS.upload.button, { count });
  });

  protected readonly sending = computed(() => {
    const step = this.step();
    if (step?.kind !== 'sending') {
      return null;
    }
    const percent = step.fraction === null ? null : Math.round(step.fraction * 100);
    return {
      percent,
      label:
        percent === null
          ? IMPORT_TEXTS.upload.sendingUnknown
          : interpolate(IMPORT_TEXTS.upload.sending, { percent: `${percent} %` }),
    };
  });
  protected readonly imported = computed(() => {
    const step = this.step();
    if (step?.kind !== 'answered' || step.answer.status !== 'IMPORTED') {
      return null;
    }
    const files = step.answer.files;
    const sum = (pick: (file: ImportedFile) => number) => files.reduce((total, file) => total + pick(file), 0);
    const format = (file: Omit<ImportedFile, 'file'>) => ({
      rows: counts.format(file.rows),
      inserted: counts.format(file.inserted),
      updated: counts.format(file.updated),
      unchanged: counts.format(file.unchanged),
    });
    const rows = sum((file) => file.rows);
    const total = format({
      rows,
      inserted: sum((file) => file.inserted),
      updated: sum((file) => file.updated),
      unchanged: sum((file) => file.unchanged),
    });
    const duration = formatDuration(step.answer.durationMs);
    const title = rows === 1 ? IMPORT_TEXTS.imported.titleOne : IMPORT_TEXTS.imported.title;
    return {
      files: files.map((file) => ({ file: file.file, ...format(file) })),
      total,
      title: interpolate(title, { rows: total.rows, duration }),
    };
  });
  protected readonly rejected = computed(() => {
    const step = this.step();
    if (step?.kind !== 'answered' || step.answer.status !== 'REJECTED') {
      return null;
    }
    const { errors, errorCount } = step.answer;
    return {
      errors,
      text: errors.join('\n'),
      title:
        errorCount === 1
          ? IMPORT_TEXTS.rejected.titleOne
          : interpolate(IMPORT_TEXTS.rejected.title, { count: counts.format(errorCount) }),
      capped:
        errorCount > errors.length
          ? interpolate(IMPORT_TEXTS.rejected.capped, {
              shown: counts.format(errors.length),
              count: counts.format(errorCount),
            })
          : null,
    };
  });
  protected readonly failure = computed(() => {
    const step = this.step();
    return step?.kind === 'failed' ? failureMessage(step.failure) : null;
  });
  protected readonly copyMessage = computed(() => {
    switch (this.copy()) {
      case 'copied': {
        const count = this.rejected()?.errors.length ?? 0;
        return count === 1
          ? IMPORT_TEXTS.rejected.copiedOne
          : interpolate(IMPORT_TEXTS.rejected.copied, { count: counts.format(count) });
      }
      case 'failed':
        return IMPORT_TEXTS.rejected.copyFailed;
      default:
        return '';
    }
  });

  private readonly outcome = viewChild<ElementRef<HTMLElement>>('outcome');

  constructor() {
    // The answer replaces the progress: move focus to it, so keyboard and screen-reader users start there.
    effect(() => this.outcome()?.nativeElement.focus());
    inject(DestroyRef).onDestroy(() => this.upload$?.unsubscribe());
  }

  protected choose(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.add(Array.from(input.files ?? []));
    // Choosing the same file again (after fixing it) must fire `change` again.
    input.value = '';
  }

  protected dragOver(event: DragEvent): void {
    event.preventDefault();
    if (event.dataTransfer) {
      event.dataTransfer.dropEffect = 'copy';
    }
    this.dragging.set(true);
  }

  protected dragLeave(event: DragEvent): void {
    const zone = event.currentTarget as HTMLElement;
    if (!(event.relatedTarget instanceof Node && zone.contains(event.relatedTarget))) {
      this.dragging.set(false);
    }
  }

  protected drop(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(false);
    this.add(Array.from(event.dataTransfer?.files ?? []));
  }

  protected remove(name: string): void {
    this.chosen.update((chosen) => chosen.filter((entry) => entry.file.name !== name));
    this.resetAnswer();
  }

  protected clear(): void {
    this.chosen.set([]);
    this.resetAnswer();
  }

  protected upload(): void {
    if (!this.canUpload()) {
      return;
    }
    this.copy.set('idle');
    this.step.set({ kind: 'sending', fraction: 0 });
    this.upload$ = this.api.upload(this.chosen().map((entry) => entry.file)).subscribe((step) => this.step.set(step));
  }

  protected async copyErrors(): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.rejected()?.text ?? '');
      this.copy.set('copied');
    } catch {
      this.copy.set('failed');
    }
  }

  private add(files: readonly File[]): void {
    if (files.length === 0 || this.busy()) {
      return;
    }
    this.chosen.update((chosen) => addFiles(chosen, files));
    this.resetAnswer();
  }

  /** A changed choice makes the last answer stale. */
  private resetAnswer(): void {
    if (!this.busy()) {
      this.step.set(null);
      this.copy.set('idle');
    }
  }
}
