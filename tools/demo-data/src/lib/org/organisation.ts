import type { Role } from '@salesdash/shared/domain';
import type { Rng } from '../random';
import type { BusinessModel, Organisation, Region, Rep, Team, User } from '../model';
import { DEMO_LOGINS } from './demo-logins';
import { mailboxOf, NamePicker, type PersonName } from './names';

export { DEMO_LOGINS, DEMO_PASSWORD, type DemoLogin } from './demo-logins';

/** The team managed by manager@demo.local; rep@demo.local sells in it. */
export const DEMO_TEAM_ID = 'T-NORTH-1';

const DEMO_NAMES: ReadonlyMap<string, PersonName> = new Map([
  ['admin@demo.local', { first: 'Jonas', last: 'Weber' }],
  ['management@demo.local', { first: 'Claire', last: 'Dubois' }],
  ['controlling@demo.local', { first: 'Martin', last: 'Keller' }],
  ['marketing@demo.local', { first: 'Sofia', last: 'Romano' }],
  ['manager@demo.local', { first: 'Hannah', last: 'Schmidt' }],
  ['rep@demo.local', { first: 'Lukas', last: 'Brandt' }],
]);

const REGIONS: readonly Region[] = [
  { id: 'R-NORTH', name: 'North' },
  { id: 'R-SOUTH', name: 'South' },
  { id: 'R-WEST', name: 'West' },
];

const BOTH: readonly BusinessModel[] = ['PREMIUM_FINANCING', 'CONSUMER_LOANS'];
const PREMIUM: readonly BusinessModel[] = ['PREMIUM_FINANCING'];
const CONSUMER: readonly BusinessModel[] = ['CONSUMER_LOANS'];

/** Fixed team shapes: the story (a strong and a weak team per model) stays the same for any seed. */
const TEAM_PLAN = [
  { id: DEMO_TEAM_ID, name: 'North Private & Retail', regionId: 'R-NORTH', models: BOTH, reps: 6, performance: 1.04 },
  { id: 'T-NORTH-2', name: 'North Consumer Direct', regionId: 'R-NORTH', models: CONSUMER, reps: 6, performance: 0.94 },
  { id: 'T-SOUTH-1', name: 'South Private Banking', regionId: 'R-SOUTH', models: PREMIUM, reps: 5, performance: 1.07 },
  { id: 'T-SOUTH-2', name: 'South Consumer Direct', regionId: 'R-SOUTH', models: CONSUMER, reps: 7, performance: 1.03 },
  { id: 'T-WEST-1', name: 'West Corporate Finance', regionId: 'R-WEST', models: PREMIUM, reps: 5, performance: 0.93 },
  { id: 'T-WEST-2', name: 'West Digital Lending', regionId: 'R-WEST', models: CONSUMER, reps: 7, performance: 1.0 },
] as const;

/** Roles of the back-office users after the four demo logins (U-0005 … U-0009). */
const STAFF_ROLES: readonly Role[] = ['ADMIN', 'MANAGEMENT', 'MANAGEMENT', 'CONTROLLING', 'MARKETING'];

const DEMO_REP_PERFORMANCE = 1.12;

function userId(index: number): string {
  return `U-${String(index).padStart(4, '0')}`;
}

/** Builds regions, teams and users: staff U-0001…U-0009, managers U-0010…, then the reps. */
export function buildOrganisation(rng: Rng): Organisation {
  const names = new NamePicker(rng);
  DEMO_NAMES.forEach((name) => names.reserve(name));
  const emails = new Set<string>();
  const users: User[] = [];

  const addUser = (role: Role, teamId: string | null, demoEmail?: string) => {
    const demoName = demoEmail ? DEMO_NAMES.get(demoEmail) : undefined;
    const name = demoName ?? names.next();
    let email = demoEmail ?? `${mailboxOf(name)}@example.com`;
    for (let n = 2; emails.has(email); n++) {
      email = `${mailboxOf(name)}${n}@example.com`;
    }
    emails.add(email);
    const user: User = {
      id: userId(users.length + 1),
      email,
      displayName: `${name.first} ${name.last}`,
      role,
      teamId,
    };
    users.push(user);
    return user;
  };

  const demoEmailOf = (role: Role) => DEMO_LOGINS.find((login) => login.role === role)?.email;
  for (const login of DEMO_LOGINS.slice(0, 4)) {
    addUser(login.role, null, login.email);
  }
  STAFF_ROLES.forEach((role) => addUser(role, null));

  const managers = TEAM_PLAN.map((plan) =>
    addUser('SALES_MANAGER', null, plan.id === DEMO_TEAM_ID ? demoEmailOf('SALES_MANAGER') : undefined),
  );
  const teams: Team[] = TEAM_PLAN.map((plan, index) => ({
    id: plan.id,
    name: plan.name,
    regionId: plan.regionId,
    managerId: managers[index].id,
    models: plan.models,
    performance: plan.performance,
  }));

  const reps: Rep[] = [];
  teams.forEach((team, index) => {
    for (let seat = 0; seat < TEAM_PLAN[index].reps; seat++) {
      const isDemoRep = team.id === DEMO_TEAM_ID && seat === 0;
      const user = addUser('SALES_REP', team.id, isDemoRep ? demoEmailOf('SALES_REP') : undefined);
      const capacity = new Map(team.models.map((model) => [model, 1 / team.models.length]));
      // Spread so some reps end clearly above and some clearly below quota.
      const performance = isDemoRep ? DEMO_REP_PERFORMANCE : rng.float(0.8, 1.22);
      reps.push({ id: user.id, team, performance, capacity });
    }
  });

  assertDemoLogins(users);
  return { regions: REGIONS, teams, users, reps };
}

/** Guards the positional ids promised by DEMO_LOGINS against a change in the layout above. */
function assertDemoLogins(users: readonly User[]): void {
  for (const login of DEMO_LOGINS) {
    const user = users.find((candidate) => candidate.id === login.user_id);
    if (user?.email !== login.email || user.role !== login.role) {
      throw new Error(`Demo login ${login.email} is not user ${login.user_id}`);
    }
  }
}
