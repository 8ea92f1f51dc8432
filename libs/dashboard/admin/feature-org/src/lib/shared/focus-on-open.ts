import { afterNextRender, Directive, ElementRef, inject } from '@angular/core';

/** Focuses its element (a pane's title) once rendered, so screen readers announce what opened. */
@Directive({ selector: '[sdFocusOnOpen]', host: { tabindex: '-1' } })
export class FocusOnOpen {
  constructor() {
    const element = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement;
    afterNextRender(() => element.focus());
  }
}
