export type { Viewer } from '@salesdash/api/platform';
