import { gql, type TypedDocumentNode } from 'apollo-angular';

export const LOGIN_OPERATION_NAME = 'Login';
export const REFRESH_OPERATION_NAME = 'RefreshSession';
export const LOGOUT_OPERATION_NAME = 'Logout';

/** Operations that carry no bearer token: they start, renew or end the session through the cookie. */
export const SESSION_OPERATION_NAMES: ReadonlySet<string> = new Set([
  LOGIN_OPERATION_NAME,
  REFRESH_OPERATION_NAME,
  LOGOUT_OPERATION_NAME,
]);

const AUTH_PAYLOAD = `
  accessToken
  expiresAt
  mustChangePassword
  viewer {
    id
    email
    displayName
    role
  }
`;

export interface LoginVariables {
  readonly email: string;
  readonly password: string;
}

export const LOGIN_MUTATION: TypedDocumentNode<{ readonly login: unknown }, LoginVariables> = gql`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) { ${AUTH_PAYLOAD} }
  }
`;

export const REFRESH_MUTATION: TypedDocumentNode<{ readonly refreshSession: unknown }, Record<string, never>> = gql`
  mutation RefreshSession {
    refreshSession { ${AUTH_PAYLOAD} }
  }
`;

export const LOGOUT_MUTATION: TypedDocumentNode<{ readonly logout: boolean }, Record<string, never>> = gql`
  mutation Logout {
    logout
  }
`;

export interface ChangePasswordVariables {
  readonly currentPassword: string;
  readonly newPassword: string;
}

export const CHANGE_PASSWORD_MUTATION: TypedDocumentNode<
  { readonly changePassword: unknown },
  ChangePasswordVariables
> = gql`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) { ${AUTH_PAYLOAD} }
  }
`;
