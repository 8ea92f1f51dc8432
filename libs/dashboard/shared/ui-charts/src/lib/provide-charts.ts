import type { Provider } from '@angular/core';
import { NGX_ECHARTS_CONFIG, provideEchartsCore } from 'ngx-echarts';
import { CHART_THEME } from './chart-theme';

/**
 * THE chart registry of the dashboard: ECharts is imported lazily (`echarts-setup`, a separate chunk)
 * and every chart gets the same theme. Provide it once, in the application config.
 */
export function provideCharts(): Provider {
  return provideEchartsCore({ echarts: () => import('./echarts-setup'), theme: CHART_THEME });
}

/** For unit tests of components that contain charts: the charts never load (no canvas in jsdom). */
export function provideChartsStub(): Provider {
  return { provide: NGX_ECHARTS_CONFIG, useValue: { echarts: () => new Promise<never>(() => undefined) } };
}
