/** Readable, sortable ids such as `D-000042`. */
export function paddedId(prefix: string, n: number, width: number): string {
  return `${prefix}-${String(n).padStart(width, '0')}`;
}
