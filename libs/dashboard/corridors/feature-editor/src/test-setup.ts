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
