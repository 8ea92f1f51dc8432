import { provideHttpClient, withFetch, withInterceptors } from '@angular/common/http';
import {
  type ApplicationConfig,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { provideRouter } from '@angular/router';
import { authErrorLink, authInterceptor } from '@salesdash/dashboard/auth/data-access';
import { provideGraphqlClient } from '@salesdash/dashboard/shared/data-access';
import { provideCharts } from '@salesdash/dashboard/shared/ui-charts';
import { appRoutes } from './app.routes';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    provideRouter(appRoutes),
    provideHttpClient(withFetch(), withInterceptors([authInterceptor])),
    // Same origin: in production the API serves this app; `nx serve` proxies /graphql (proxy.conf.json).
    provideGraphqlClient({ uri: '/graphql', links: () => [authErrorLink()] }),
    provideCharts(),
  ],
};
