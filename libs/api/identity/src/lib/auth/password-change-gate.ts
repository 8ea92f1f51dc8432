import { SetMetadata } from '@nestjs/common';

export const ALLOWED_BEFORE_PASSWORD_CHANGE = 'salesdash:allowed-before-password-change';

/**
 * Marks the few operations a user may call while an administrator-set password awaits its change
 * (who am I, change it); the guard refuses every other one with PASSWORD_CHANGE_REQUIRED.
 */
export const AllowedBeforePasswordChange = () => SetMetadata(ALLOWED_BEFORE_PASSWORD_CHANGE, true);
