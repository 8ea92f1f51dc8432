import { Injectable } from '@nestjs/common';
import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { Public, RoleEnum } from '@salesdash/api/platform';
import type { Role } from '@salesdash/shared/domain';

@ObjectType('DemoLogin', { description: 'A demo account, listed on the login page in demo mode only.' })
export class DemoLoginType {
  @Field() email!: string;
  @Field(() => RoleEnum) role!: Role;
  @Field() password!: string;
}

/** The demo accounts the server made usable at start; empty outside demo mode and always in production. */
@Injectable()
export class DemoLogins {
  private published: readonly DemoLoginType[] = [];

  publish(logins: readonly DemoLoginType[]): void {
    this.published = logins;
  }

  list(): DemoLoginType[] {
    return [...this.published];
  }
}

@Resolver()
export class DemoLoginsResolver {
  constructor(private readonly published: DemoLogins) {}

  @Public()
  @Query(() => [DemoLoginType], { description: 'Demo accounts to try the product with (empty unless in demo mode).' })
  demoLogins(): DemoLoginType[] {
    return this.published.list();
  }
}
