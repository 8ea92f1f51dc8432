import type { Role } from '@salesdash/shared/domain';

/** The signed-in person a request acts for. */
export interface Viewer {
  readonly userId: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: Role;
  readonly teamId: string | null;
}
