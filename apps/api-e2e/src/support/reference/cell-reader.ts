import { type Micros, parseInstant, parseIsoDate } from './instant';

const AMOUNT = /^(\d+)(?:\.(\d{1,2}))?$/;
const DECIMAL = /^-?\d+(?:\.\d+)?$/;
const INTEGER = /^-?\d+$/;

/**
 * Reads the typed cells of one CSV row (§3: empty cell = null). A bad cell is recorded as
 * `file:line column: message` and a placeholder is returned, so that every error of a bundle is
 * reported, not only the first; `failed` then tells the caller to drop the row.
 */
export class CellReader {
  failed = false;

  constructor(
    private readonly file: string,
    private readonly line: number,
    private readonly cells: ReadonlyMap<string, string | null>,
    private readonly errors: string[],
  ) {}

  optionalText(column: string): string | null {
    return this.cells.get(column) ?? null;
  }

  text(column: string): string {
    return this.required(column) ?? '';
  }

  oneOf<T extends string>(column: string, allowed: readonly T[]): T {
    const value = this.required(column);
    if (value !== null && !(allowed as readonly string[]).includes(value)) {
      this.fail(column, `"${value}" is not one of ${allowed.join(', ')}`);
    }
    return (value ?? allowed[0]) as T;
  }

  optionalOneOf<T extends string>(column: string, allowed: readonly T[]): T | null {
    return this.optionalText(column) === null ? null : this.oneOf(column, allowed);
  }

  instant(column: string): Micros {
    return this.parsed(column, parseInstant, 0n);
  }

  date(column: string): Micros {
    return this.parsed(column, parseIsoDate, 0n);
  }

  optionalBoolean(column: string): boolean | null {
    const value = this.optionalText(column);
    if (value === null) {
      return null;
    }
    if (value !== 'true' && value !== 'false') {
      this.fail(column, `"${value}" is not true or false`);
    }
    return value === 'true';
  }

  /** §3: decimal EUR, at most 2 decimals, no thousands separators → whole cents. */
  amountCents(column: string): number {
    const value = this.required(column);
    if (value === null) {
      return 0;
    }
    const match = AMOUNT.exec(value);
    if (!match) {
      this.fail(column, `"${value}" is not an amount with at most 2 decimals`);
      return 0;
    }
    return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  }

  integer(column: string, min: number, max: number): number {
    const value = this.required(column);
    if (value === null) {
      return min;
    }
    const number = Number(value);
    if (!INTEGER.test(value) || number < min || number > max) {
      this.fail(column, `"${value}" is not a whole number in ${min}..${max}`);
    }
    return number;
  }

  optionalInteger(column: string, min: number, max: number): number | null {
    return this.optionalText(column) === null ? null : this.integer(column, min, max);
  }

  decimal(column: string): number {
    const value = this.required(column);
    if (value === null) {
      return 0;
    }
    if (!DECIMAL.test(value)) {
      this.fail(column, `"${value}" is not a decimal number`);
    }
    return Number(value);
  }

  optionalDecimal(column: string): number | null {
    return this.optionalText(column) === null ? null : this.decimal(column);
  }

  private parsed<T>(column: string, parse: (text: string) => T, placeholder: T): T {
    const value = this.required(column);
    if (value === null) {
      return placeholder;
    }
    try {
      return parse(value);
    } catch (error) {
      this.fail(column, (error as Error).message);
      return placeholder;
    }
  }

  private required(column: string): string | null {
    const value = this.optionalText(column);
    if (value === null) {
      this.fail(column, 'is required');
    }
    return value;
  }

  private fail(column: string, message: string): void {
    this.errors.push(`${this.file}:${this.line} ${column}: ${message}`);
    this.failed = true;
  }
}
