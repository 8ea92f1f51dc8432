import { provideHttpClient, withInterceptors } from '@angular/common/http';
import {
  type ApplicationConfig,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { provideRouter } from '@angular/router';
import { authErrorLink, authInterceptor, AuthService } from '@salesdash/dashboard/auth/data-access';
import { provideGraphqlClient } from '@salesdash/dashboard/shared/data-access';
import { provideCharts } from '@salesdash/dashboard/shared/ui-charts';
import { appRoutes } from './app.routes';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(appRoutes),
    // The XMLHttpRequest backend (not withFetch): only it reports upload progress, which the import page shows.
    provideHttpClient(withInterceptors([authInterceptor])),
    // Same origin: in production the API serves this app; `nx serve` proxies /graphql (proxy.conf.json).
    provideGraphqlClient({ uri: '/graphql', links: () => [authErrorLink()] }),
    provideCharts(),
    // Before the first route is decided: a reload resumes the session through the refresh cookie.
    provideAppInitializer(() => inject(AuthService).restore()),
  ],
};
