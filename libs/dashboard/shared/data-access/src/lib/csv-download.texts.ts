/// <reference types="@angular/localize" />

/** Texts of an export's progress, kept together for translation ({…} are placeholders). */
export const CSV_EXPORT_TEXTS = {
  working: $localize`:@@data.csvExport.working:Preparing the file…`,
  done: $localize`:@@data.csvExport.done:Downloaded {name}.`,
  failed: $localize`:@@data.csvExport.failed:The export failed: {message}`,
  /** Why a download failed when no answer came at all. */
  unreachable: $localize`:@@data.csvExport.unreachable:The server cannot be reached.`,
} as const;
