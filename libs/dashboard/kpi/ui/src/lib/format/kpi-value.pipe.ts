import { Pipe, type PipeTransform } from '@angular/core';
import type { KpiUnit } from '@salesdash/shared/domain';
import { formatKpiValue } from './kpi-format';

/** `{{ value | kpiValue: unit }}`: a KPI value formatted for its unit ("—" when there is none). */
@Pipe({ name: 'kpiValue' })
export class KpiValuePipe implements PipeTransform {
  transform(value: number | null | undefined, unit: KpiUnit): string {
    return formatKpiValue(value, unit);
  }
}
