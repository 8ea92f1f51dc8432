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

let nextId = 0;

/**
 * "Why am I seeing this?": a button that opens a disclosure naming the role, the scope in words and,
 * per visible KPI, the responsibility that grants it. Escape closes it and returns to the button.
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
  /** KPI names by code (the catalogue); a code without a name shows as it is. */
  readonly kpiNames = input<ReadonlyMap<string, string>>(new Map());

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
  protected readonly grants = computed(() =>
    (this.access()?.kpis ?? []).map((grant) => ({
      code: grant.kpi,
      name: this.kpiNames().get(grant.kpi) ?? grant.kpi,
      grantedBy: grant.grantedBy,
    })),
  );

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
