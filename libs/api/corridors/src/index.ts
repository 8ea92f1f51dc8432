export * from './lib/corridors.module';
export * from './lib/business-models/business-model-catalog.service';
export * from './lib/business-models/business-model.types';
export * from './lib/policies/corridor-policies.service';
export * from './lib/policies/corridor-publisher.service';
export * from './lib/policies/corridor.inputs';
export * from './lib/policies/corridor-records';
