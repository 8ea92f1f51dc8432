import { TestBed } from '@angular/core/testing';
import { NGX_ECHARTS_CONFIG } from 'ngx-echarts';
import { CHART_THEME } from './chart-theme';
import { provideCharts } from './provide-charts';

describe('provideCharts', () => {
  it('loads the tree-shaken ECharts build lazily, with the line, bar and heatmap charts, markArea and canvas renderer', async () => {
    TestBed.configureTestingModule({ providers: [provideCharts()] });
    const config = TestBed.inject(NGX_ECHARTS_CONFIG);
    expect(config.theme).toBe(CHART_THEME);
    expect(typeof config.echarts).toBe('function');

    const echarts = await (config.echarts as () => Promise<typeof import('./echarts-setup')>)();
    expect(typeof echarts.init).toBe('function');
    // `use` registered exactly what the trends (line, corridor bands), the funnel (bar) and the moments (heatmap) need.
    const registry = echarts.ComponentModel as unknown as {
      getClass(main: string, sub?: string): unknown;
    };
    for (const series of ['line', 'bar', 'heatmap']) {
      expect(registry.getClass('series', series)).toBeDefined();
    }
    for (const unused of ['pie', 'funnel', 'scatter']) {
      expect(registry.getClass('series', unused)).toBeUndefined();
    }
    expect(registry.getClass('visualMap')).toBeUndefined();
    for (const component of ['grid', 'tooltip', 'markArea']) {
      expect(registry.getClass(component)).toBeDefined();
    }
  });
});
