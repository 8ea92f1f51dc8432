import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ROLES, type Language } from '@salesdash/shared/domain';
import { CurrentViewer, LanguageEnum, Roles, type Viewer } from '@salesdash/api/platform';
import { ViewerType } from './auth.types';
import { AllowedBeforePasswordChange } from './password-change-gate';
import { UserLanguages } from './user-languages';

/** The signed-in person's dashboard language: read with the viewer, changed by the person alone. */
@Resolver(() => ViewerType)
export class ViewerLanguageResolver {
  constructor(private readonly languages: UserLanguages) {}

  // A field of the Viewer, which every operation builds from the caller alone (me, login, refresh,
  // changePassword): it never shows another person's language, so it needs no decision of its own.
  @ResolveField(() => LanguageEnum, {
    nullable: true,
    description: 'The language the person chose for the dashboard; null until they choose (the browser decides).',
  })
  language(@Parent() viewer: ViewerType): Promise<Language | null> {
    return this.languages.languageOf(viewer.id);
  }

  @Roles(...ROLES)
  @AllowedBeforePasswordChange()
  @Mutation(() => LanguageEnum, { description: 'Keeps the language the signed-in person chose for the dashboard.' })
  async chooseLanguage(
    @Args('language', { type: () => LanguageEnum }) language: Language,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Language> {
    await this.languages.choose(viewer.userId, language);
    return language;
  }
}
