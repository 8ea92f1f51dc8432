import { fieldIssue, type FieldIssue, MAX_SEGMENT_LENGTH, ValidationError } from '@salesdash/api/platform';
import { type CodeAndParams, isIsoDate, isKpiCode, type KpiCode } from '@salesdash/shared/domain';

// The CHECK of business_model.code.
const BUSINESS_MODEL_CODE = /^[A-Z][A-Z0-9_]{1,63}$/;
// eslint-disable-next-line no-control-regex -- exactly the characters a one-line text must not hold
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;
const MAX_SHOWN_LENGTH = 40;

/** The offending value as a message names it, shortened when long. */
export function clipped(value: string): string {
  return value.length > MAX_SHOWN_LENGTH ? `${value.slice(0, MAX_SHOWN_LENGTH)}…` : value;
}

/** Offending values as one message parameter: each quoted and shortened, `'a', 'b'`. */
export function quotedList(values: readonly string[]): string {
  return values.map((value) => `'${clipped(value)}'`).join(', ');
}

/**
 * Collects every problem of one input under its field path (`input.name`), so the caller sees all
 * of them at once; `done()` throws them as one ValidationError.
 */
export class InputCheck {
  private readonly issues: FieldIssue[] = [];

  add(field: string, ...message: CodeAndParams): void {
    this.issues.push(fieldIssue(field, ...message));
  }

  /** A business model code as the table's CHECK allows it; answers it trimmed. */
  businessModelCode(value: string, field: string): string {
    const code = value.trim();
    if (!BUSINESS_MODEL_CODE.test(code)) {
      this.add(field, 'BUSINESS_MODEL_CODE_FORMAT', { value: clipped(code) });
    }
    return code;
  }

  /** A KPI code of the catalogue; like every check, the answer counts only once `done()` has passed. */
  kpi(value: string, field: string): KpiCode {
    const kpi = value.trim();
    if (!isKpiCode(kpi)) {
      this.add(field, 'UNKNOWN_KPI', { code: clipped(kpi) });
    }
    return kpi as KpiCode;
  }

  /** A one-line text shown to people: trimmed; `required` refuses blank. */
  line(value: string, field: string, maxLength: number, required: boolean): string {
    const text = value.trim();
    if (required && text.length === 0) {
      this.add(field, 'VALUE_EMPTY', {});
    } else if (text.length > maxLength) {
      this.add(field, 'TEXT_TOO_LONG', { maxLength, length: text.length });
    } else if (CONTROL_CHARACTERS.test(text)) {
      this.add(field, 'TEXT_NOT_ONE_LINE', {});
    }
    return text;
  }

  /** Free text (line breaks allowed), trimmed, at most `maxLength`. */
  text(value: string, field: string, maxLength: number): string {
    const text = value.trim();
    if (text.length > maxLength) {
      this.add(field, 'TEXT_TOO_LONG', { maxLength, length: text.length });
    }
    return text;
  }

  /** A customer segment as deals.csv carries it; empty means none (the model-wide policy). */
  segment(value: string | null | undefined, field: string): string | null {
    const segment = value?.trim() ?? '';
    return segment === '' ? null : this.line(segment, field, MAX_SEGMENT_LENGTH, true);
  }

  date(value: string, field: string): string {
    if (!isIsoDate(value)) {
      this.add(field, 'DATE_FORMAT', { value: clipped(value) });
    }
    return value;
  }

  /** How many problems were found so far (a later check may depend on an earlier one passing). */
  issueCount(): number {
    return this.issues.length;
  }

  /** Throws every problem found so far as one ValidationError. */
  done(): void {
    if (this.issues.length > 0) {
      throw new ValidationError(this.issues);
    }
  }
}
