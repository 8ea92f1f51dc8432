export { formatBenchTable, type BenchOptions, type BenchResult, runBench } from './lib/run-bench';
export { generateBenchBundle, type GeneratedBundle } from './lib/generate-bundle';
export { DEFAULT_SIZE, MEDIUM_SIZE, QUICK_SIZE, type BenchSize } from './lib/sizes';
