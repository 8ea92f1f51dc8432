export * from './lib/funnel/journey-funnel';
export * from './lib/moments/moments-panel';
export * from './lib/feedback/feedback-panel';
export * from './lib/journey.models';
export * from './lib/journey.texts';
export * from './lib/data-access/journey-api';
