import type { Period } from '@salesdash/shared/domain';

/** A business model as the page lists it. */
export interface BusinessModelRef {
  readonly code: string;
  readonly name: string;
}

/** The name of a model's code (the code itself when the list does not know it). */
export function modelName(models: readonly BusinessModelRef[], code: string): string {
  return models.find((model) => model.code === code)?.name ?? code;
}

/** The models a page's choice covers: the chosen one, or all. */
export function chosenModels(models: readonly BusinessModelRef[], businessModel: string | null): BusinessModelRef[] {
  return businessModel === null ? [...models] : models.filter((model) => model.code === businessModel);
}

/** The `businessModels` argument of a page's choice: one model, or none for all. */
export function modelsArgument(businessModel: string | null): string[] | null {
  return businessModel === null ? null : [businessModel];
}

/** The query parameters every journey export takes (lists comma-separated); no scope: the viewer's widest. */
export function exportParams(period: Period, businessModel: string | null): Record<string, string> {
  return {
    from: period.from,
    to: period.to,
    ...(businessModel === null ? {} : { businessModels: businessModel }),
  };
}

export function samePeriod(a: Period, b: Period): boolean {
  return a.from === b.from && a.to === b.to;
}
