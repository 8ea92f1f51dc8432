import { changeBasis } from './basis-change';
import type { CorridorForm } from './corridor-draft';

const PER_REP: CorridorForm = {
  basis: 'PER_REP_MONTH',
  acceptableMin: '22',
  acceptableMax: '',
  toleratedMin: '18',
  toleratedMax: '',
  minSampleSize: '1',
  effectiveFrom: '2026-12-05',
  rationale: 'Volume business',
};
const CLEARED = { acceptableMin: '', acceptableMax: '', toleratedMin: '', toleratedMax: '' };

describe('changeBasis', () => {
  it('clears the four bounds on another basis, keeps the rest, and says why', () => {
    const change = changeBasis(PER_REP, 'SHARE_OF_TARGET', null, 'NEW_LEADS');
    expect(change.form).toEqual({ ...PER_REP, ...CLEARED, basis: 'SHARE_OF_TARGET' });
    expect(change.setAside).toEqual({
      basis: 'PER_REP_MONTH',
      bounds: { acceptableMin: '22', acceptableMax: '', toleratedMin: '18', toleratedMax: '' },
    });
    expect(change.message).toBe(
      'The four bounds were cleared: bounds per rep and month mean nothing as a share of the target to date. Switch back before typing a bound to get them back.',
    );
  });

  it('brings the bounds back when their basis is chosen again before a bound is typed, also past a third basis', () => {
    const share = changeBasis(PER_REP, 'SHARE_OF_TARGET', null, 'NEW_LEADS');
    const value = changeBasis(share.form, 'VALUE', share.setAside, 'NEW_LEADS');
    expect(value.form).toEqual({ ...PER_REP, ...CLEARED, basis: 'VALUE' });
    expect(value.setAside).toEqual(share.setAside);
    // Nothing typed was cleared this time: nothing to say.
    expect(value.message).toBe('');
    const back = changeBasis(value.form, 'PER_REP_MONTH', value.setAside, 'NEW_LEADS');
    expect(back.form).toEqual(PER_REP);
    expect(back.setAside).toBeNull();
    expect(back.message).toBe('The bounds per rep and month are back.');
  });

  it('says "per rep" for a stock and changes nothing when the basis stays', () => {
    const pipeline = { ...PER_REP, acceptableMin: '5000000', toleratedMin: '' };
    expect(changeBasis(pipeline, 'VALUE', null, 'PIPELINE_VALUE').message).toContain(
      'bounds per rep mean nothing on the value as it is',
    );
    expect(changeBasis(PER_REP, 'PER_REP_MONTH', null, 'NEW_LEADS')).toEqual({
      form: PER_REP,
      setAside: null,
      message: '',
    });
  });
});
