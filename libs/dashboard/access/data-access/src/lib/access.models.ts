import type { MyAccessQuery, MyTeamsQuery, RegionsQuery } from './generated/graphql';

/** The API's `Access`: who the caller is for the API and what that lets them see. */
export type AccessDto = MyAccessQuery['myAccess'];

export type RegionDto = RegionsQuery['regions'][number];

/** A team a sales manager manages, with its reps. */
export type TeamDto = MyTeamsQuery['myTeams'][number];
