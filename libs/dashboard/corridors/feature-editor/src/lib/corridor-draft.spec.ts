import type { CorridorDto } from '@salesdash/dashboard/kpi/data-access';
import {
  apiIssues,
  bandsFormOf,
  type CorridorForm,
  draftOf,
  formOf,
  fromFormValue,
  previewDraft,
  publishInput,
  roundedBands,
  samePreviewDraft,
  toFormValue,
  validateForm,
} from './corridor-draft';

const FORM: CorridorForm = {
  acceptableMin: '10',
  acceptableMax: '35',
  toleratedMin: '5',
  toleratedMax: '45',
  minSampleSize: '3',
  effectiveFrom: '2025-05-14',
  rationale: 'Fits consumer loans',
};

const CORRIDOR: CorridorDto = {
  id: 'P-1',
  businessModel: 'CONSUMER_LOANS',
  kpi: 'WIN_RATE',
  segment: null,
  version: 2,
  effectiveFrom: '2025-01-01',
  acceptableMin: 0.07,
  acceptableMax: 0.35,
  toleratedMin: null,
  toleratedMax: 0.5,
  minSampleSize: 5,
  rationale: 'Old reason',
  publishedAt: '2025-01-01T08:00:00.000Z',
  publishedBy: 'Carla',
  description: 'acceptable 7–35 %, tolerated ≤ 50 %',
};

describe('unit conversion', () => {
  it('shows rates as percent without float noise and sends them as fractions', () => {
    expect(toFormValue(0.07, 'RATE')).toBe('7');
    expect(toFormValue(null, 'RATE')).toBe('');
    expect(toFormValue(12.5, 'DAYS')).toBe('12.5');
    expect(fromFormValue('7', 'RATE')).toBe(0.07);
    expect(fromFormValue(' 12,5 ', 'DAYS')).toBe(12.5);
    expect(fromFormValue('', 'RATE')).toBeNull();
    expect(fromFormValue('ten', 'DAYS')).toBeNaN();
    expect(fromFormValue('Infinity', 'DAYS')).toBeNaN();
  });

  it('starts a new version from the latest one, today, with an empty rationale', () => {
    expect(formOf(CORRIDOR, 'RATE', '2025-05-14')).toEqual({
      acceptableMin: '7',
      acceptableMax: '35',
      toleratedMin: '',
      toleratedMax: '50',
      minSampleSize: '5',
      effectiveFrom: '2025-05-14',
      rationale: '',
    });
    expect(formOf(null, 'DAYS', '2025-05-14')).toMatchObject({ acceptableMin: '', minSampleSize: '1' });
  });

  it('builds the publish input in API units with the version the editor started from', () => {
    const form = { ...FORM, acceptableMin: '', rationale: '  Narrower  ' };
    expect(publishInput(form, 'RATE', { businessModel: 'CONSUMER_LOANS', kpi: 'WIN_RATE' }, 2)).toEqual({
      businessModel: 'CONSUMER_LOANS',
      kpi: 'WIN_RATE',
      effectiveFrom: '2025-05-14',
      acceptableMin: null,
      acceptableMax: 0.35,
      toleratedMin: 0.05,
      toleratedMax: 0.45,
      minSampleSize: 3,
      rationale: 'Narrower',
      expectedVersion: 2,
    });
    expect(draftOf({ ...FORM, minSampleSize: '' }, 'DAYS').minSampleSize).toBeNull();
  });
});

describe('validateForm', () => {
  it('accepts a valid draft and open sides', () => {
    expect(validateForm(FORM, 'DAYS')).toEqual({});
    expect(validateForm({ ...FORM, acceptableMin: '', toleratedMin: '' }, 'DAYS')).toEqual({});
  });

  it('mirrors the API: min ≤ max, tolerated contains acceptable, one bound at least', () => {
    expect(validateForm({ ...FORM, acceptableMin: '40' }, 'DAYS')).toEqual({
      acceptableMax: 'Must not be below the minimum.',
    });
    expect(validateForm({ ...FORM, toleratedMax: '30' }, 'DAYS')).toEqual({
      toleratedMax: 'The tolerated band must contain the acceptable band.',
    });
    expect(validateForm({ ...FORM, acceptableMin: '', toleratedMin: '5' }, 'DAYS')).toEqual({
      toleratedMin: 'The tolerated band must contain the acceptable band.',
    });
    const open = { ...FORM, acceptableMin: '', acceptableMax: '', toleratedMin: '', toleratedMax: '' };
    expect(validateForm(open, 'DAYS')).toEqual({ acceptableMin: 'Set at least one bound.' });
  });

  it('checks the unit range in the display unit: rates 0–100 %', () => {
    expect(validateForm({ ...FORM, toleratedMax: '120' }, 'RATE')).toEqual({
      toleratedMax: 'Must lie within 0 and 100.',
    });
    expect(validateForm({ ...FORM, acceptableMin: '-1', toleratedMin: '' }, 'DAYS').acceptableMin).toMatch(/within 0/);
  });

  it('flags unreadable numbers, a bad sample size, a blank rationale and a missing date', () => {
    expect(
      validateForm(
        { ...FORM, acceptableMax: 'abc', minSampleSize: '1.5', rationale: '   ', effectiveFrom: '' },
        'DAYS',
      ),
    ).toEqual({
      acceptableMax: 'Enter a number, or leave empty for an open side.',
      minSampleSize: 'A whole number from 1 to 1000000.',
      rationale: 'Say why this corridor fits the business model.',
      effectiveFrom: 'Enter a date.',
    });
  });
});

describe('previewDraft', () => {
  const SERIES = { businessModel: 'CONSUMER_LOANS', kpi: 'WIN_RATE' };

  it('sends the bands in API units without date or rationale, which the preview does not need', () => {
    expect(previewDraft({ ...FORM, rationale: ' ', effectiveFrom: '' }, 'RATE', SERIES)).toEqual({
      ...SERIES,
      acceptableMin: 0.1,
      acceptableMax: 0.35,
      toleratedMin: 0.05,
      toleratedMax: 0.45,
      minSampleSize: 3,
    });
  });

  it('is null while a band or the sample size cannot be judged', () => {
    expect(previewDraft({ ...FORM, acceptableMax: 'abc' }, 'RATE', SERIES)).toBeNull();
    expect(previewDraft({ ...FORM, toleratedMax: '30' }, 'RATE', SERIES)).toBeNull();
    expect(previewDraft({ ...FORM, minSampleSize: '0' }, 'RATE', SERIES)).toBeNull();
  });

  it('counts two equal drafts as the same question', () => {
    const draft = previewDraft(FORM, 'RATE', SERIES);
    expect(samePreviewDraft(draft, previewDraft({ ...FORM }, 'RATE', SERIES))).toBe(true);
    expect(samePreviewDraft(draft, previewDraft({ ...FORM, acceptableMin: '11' }, 'RATE', SERIES))).toBe(false);
    expect(samePreviewDraft(null, null)).toBe(true);
    expect(samePreviewDraft(draft, null)).toBe(false);
  });
});

describe('roundedBands', () => {
  it('rounds to what a person would type per unit and leaves open sides open', () => {
    const bands = { acceptableMin: 22.1033, acceptableMax: 24.9739, toleratedMin: 20.6061, toleratedMax: null };
    expect(roundedBands(bands, 'DAYS')).toEqual({
      acceptableMin: 22.1,
      acceptableMax: 25,
      toleratedMin: 20.6,
      toleratedMax: null,
    });
    expect(
      roundedBands({ acceptableMin: 0.15234, acceptableMax: 0.2216, toleratedMin: 0.1199, toleratedMax: 1 }, 'RATE'),
    ).toEqual({ acceptableMin: 0.152, acceptableMax: 0.222, toleratedMin: 0.12, toleratedMax: 1 });
    expect(roundedBands({ ...bands, toleratedMax: 26.5 }, 'COUNT')).toEqual({
      acceptableMin: 22,
      acceptableMax: 25,
      toleratedMin: 21,
      toleratedMax: 27,
    });
  });
});

describe('bandsFormOf', () => {
  it('shows suggested bands in the display unit, open sides empty', () => {
    expect(
      bandsFormOf({ acceptableMin: 0.152, acceptableMax: 0.221, toleratedMin: null, toleratedMax: 0.3 }, 'RATE'),
    ).toEqual({ acceptableMin: '15.2', acceptableMax: '22.1', toleratedMin: '', toleratedMax: '30' });
  });
});

describe('apiIssues', () => {
  it('puts each of the API’s field issues at its field, in the editor’s words', () => {
    const issues = apiIssues(
      {
        code: 'BAD_USER_INPUT',
        message: 'input.acceptableMax: must not be below acceptableMin (0.4); input.rationale: say why …',
        field: 'input.acceptableMax',
        issues: [
          { field: 'input.acceptableMax', message: 'must not be below acceptableMin (0.4)' },
          { field: 'input.rationale', message: 'say why this corridor fits the business model' },
          { field: 'input.kpi', message: 'unknown KPI' },
        ],
      },
      'RATE',
    );
    expect(issues).toEqual({
      acceptableMax: 'Must not be below the minimum.',
      rationale: 'Say why this corridor fits the business model.',
    });
  });

  it('falls back to the single field and message and keeps an unknown message as it is', () => {
    expect(
      apiIssues(
        { code: 'BAD_USER_INPUT', message: 'input.effectiveFrom: must be a date', field: 'input.effectiveFrom' },
        'DAYS',
      ),
    ).toEqual({ effectiveFrom: 'must be a date' });
  });
});
