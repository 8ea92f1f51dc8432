import { userBadges } from './user-badges';

describe('userBadges', () => {
  it.each([
    [{ active: true, hasPassword: true, mustChangePassword: false }, ['Active']],
    [{ active: true, hasPassword: false, mustChangePassword: false }, ['Active', 'No password yet']],
    [{ active: true, hasPassword: true, mustChangePassword: true }, ['Active', 'Must change password']],
    [{ active: false, hasPassword: true, mustChangePassword: true }, ['Deactivated', 'Must change password']],
  ])('words %p as %p', (user, labels) => {
    expect(userBadges(user).map((badge) => badge.label)).toEqual(labels);
  });
});
