/**
 * Remembers the button that opened a side pane, to give it the focus back when the pane closes
 * (keyboard users continue where they were); a button gone meanwhile is skipped.
 */
export class PaneOpener {
  private opener: HTMLElement | null = null;

  remember(event: Event | null): void {
    const target = event?.currentTarget;
    this.opener = target instanceof HTMLElement ? target : null;
  }

  returnFocus(): void {
    if (this.opener?.isConnected) {
      this.opener.focus();
    }
    this.opener = null;
  }
}
