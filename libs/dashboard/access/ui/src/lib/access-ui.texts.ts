/// <reference types="@angular/localize" />
import { ROLE_NAMES } from '@salesdash/dashboard/shared/util-i18n';
import type { ScopeType } from '@salesdash/shared/domain';

/** Texts of the access components, kept together for translation ({…} are placeholders). */
export const ACCESS_UI_TEXTS = {
  toggle: $localize`:@@access.toggle:Why am I seeing this?`,
  title: $localize`:@@access.title:Why you see these figures`,
  role: $localize`:@@access.role:Your role`,
  scope: $localize`:@@access.scope:Rows you see`,
  kpis: $localize`:@@access.kpis:The KPIs you see`,
  /** One sentence per responsibility, followed by the KPIs it grants. */
  responsibility: $localize`:@@access.responsibility:As {role} you are responsible for:`,
  matrixNote: $localize`:@@access.matrixNote:Administrators decide in the responsibility matrix which KPIs each role is responsible for.`,
  loading: $localize`:@@access.loading:Loading your access…`,
  unavailable: $localize`:@@access.unavailable:Your access could not be loaded. The figures on this page are still limited to what you may see.`,
  close: $localize`:@@access.close:Close`,
  roles: ROLE_NAMES,
  /** The scope in words; null: the API's label names the teams or the region. */
  scopes: {
    COMPANY: $localize`:@@access.scopes.COMPANY:The whole company`,
    REP: $localize`:@@access.scopes.REP:Your own deals`,
    TEAM: null,
    REGION: null,
  } satisfies Record<ScopeType, string | null>,
} as const;
