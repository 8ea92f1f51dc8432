import { DASHBOARD_LOCALE } from './language';

const INSTANT = new Intl.DateTimeFormat(DASHBOARD_LOCALE, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZone: 'UTC',
  timeZoneName: 'short',
});

/** A timestamp of the API as people read it, in UTC like every date of the dashboard: "Jan 5, 2026, 10:00 AM UTC". */
export function formatInstant(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : INSTANT.format(date);
}
