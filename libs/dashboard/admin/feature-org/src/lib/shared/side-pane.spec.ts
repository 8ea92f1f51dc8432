import { of, Subject, throwError } from 'rxjs';
import type { AdminError } from '../data/admin-error';
import { SidePane } from './side-pane';

type Pane = { readonly kind: 'edit'; readonly id: string };

const conflict: AdminError = { code: 'CONFLICT', message: 'the team still has members', issues: [] };

describe('SidePane', () => {
  it('gives the focus back to the button that opened it when it closes', () => {
    const pane = new SidePane<Pane>(() => undefined);
    const opener = document.body.appendChild(document.createElement('button'));
    opener.addEventListener('click', (event) => pane.open({ kind: 'edit', id: 'T-1' }, event));
    opener.click();
    expect(pane.current()).toEqual({ kind: 'edit', id: 'T-1' });
    opener.blur();
    pane.close();
    expect(pane.current()).toBeNull();
    expect(document.activeElement).toBe(opener);
    opener.remove();
  });

  it('sends one action at a time and keeps a refusal in the pane', () => {
    const pane = new SidePane<Pane>(() => undefined);
    const pending = new Subject<void>();
    const sent = jest.fn();
    pane.act(pending, sent);
    pane.act(of(undefined), sent);
    expect(pane.busy()).toBe(true);
    pending.error(conflict);
    expect(pane.busy()).toBe(false);
    expect(pane.error()).not.toBeNull();
    expect(sent).not.toHaveBeenCalled();
  });

  it('announces a change done, closes the pane and reloads', () => {
    const reload = jest.fn();
    const pane = new SidePane<Pane>(reload);
    pane.act(
      throwError(() => conflict),
      () => undefined,
    );
    pane.act(of('done'), () => pane.finish('North 1 saved.'));
    expect(pane.notice()).toBe('North 1 saved.');
    expect(pane.current()).toBeNull();
    expect(pane.error()).toBeNull();
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
