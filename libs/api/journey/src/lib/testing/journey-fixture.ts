import { AccessService } from '@salesdash/api/identity';
import { OrgDirectory } from '@salesdash/api/org';
import { ValidationError, type Viewer } from '@salesdash/api/platform';
import type { Role } from '@salesdash/shared/domain';
import type { DataSource } from 'typeorm';
import { FeedbackListReader } from '../feedback-list.reader';
import { FunnelReader } from '../funnel.reader';
import { JourneyRequests } from '../journey-request';
import { MomentFlags } from '../moment-flags.service';
import { MomentHeatmapReader } from '../moment-heatmap.reader';

export const viewer = (userId: string, role: Role, displayName: string, teamId: string | null = null): Viewer => ({
  userId,
  email: `${userId}@x.test`,
  displayName,
  role,
  teamId,
});
export const MIA = viewer('U-MIA', 'SALES_MANAGER', 'Mia Manager');
export const MAX = viewer('U-MAX', 'SALES_MANAGER', 'Max Manager');
export const BOSS = viewer('U-BOSS', 'MANAGEMENT', 'Bo Boss');
export const MARKETING = viewer('U-MKT', 'MARKETING', 'Mo Marketing');
export const CONTROLLING = viewer('U-CTRL', 'CONTROLLING', 'Cleo Controlling');
export const ANA = viewer('U-ANA', 'SALES_REP', 'Ana Rep', 'T1');
export const CEM = viewer('U-CEM', 'SALES_REP', 'Cem Rep', 'T2');

/** The readers of the library on a test database, wired as the module wires them (no heavy-query gate). */
export function journeyReaders(dataSource: DataSource) {
  const access = new AccessService(new OrgDirectory(dataSource), dataSource);
  const requests = new JourneyRequests(dataSource, access);
  return {
    funnels: new FunnelReader(dataSource, requests),
    moments: new MomentHeatmapReader(dataSource, requests),
    flags: new MomentFlags(dataSource, requests),
    feedback: new FeedbackListReader(dataSource, requests),
  };
}

/**
 * The people of every journey test: two teams of one region, each with its manager and a rep, and the
 * company-wide roles. Ana (T1) and Cem (T2) are the reps.
 */
export const PEOPLE_SQL = `
  INSERT INTO region VALUES ('R1', 'North');
  INSERT INTO app_user (user_id, email, display_name, role) VALUES
    ('U-MIA', 'mia@x.test', 'Mia Manager', 'SALES_MANAGER'), ('U-MAX', 'max@x.test', 'Max Manager', 'SALES_MANAGER'),
    ('U-BOSS', 'boss@x.test', 'Bo Boss', 'MANAGEMENT'), ('U-MKT', 'mkt@x.test', 'Mo Marketing', 'MARKETING'),
    ('U-CTRL', 'ctrl@x.test', 'Cleo Controlling', 'CONTROLLING');
  INSERT INTO team VALUES ('T1', 'North 1', 'R1', 'U-MIA'), ('T2', 'North 2', 'R1', 'U-MAX');
  INSERT INTO app_user (user_id, email, display_name, role, team_id) VALUES
    ('U-ANA', 'ana@x.test', 'Ana Rep', 'SALES_REP', 'T1'), ('U-CEM', 'cem@x.test', 'Cem Rep', 'SALES_REP', 'T2');`;

/** How a refused call answers: the issues of a ValidationError by field and English text, or the error itself. */
export function refusal(request: Promise<unknown>): Promise<unknown> {
  return request.then(
    () => null,
    (error: unknown) =>
      error instanceof ValidationError ? error.issues.map(({ field, message }) => ({ field, message })) : error,
  );
}
