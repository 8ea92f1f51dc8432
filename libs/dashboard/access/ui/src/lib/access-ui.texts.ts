import { ROLE_NAMES } from '@salesdash/dashboard/shared/util-i18n';
import type { ScopeType } from '@salesdash/shared/domain';

/** Texts of the access components, kept together for translation ({…} are placeholders). */
export const ACCESS_UI_TEXTS = {
  toggle: 'Why am I seeing this?',
  title: 'Why you see these figures',
  role: 'Your role',
  scope: 'Rows you see',
  kpis: 'The KPIs you see',
  /** One sentence per responsibility, followed by the KPIs it grants. */
  responsibility: 'As {role} you are responsible for:',
  matrixNote: 'Administrators decide in the responsibility matrix which KPIs each role is responsible for.',
  loading: 'Loading your access…',
  unavailable: 'Your access could not be loaded. The figures on this page are still limited to what you may see.',
  close: 'Close',
  roles: ROLE_NAMES,
  /** The scope in words; null: the API's label names the teams or the region. */
  scopes: {
    COMPANY: 'The whole company',
    REP: 'Your own deals',
    TEAM: null,
    REGION: null,
  } satisfies Record<ScopeType, string | null>,
} as const;
