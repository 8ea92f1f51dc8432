export const LOGIN_OPERATION_NAME = 'Login';
export const REFRESH_OPERATION_NAME = 'RefreshSession';
export const LOGOUT_OPERATION_NAME = 'Logout';

/** Operations that carry no bearer token: they start, renew or end the session through the cookie. */
export const SESSION_OPERATION_NAMES: ReadonlySet<string> = new Set([
  LOGIN_OPERATION_NAME,
  REFRESH_OPERATION_NAME,
  LOGOUT_OPERATION_NAME,
]);
