import type { Role } from '@salesdash/shared/domain';

/*
 * Kept apart from the generator: the production server imports these to remove a demo password
 * left in a database, and bundles nothing of the generator with them.
 */

export interface DemoLogin {
  readonly email: string;
  readonly role: Role;
  readonly user_id: string;
}

/** Every demo login shares this password; the server sets it for exactly these users. */
export const DEMO_PASSWORD = 'demo-password';

/** The demo accounts. Their ids are positional, so they do not depend on the seed. */
export const DEMO_LOGINS: readonly DemoLogin[] = [
  { email: 'admin@demo.local', role: 'ADMIN', user_id: 'U-0001' },
  { email: 'management@demo.local', role: 'MANAGEMENT', user_id: 'U-0002' },
  { email: 'controlling@demo.local', role: 'CONTROLLING', user_id: 'U-0003' },
  { email: 'marketing@demo.local', role: 'MARKETING', user_id: 'U-0004' },
  { email: 'manager@demo.local', role: 'SALES_MANAGER', user_id: 'U-0010' },
  { email: 'rep@demo.local', role: 'SALES_REP', user_id: 'U-0016' },
];
