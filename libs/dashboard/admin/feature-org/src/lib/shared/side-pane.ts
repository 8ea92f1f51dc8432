import { signal } from '@angular/core';
import type { Observable } from 'rxjs';
import { actionMessage } from '../data/admin-error';
import { PaneOpener } from './pane-opener';
import { sendOnce } from './send-once';

/**
 * The side pane of an admin list (a form, a confirmation, a history …) and the change made from it:
 * the pending action with the API's refusal, and the notice announced once it is done.
 */
export class SidePane<P> {
  readonly current = signal<P | null>(null);
  readonly busy = signal(false);
  readonly error = signal<string | null>(null);
  readonly notice = signal('');
  private readonly opener = new PaneOpener();

  /** `afterChange` reloads what a change made from the pane may have altered. */
  constructor(private readonly afterChange: () => void) {}

  open(pane: P, event: Event): void {
    this.opener.remember(event);
    this.error.set(null);
    this.current.set(pane);
  }

  close(): void {
    this.current.set(null);
    this.error.set(null);
    this.opener.returnFocus();
  }

  /** Sends a confirmed action; a refusal stays in the pane to read. */
  act<T>(request: Observable<T>, done: (answer: T) => void): void {
    sendOnce(this.busy, request, {
      start: () => this.error.set(null),
      done,
      refused: (error) => this.error.set(actionMessage(error)),
    });
  }

  /** Announces a change done, closes the pane and reloads. */
  finish(message: string): void {
    this.notice.set(message);
    this.close();
    this.afterChange();
  }
}
