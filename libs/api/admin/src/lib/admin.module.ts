import { Module } from '@nestjs/common';
import { PasswordHasher } from '@salesdash/api/identity';
import { AuditTrailResolver } from './audit/audit-trail.resolver';
import { AuditTrailService } from './audit/audit-trail.service';
import { RegionAdminResolver } from './regions/region-admin.resolver';
import { RegionAdminService } from './regions/region-admin.service';
import { TeamAdminResolver } from './teams/team-admin.resolver';
import { TeamAdminService } from './teams/team-admin.service';
import { PasswordResetService } from './users/password-reset.service';
import { UserAdminResolver } from './users/user-admin.resolver';
import { UserAdminService } from './users/user-admin.service';
import { UserStatusService } from './users/user-status.service';

/** Organisation admin (ADMIN only): regions, teams, users, their status and passwords, and the audit trail. */
@Module({
  providers: [
    PasswordHasher,
    RegionAdminService,
    RegionAdminResolver,
    TeamAdminService,
    TeamAdminResolver,
    UserAdminService,
    UserStatusService,
    PasswordResetService,
    UserAdminResolver,
    AuditTrailService,
    AuditTrailResolver,
  ],
})
export class AdminModule {}
