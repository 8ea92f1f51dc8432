import '@angular/localize/init';
import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';

setupZonelessTestEnv({
  errorOnUnknownElements: true,
  errorOnUnknownProperties: true,
});

/** jsdom has no ResizeObserver; ngx-echarts needs one. */
class ResizeObserverStub implements ResizeObserver {
  observe(): void {
    // nothing resizes in jsdom
  }
  unobserve(): void {
    // nothing to stop
  }
  disconnect(): void {
    // nothing to stop
  }
}
globalThis.ResizeObserver ??= ResizeObserverStub;

/**
 * jsdom has no popover API, so the CDK overlay would fall back to its container at the end of the body. Browsers
 * have it, and a status badge's popover opens right after its button (the browser tests find it inside the
 * badge): give the tests that DOM. The top layer itself is the browser's.
 */
HTMLElement.prototype.showPopover ??= function showPopover(): void {
  // nothing to lift into a top layer in jsdom
};
