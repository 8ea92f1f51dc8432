import { gql, type TypedDocumentNode } from 'apollo-angular';
import type { Session } from './session';

export const LOGIN_OPERATION_NAME = 'Login';

export interface LoginResult {
  readonly login: Session;
}

export interface LoginVariables {
  readonly email: string;
  readonly password: string;
}

export const LOGIN_MUTATION: TypedDocumentNode<LoginResult, LoginVariables> = gql`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      accessToken
      expiresAt
      viewer {
        id
        email
        displayName
        role
      }
    }
  }
`;
