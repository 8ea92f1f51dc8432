import type { INestApplication } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { ACCESS_DECISION } from '@salesdash/api/platform';
import { createTestApp, type TestApp } from './testing/test-app';

const RESOLVER_TYPE = 'graphql:resolver_type';
const RESOLVER_NAME = 'graphql:resolver_name';

/** Every root operation the resolvers declare, with the access decision found on it or its class. */
function declaredOperations(app: INestApplication): Map<string, unknown> {
  const operations = new Map<string, unknown>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.providers.values()) {
      const instance: unknown = wrapper.instance;
      if (!instance || typeof instance !== 'object') {
        continue;
      }
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const key of Object.getOwnPropertyNames(prototype)) {
        // Read the descriptor, not the property: some providers have getters with side effects.
        const method: unknown = Object.getOwnPropertyDescriptor(prototype, key)?.value;
        if (typeof method !== 'function') {
          continue;
        }
        const type: unknown = Reflect.getMetadata(RESOLVER_TYPE, method);
        if (type !== 'Query' && type !== 'Mutation' && type !== 'Subscription') {
          continue;
        }
        const name = (Reflect.getMetadata(RESOLVER_NAME, method) as string | undefined) ?? key;
        const decision: unknown =
          Reflect.getMetadata(ACCESS_DECISION, method) ??
          Reflect.getMetadata(ACCESS_DECISION, prototype.constructor as object);
        operations.set(`${type}.${name}`, decision);
      }
    }
  }
  return operations;
}

describe('every GraphQL operation declares who may call it', () => {
  let testApp: TestApp;
  let app: INestApplication;

  // Builds the whole application (a test database, every module): slow on a busy 2-core machine.
  beforeAll(async () => {
    testApp = await createTestApp();
    app = testApp.app;
  }, 60_000);

  afterAll(async () => {
    await testApp.close();
  });

  it('finds a resolver with an access decision for each root field of the schema', () => {
    const schema = app.get(GraphQLSchemaHost).schema;
    const operations = declaredOperations(app);
    const rootFields = [
      ...Object.keys(schema.getQueryType()?.getFields() ?? {}).map((name) => `Query.${name}`),
      ...Object.keys(schema.getMutationType()?.getFields() ?? {}).map((name) => `Mutation.${name}`),
      ...Object.keys(schema.getSubscriptionType()?.getFields() ?? {}).map((name) => `Subscription.${name}`),
    ];
    expect(rootFields.length).toBeGreaterThan(0);
    const withoutDecision = rootFields.filter((field) => !operations.get(field));
    expect(withoutDecision).toEqual([]);
  });

  it('knows sign-in, the session cookie operations and the demo logins as the only public operations', () => {
    const publicOperations = [...declaredOperations(app)]
      .filter(([, decision]) => (decision as { kind?: string } | undefined)?.kind === 'PUBLIC')
      .map(([name]) => name);
    expect(publicOperations.sort()).toEqual([
      'Mutation.login',
      'Mutation.logout',
      'Mutation.refreshSession',
      'Query.demoLogins',
    ]);
  });
});
