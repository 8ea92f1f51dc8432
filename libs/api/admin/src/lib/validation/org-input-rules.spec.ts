import { MAX_ID_LENGTH, MAX_NAME_LENGTH, ValidationError } from '@salesdash/api/platform';
import { InputCheck } from './org-input-rules';

/** The issues `run` found, by field and English text. */
function issuesOf(run: (check: InputCheck) => void): { field: string; message: string }[] {
  const check = new InputCheck();
  run(check);
  try {
    check.done();
    return [];
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues.map(({ field, message }) => ({ field, message }));
  }
}

describe('InputCheck', () => {
  it.each([
    'R-NORTH',
    'T-NORTH-1',
    'U-0001',
    'admin-0c5e7f5e-1c1a-4e0b-9b7a-2f1f0d3c4b5a',
    'a',
    'x'.repeat(MAX_ID_LENGTH),
  ])('accepts the id %s', (id) => {
    expect(issuesOf((check) => expect(check.id(` ${id} `, 'input.id')).toBe(id))).toEqual([]);
  });

  it.each(['', '   ', 'two words', '-leading', 'semi;colon', 'quote"', 'x'.repeat(MAX_ID_LENGTH + 1), 'ümlaut'])(
    'refuses the id %p on its field',
    (id) => {
      const [issue, ...more] = issuesOf((check) => check.id(id, 'input.id'));
      expect(more).toEqual([]);
      expect(issue.field).toBe('input.id');
      expect(issue.message).toMatch(
        /^must be 1–64 letters, digits or \. _ : - starting with a letter or digit \(got '/,
      );
    },
  );

  it('shortens a long value in the message', () => {
    const [issue] = issuesOf((check) => check.id('y'.repeat(100), 'input.id'));
    expect(issue.message).toContain(`'${'y'.repeat(40)}…'`);
  });

  it('treats an empty optional id as none', () => {
    expect(issuesOf((check) => expect(check.optionalId('  ', 'input.teamId')).toBeNull())).toEqual([]);
    expect(issuesOf((check) => expect(check.optionalId(null, 'input.teamId')).toBeNull())).toEqual([]);
    expect(issuesOf((check) => check.optionalId('a b', 'input.teamId'))[0].field).toBe('input.teamId');
  });

  it.each([
    ['', 'must not be empty'],
    ['   ', 'must not be empty'],
    ['x'.repeat(MAX_NAME_LENGTH + 1), `must be at most ${MAX_NAME_LENGTH} characters (got ${MAX_NAME_LENGTH + 1})`],
    ['two\nlines', 'must be one line without control characters'],
  ])('refuses the name %p', (name, message) => {
    expect(issuesOf((check) => check.name(name, 'input.name'))).toEqual([{ field: 'input.name', message }]);
  });

  it('trims a name and keeps one of the maximum length', () => {
    expect(issuesOf((check) => expect(check.name('  North  ', 'input.name')).toBe('North'))).toEqual([]);
    expect(issuesOf((check) => check.name('x'.repeat(MAX_NAME_LENGTH), 'input.name'))).toEqual([]);
  });

  it.each(['name@example.com', 'A.B+tag@sub.example.co'])('accepts the e-mail %s', (email) => {
    expect(issuesOf((check) => check.email(email, 'input.email'))).toEqual([]);
  });

  it.each(['plain', 'a@b', 'a b@example.com', '@example.com', `${'x'.repeat(250)}@example.com`])(
    'refuses the e-mail %p',
    (email) => {
      const [issue] = issuesOf((check) => check.email(email, 'input.email'));
      expect(issue).toMatchObject({ field: 'input.email' });
      expect(issue.message).toMatch(/^must be an e-mail address like name@example.com \(got '/);
    },
  );

  it('reports every problem of an input at once, each on its field', () => {
    const issues = issuesOf((check) => {
      check.id('bad id', 'input.id');
      check.email('nope', 'input.email');
      check.name('', 'input.displayName');
    });
    expect(issues.map((issue) => issue.field)).toEqual(['input.id', 'input.email', 'input.displayName']);
  });

  it('puts the first field into the error details for extensions.field', () => {
    const check = new InputCheck();
    check.email('nope', 'input.email');
    expect(() => check.done()).toThrow(
      expect.objectContaining({ details: expect.objectContaining({ field: 'input.email' }) }),
    );
  });

  it('checks reasons, searches, page numbers and entity types', () => {
    expect(issuesOf((check) => expect(check.reason('  ', 'reason')).toBeNull())).toEqual([]);
    expect(issuesOf((check) => check.reason('x'.repeat(501), 'reason'))[0].field).toBe('reason');
    expect(issuesOf((check) => expect(check.search(' ann ', 'filter.search')).toBe('ann'))).toEqual([]);
    expect(issuesOf((check) => check.search('x'.repeat(101), 'filter.search'))[0].field).toBe('filter.search');
    expect(issuesOf((check) => check.integer(0, 'first', 1, 500))[0].message).toBe(
      'must be a whole number from 1 to 500 (got 0)',
    );
    expect(issuesOf((check) => check.integer(500, 'first', 1, 500))).toEqual([]);
    expect(issuesOf((check) => check.entityType('user', 'entityType'))).toEqual([]);
    expect(issuesOf((check) => check.entityType('User; DROP', 'entityType'))[0].field).toBe('entityType');
  });
});
