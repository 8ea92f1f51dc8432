import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import type { CorridorBasis, KpiCode } from '@salesdash/shared/domain';
import { basisPhrase } from './basis-words';
import { type BoundsForm, type CorridorForm, EMPTY_BOUNDS, hasBounds } from './corridor-draft';
import { CORRIDOR_EDITOR_TEXTS } from './corridor-editor.texts';

const TEXTS = CORRIDOR_EDITOR_TEXTS.editor.basis;

/** Bounds typed on another basis, kept until a bound is typed on the new one. */
export interface SetAsideBounds {
  readonly basis: CorridorBasis;
  readonly bounds: BoundsForm;
}

export interface BasisChange {
  readonly form: CorridorForm;
  readonly setAside: SetAsideBounds | null;
  /** What the person is told (politely, in a live region); empty when nothing they typed moved. */
  readonly message: string;
}

function boundsOfForm({ acceptableMin, acceptableMax, toleratedMin, toleratedMax }: CorridorForm): BoundsForm {
  return { acceptableMin, acceptableMax, toleratedMin, toleratedMax };
}

/**
 * The form on another basis. Bounds of one basis mean nothing on another (22 leads per rep and month
 * are not 22 % of target), so the four bounds are cleared and set aside; choosing their basis again
 * before a bound is typed brings them back. Bounds set aside earlier stay so while nothing is typed.
 */
export function changeBasis(
  form: CorridorForm,
  basis: CorridorBasis,
  setAside: SetAsideBounds | null,
  kpi: KpiCode,
): BasisChange {
  if (basis === form.basis) {
    return { form, setAside, message: '' };
  }
  if (setAside?.basis === basis) {
    return {
      form: { ...form, basis, ...setAside.bounds },
      setAside: null,
      message: interpolate(TEXTS.restored, { basis: basisPhrase(basis, kpi) }),
    };
  }
  const typed = hasBounds(form);
  return {
    form: { ...form, basis, ...EMPTY_BOUNDS },
    setAside: typed ? { basis: form.basis, bounds: boundsOfForm(form) } : setAside,
    message: typed
      ? interpolate(TEXTS.cleared, { from: basisPhrase(form.basis, kpi), to: basisPhrase(basis, kpi) })
      : '',
  };
}
