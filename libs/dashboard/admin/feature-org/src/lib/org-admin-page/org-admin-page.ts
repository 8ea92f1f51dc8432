import { ChangeDetectionStrategy, Component, ElementRef, inject, signal } from '@angular/core';
import { ORG_ADMIN_TEXTS } from '../org-admin.texts';
import { RegionsPanel } from '../regions/regions-panel';
import { TeamsPanel } from '../teams/teams-panel';
import { UsersPanel } from '../users/users-panel';

export const ORG_TABS = ['users', 'teams', 'regions'] as const;
export type OrgTab = (typeof ORG_TABS)[number];

/** The tab a key press moves to in a horizontal tablist (WAI-ARIA tabs), or null for other keys. */
export function tabAfterKey(current: OrgTab, key: string): OrgTab | null {
  const index = ORG_TABS.indexOf(current);
  switch (key) {
    case 'ArrowRight':
      return ORG_TABS[(index + 1) % ORG_TABS.length];
    case 'ArrowLeft':
      return ORG_TABS[(index - 1 + ORG_TABS.length) % ORG_TABS.length];
    case 'Home':
      return ORG_TABS[0];
    case 'End':
      return ORG_TABS[ORG_TABS.length - 1];
    default:
      return null;
  }
}

/**
 * ADMIN's organisation page: users, teams and regions as tabs (arrow keys, Home and End move
 * between them, as in the WAI-ARIA tabs pattern). Only the shown tab is rendered and loaded.
 */
@Component({
  selector: 'sd-org-admin-page',
  imports: [UsersPanel, TeamsPanel, RegionsPanel],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './org-admin-page.html',
  styleUrl: './org-admin-page.css',
})
export class OrgAdminPage {
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly texts = ORG_ADMIN_TEXTS;
  protected readonly tabs = ORG_TABS;
  protected readonly active = signal<OrgTab>('users');

  protected tabId(tab: OrgTab): string {
    return `org-tab-${tab}`;
  }

  protected panelId(tab: OrgTab): string {
    return `org-panel-${tab}`;
  }

  protected select(tab: OrgTab): void {
    this.active.set(tab);
  }

  protected onTabKeydown(event: KeyboardEvent): void {
    const next = tabAfterKey(this.active(), event.key);
    if (next === null) {
      return;
    }
    event.preventDefault();
    this.active.set(next);
    this.host.nativeElement.querySelector<HTMLElement>(`#${this.tabId(next)}`)?.focus();
  }
}
