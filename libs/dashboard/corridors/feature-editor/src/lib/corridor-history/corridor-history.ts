import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { CorridorAuditEntryDto, CorridorDto } from '@salesdash/dashboard/kpi/data-access';
import { formatDay } from '@salesdash/dashboard/kpi/ui';
import { formatInstant, interpolate } from '@salesdash/dashboard/shared/util-i18n';
import type { KpiCode } from '@salesdash/shared/domain';
import { auditChanges } from '../corridor-diff';
import { CORRIDOR_EDITOR_TEXTS } from '../corridor-editor.texts';
import { corridorInWords } from '../corridor-words';

const TEXTS = CORRIDOR_EDITOR_TEXTS.history;

/**
 * The versions of one corridor series in words with their basis, and its audit trail as readable
 * changes, a new basis named (who, when, why).
 */
@Component({
  selector: 'sd-corridor-history',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="columns">
      <section aria-labelledby="history-versions">
        <h3 class="subtitle" id="history-versions">{{ texts.versions }}</h3>
        @if (versionItems().length === 0) {
          <p class="muted">{{ texts.emptyVersions }}</p>
        } @else {
          <ol class="list" data-testid="history-versions">
            @for (item of versionItems(); track item.key) {
              <li>
                <strong>{{ item.title }}</strong> · {{ item.from }}
                <div>{{ item.description }}</div>
                <div class="muted">{{ item.by }}</div>
                <div class="muted">{{ item.why }}</div>
              </li>
            }
          </ol>
        }
      </section>
      <section aria-labelledby="history-audit">
        <h3 class="subtitle" id="history-audit">{{ texts.audit }}</h3>
        @if (auditItems().length === 0) {
          <p class="muted">{{ texts.emptyAudit }}</p>
        } @else {
          <ol class="list" data-testid="history-audit">
            @for (item of auditItems(); track item.key) {
              <li>
                <strong>{{ item.title }}</strong> · {{ item.by }}
                <ul class="changes">
                  @for (change of item.changes; track $index) {
                    <li>{{ change }}</li>
                  }
                </ul>
                @if (item.why) {
                  <div class="muted">{{ item.why }}</div>
                }
              </li>
            }
          </ol>
        }
      </section>
    </div>
  `,
  styles: `
    .columns {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr));
      gap: 1rem 2rem;
    }
    .subtitle {
      margin: 0 0 0.5rem;
      font-size: 0.9375rem;
    }
    .list {
      margin: 0;
      padding: 0;
      list-style: none;
      font-size: 0.875rem;
    }
    .list > li {
      padding: 0.5rem 0;
      border-top: 1px solid var(--sd-border-subtle, #e8ebef);
    }
    .changes {
      margin: 0.25rem 0;
      padding-left: 1.25rem;
    }
    .muted {
      color: var(--sd-text-muted, #4d5663);
    }
  `,
})
export class CorridorHistory {
  /** Newest first, as corridorHistory answers. */
  readonly versions = input.required<readonly CorridorDto[]>();
  /** Newest first, as corridorAudit answers. */
  readonly audit = input.required<readonly CorridorAuditEntryDto[]>();
  readonly kpi = input.required<KpiCode>();
  protected readonly texts = TEXTS;

  protected readonly versionItems = computed(() =>
    this.versions().map((corridor) => ({
      key: corridor.id,
      title: interpolate(TEXTS.version, { version: corridor.version }),
      from: interpolate(TEXTS.inForceFrom, { from: formatDay(corridor.effectiveFrom) }),
      description: corridorInWords(corridor, this.kpi()),
      by: interpolate(TEXTS.by, {
        who: corridor.publishedBy ?? CORRIDOR_EDITOR_TEXTS.editor.system,
        when: formatInstant(corridor.publishedAt),
      }),
      why: interpolate(TEXTS.why, { rationale: corridor.rationale }),
    })),
  );

  protected readonly auditItems = computed(() =>
    this.audit().map((entry) => ({
      key: entry.id,
      title: entry.after ? interpolate(TEXTS.version, { version: entry.after.version }) : entry.action,
      by: interpolate(TEXTS.by, {
        who: entry.actorName ?? CORRIDOR_EDITOR_TEXTS.editor.system,
        when: formatInstant(entry.occurredAt),
      }),
      changes: auditChanges(entry, this.kpi()),
      why: entry.reason ? interpolate(TEXTS.why, { rationale: entry.reason }) : null,
    })),
  );
}
