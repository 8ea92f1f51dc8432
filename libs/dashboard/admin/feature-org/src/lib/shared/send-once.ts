import type { WritableSignal } from '@angular/core';
import type { Observable } from 'rxjs';
import type { AdminError } from '../data/admin-error';

/** Sends a request unless one is still pending (a double click saves once), `busy` meanwhile. */
export function sendOnce<T>(
  busy: WritableSignal<boolean>,
  request: Observable<T>,
  steps: {
    /** Clears the last refusal. */
    readonly start: () => void;
    readonly done: (answer: T) => void;
    readonly refused: (error: AdminError) => void;
  },
): void {
  if (busy()) {
    return;
  }
  busy.set(true);
  steps.start();
  request.subscribe({
    next: (answer) => {
      busy.set(false);
      steps.done(answer);
    },
    error: (error: AdminError) => {
      busy.set(false);
      steps.refused(error);
    },
  });
}
