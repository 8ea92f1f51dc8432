import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  type ElementRef,
  Injector,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { kpiName } from '@salesdash/dashboard/kpi/ui';
import { interpolate } from '@salesdash/dashboard/shared/util-i18n';
import type { Role, ScopeType } from '@salesdash/shared/domain';
import { ACCESS_UI_TEXTS } from '../access-ui.texts';

/** What the panel explains; the API's `Access` fits it as it is. */
export interface AccessView {
  readonly role: Role;
  readonly scope: { readonly type: ScopeType; readonly label: string };
  readonly kpis: readonly { readonly kpi: string; readonly grantedBy: string }[];
}

/** The scope in words: "Your own deals", "The whole company", or the API's label ("Teams you manage: North 1"). */
export function scopeInWords(scope: AccessView['scope']): string {
  return ACCESS_UI_TEXTS.scopes[scope.type] ?? scope.label;
}

/** The KPIs one responsibility grants, in the API's order. */
export interface ResponsibilityGroup {
  readonly role: Role;
  /** "As Sales rep you are responsible for:" */
  readonly sentence: string;
  readonly kpis: readonly { readonly code: string; readonly name: string }[];
}

/**
 * The visible KPIs grouped by the responsibility that grants them, so the panel says once "As Sales
 * rep you are responsible for: New leads, Win rate, …" instead of one sentence per KPI. The API
 * grants every KPI through the responsibility matrix of the caller's role, so that is one group.
 * KPIs are named in this build's language; a code the catalogue does not know shows as it is.
 */
export function responsibilityGroups(access: AccessView): ResponsibilityGroup[] {
  if (access.kpis.length === 0) {
    return [];
  }
  return [
    {
      role: access.role,
      sentence: interpolate(ACCESS_UI_TEXTS.responsibility, { role: ACCESS_UI_TEXTS.roles[access.role] }),
      kpis: access.kpis.map((grant) => ({ code: grant.kpi, name: kpiName(grant.kpi) })),
    },
  ];
}

let nextId = 0;

/**
 * "Why am I seeing this?": a button that opens a disclosure naming the role, the scope in words and
 * the visible KPIs grouped by the responsibility that grants them. Escape closes it and returns to
 * the button.
 */
@Component({
  selector: 'sd-why-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './why-panel.html',
  styleUrl: './why-panel.css',
})
export class WhyPanel {
  private readonly injector = inject(Injector);

  /** Null while loading or when it failed (see `failed`). */
  readonly access = input<AccessView | null>(null);
  readonly failed = input(false);

  protected readonly texts = ACCESS_UI_TEXTS;
  protected readonly id = `sd-why-${nextId++}`;
  protected readonly open = signal(false);
  private readonly button = viewChild.required<ElementRef<HTMLButtonElement>>('toggleButton');
  private readonly panel = viewChild<ElementRef<HTMLElement>>('panel');

  protected readonly role = computed(() => {
    const access = this.access();
    return access ? ACCESS_UI_TEXTS.roles[access.role] : '';
  });
  protected readonly scope = computed(() => {
    const access = this.access();
    return access ? scopeInWords(access.scope) : '';
  });
  protected readonly groups = computed(() => {
    const access = this.access();
    return access ? responsibilityGroups(access) : [];
  });

  protected toggle(): void {
    this.open.update((open) => !open);
    if (this.open()) {
      afterNextRender(() => this.panel()?.nativeElement.focus(), { injector: this.injector });
    }
  }

  protected close(): void {
    this.open.set(false);
    this.button().nativeElement.focus();
  }
}
