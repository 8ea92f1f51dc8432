/**
 * The ECharts build of the dashboard, loaded lazily (its own chunk) the first time a chart renders:
 * the tree-shaken core with only the charts and components we draw, and the canvas renderer.
 * Add a chart type here, never import `echarts` itself.
 */
import { BarChart, HeatmapChart, LineChart } from 'echarts/charts';
import { GridComponent, MarkAreaComponent, TooltipComponent } from 'echarts/components';
import { use } from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';

use([LineChart, BarChart, HeatmapChart, GridComponent, TooltipComponent, MarkAreaComponent, CanvasRenderer]);

export * from 'echarts/core';
