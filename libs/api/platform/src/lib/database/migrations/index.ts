import { InitialSchema1732000000000 } from './1732000000000-initial-schema';
import { ResponsibilityAndAudit1732100000000 } from './1732100000000-responsibility-and-audit';
import { SessionsAndPasswords1732200000000 } from './1732200000000-sessions-and-passwords';
import { CorridorPolicies1732300000000 } from './1732300000000-corridor-policies';
import { CorridorBasis1732400000000 } from './1732400000000-corridor-basis';
import { UniqueNamesAndAuditOrder1732500000000 } from './1732500000000-unique-names-and-audit-order';
import { FactRollups1732600000000 } from './1732600000000-fact-rollups';
import { FactVersion1732700000000 } from './1732700000000-fact-version';
import { DataVersions1732800000000 } from './1732800000000-data-versions';
import { ConfigurationVersions1732900000000 } from './1732900000000-configuration-versions';
import { ReplacedTargets1733000000000 } from './1733000000000-replaced-targets';
import { MomentFlags1733100000000 } from './1733100000000-moment-flags';
import { UserLanguage1733200000000 } from './1733200000000-user-language';
import { StageTimeIndexOfMilestones1733300000000 } from './1733300000000-stage-time-index-of-milestones';
import { ResponseBucketIndexOrder1733400000000 } from './1733400000000-response-bucket-index-order';

/** Every migration, oldest first. Listed explicitly so the bundled server needs no file globbing. */
export const MIGRATIONS = [
  InitialSchema1732000000000,
  ResponsibilityAndAudit1732100000000,
  SessionsAndPasswords1732200000000,
  CorridorPolicies1732300000000,
  CorridorBasis1732400000000,
  UniqueNamesAndAuditOrder1732500000000,
  FactRollups1732600000000,
  FactVersion1732700000000,
  DataVersions1732800000000,
  ConfigurationVersions1732900000000,
  ReplacedTargets1733000000000,
  MomentFlags1733100000000,
  UserLanguage1733200000000,
  StageTimeIndexOfMilestones1733300000000,
  ResponseBucketIndexOrder1733400000000,
];
