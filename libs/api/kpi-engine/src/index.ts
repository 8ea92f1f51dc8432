export * from './lib/kpi-engine.module';
export * from './lib/kpi-engine.service';
export * from './lib/kpi-measurement';
export { judgeInputsOf } from './lib/kpi-assessment';
