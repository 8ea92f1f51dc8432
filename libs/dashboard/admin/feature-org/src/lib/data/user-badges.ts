import { ORG_ADMIN_TEXTS } from '../org-admin.texts';
import type { AdminUserDto } from './org-admin.models';

export type UserBadgeKind = 'active' | 'deactivated' | 'no-password' | 'must-change';

export interface UserBadge {
  readonly kind: UserBadgeKind;
  readonly label: string;
}

const BADGES = ORG_ADMIN_TEXTS.users.badges;

/**
 * A user's status in words: active or deactivated, then what stands between them and signing in
 * (no password yet: imported or new; a password an administrator set, to be changed first).
 */
export function userBadges(user: Pick<AdminUserDto, 'active' | 'hasPassword' | 'mustChangePassword'>): UserBadge[] {
  const badges: UserBadge[] = [
    user.active ? { kind: 'active', label: BADGES.active } : { kind: 'deactivated', label: BADGES.deactivated },
  ];
  if (!user.hasPassword) {
    badges.push({ kind: 'no-password', label: BADGES.noPassword });
  } else if (user.mustChangePassword) {
    badges.push({ kind: 'must-change', label: BADGES.mustChange });
  }
  return badges;
}
