import { ACCESS_DECISION } from '@salesdash/api/platform';
import { AuditTrailResolver } from './audit/audit-trail.resolver';
import { RegionAdminResolver } from './regions/region-admin.resolver';
import { TeamAdminResolver } from './teams/team-admin.resolver';
import { UserAdminResolver } from './users/user-admin.resolver';

const RESOLVERS = [RegionAdminResolver, TeamAdminResolver, UserAdminResolver, AuditTrailResolver];

function operationsOf(resolver: (typeof RESOLVERS)[number]): [string, unknown][] {
  const prototype = resolver.prototype as object;
  return Object.getOwnPropertyNames(prototype)
    .filter((name) => name !== 'constructor')
    .map((name) => {
      const method: unknown = Object.getOwnPropertyDescriptor(prototype, name)?.value;
      return [name, Reflect.getMetadata(ACCESS_DECISION, method as object)];
    });
}

describe('the organisation admin operations', () => {
  it('are every one for ADMIN only', () => {
    const operations = RESOLVERS.flatMap(operationsOf);
    expect(operations.map(([name]) => name).sort()).toEqual([
      'adminRegions',
      'adminTeams',
      'adminUsers',
      'auditTrail',
      'createRegion',
      'createTeam',
      'createUser',
      'deactivateUser',
      'deleteRegion',
      'deleteTeam',
      'reactivateUser',
      'renameRegion',
      'resetPassword',
      'updateTeam',
      'updateUser',
    ]);
    for (const [name, decision] of operations) {
      expect([name, decision]).toEqual([name, { kind: 'ROLES', roles: ['ADMIN'] }]);
    }
  });
});
