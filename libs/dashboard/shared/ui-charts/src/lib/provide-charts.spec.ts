import { TestBed } from '@angular/core/testing';
import { NGX_ECHARTS_CONFIG } from 'ngx-echarts';
import { CHART_THEME } from './chart-theme';
import { provideCharts } from './provide-charts';

describe('provideCharts', () => {
  it('loads the tree-shaken ECharts build lazily, with the line chart, markArea and canvas renderer', async () => {
    TestBed.configureTestingModule({ providers: [provideCharts()] });
    const config = TestBed.inject(NGX_ECHARTS_CONFIG);
    expect(config.theme).toBe(CHART_THEME);
    expect(typeof config.echarts).toBe('function');

    const echarts = await (config.echarts as () => Promise<typeof import('./echarts-setup')>)();
    expect(typeof echarts.init).toBe('function');
    // `use` registered exactly what the sparkline and the later corridor bands need.
    const registry = echarts.ComponentModel as unknown as {
      getClass(main: string, sub?: string): unknown;
    };
    expect(registry.getClass('series', 'line')).toBeDefined();
    expect(registry.getClass('series', 'bar')).toBeUndefined();
    for (const component of ['grid', 'tooltip', 'markArea']) {
      expect(registry.getClass(component)).toBeDefined();
    }
  });
});
