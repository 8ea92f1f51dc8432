import type { CorridorDto } from '@salesdash/dashboard/kpi/data-access';
import {
  apiIssues,
  boundsFormOf,
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
  basis: 'VALUE',
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
  basis: 'VALUE',
  publishedAt: '2025-01-01T08:00:00.000Z',
  publishedBy: 'Carla',
  description: 'acceptable 7–35 %, tolerated ≤ 50 %',
};

/** New leads for consumer loans: 22 a month per seller acceptable, 18 tolerated. */
const LEADS: CorridorDto = {
  ...CORRIDOR,
  kpi: 'NEW_LEADS',
  acceptableMin: 22,
  acceptableMax: null,
  toleratedMin: 18,
  toleratedMax: null,
  minSampleSize: 1,
  basis: 'PER_REP_MONTH',
};

describe('unit conversion', () => {
  it('shows rates as percent without float noise and sends them as fractions', () => {
    expect(toFormValue(0.07, 100)).toBe('7');
    expect(toFormValue(null, 100)).toBe('');
    expect(toFormValue(12.5, 1)).toBe('12.5');
    expect(fromFormValue('7', 100)).toBe(0.07);
    expect(fromFormValue(' 12,5 ', 1)).toBe(12.5);
    expect(fromFormValue('', 100)).toBeNull();
    expect(fromFormValue('ten', 1)).toBeNaN();
    expect(fromFormValue('Infinity', 1)).toBeNaN();
  });

  it('starts a new version from the latest one on its basis, today, with an empty rationale', () => {
    expect(formOf(CORRIDOR, 'WIN_RATE', '2025-05-14')).toEqual({
      basis: 'VALUE',
      acceptableMin: '7',
      acceptableMax: '35',
      toleratedMin: '',
      toleratedMax: '50',
      minSampleSize: '5',
      effectiveFrom: '2025-05-14',
      rationale: '',
    });
    expect(formOf(LEADS, 'NEW_LEADS', '2025-05-14')).toMatchObject({
      basis: 'PER_REP_MONTH',
      acceptableMin: '22',
      toleratedMin: '18',
    });
    const share = { ...LEADS, acceptableMin: 1, toleratedMin: 0.8, basis: 'SHARE_OF_TARGET' as const };
    expect(formOf(share, 'NEW_LEADS', '2025-05-14')).toMatchObject({ acceptableMin: '100', toleratedMin: '80' });
    expect(formOf(null, 'SALES_CYCLE_DAYS', '2025-05-14')).toMatchObject({
      basis: 'VALUE',
      acceptableMin: '',
      minSampleSize: '1',
    });
  });

  it('does not carry bounds over to VALUE when the stored basis is not one the KPI allows', () => {
    const stray = { ...CORRIDOR, basis: 'SHARE_OF_TARGET' as const };
    expect(formOf(stray, 'WIN_RATE', '2025-05-14')).toMatchObject({
      basis: 'VALUE',
      acceptableMin: '',
      toleratedMax: '',
    });
  });

  it('builds the publish input in the units of its basis with the version the editor started from', () => {
    const form = { ...FORM, acceptableMin: '', rationale: '  Narrower  ' };
    expect(publishInput(form, { businessModel: 'CONSUMER_LOANS', kpi: 'WIN_RATE' }, 2)).toEqual({
      businessModel: 'CONSUMER_LOANS',
      kpi: 'WIN_RATE',
      effectiveFrom: '2025-05-14',
      acceptableMin: null,
      acceptableMax: 0.35,
      toleratedMin: 0.05,
      toleratedMax: 0.45,
      minSampleSize: 3,
      basis: 'VALUE',
      rationale: 'Narrower',
      expectedVersion: 2,
    });
    const share = {
      ...FORM,
      basis: 'SHARE_OF_TARGET' as const,
      acceptableMin: '95',
      acceptableMax: '',
      toleratedMin: '80',
      toleratedMax: '',
    };
    expect(publishInput(share, { businessModel: 'CONSUMER_LOANS', kpi: 'NEW_LEADS' }, null)).toMatchObject({
      acceptableMin: 0.95,
      acceptableMax: null,
      toleratedMin: 0.8,
      basis: 'SHARE_OF_TARGET',
      expectedVersion: null,
    });
    const perRep = { ...share, basis: 'PER_REP_MONTH' as const, acceptableMin: '4.5', toleratedMin: '3.5' };
    expect(publishInput(perRep, { businessModel: 'PREMIUM_FINANCING', kpi: 'NEW_LEADS' }, 1)).toMatchObject({
      acceptableMin: 4.5,
      toleratedMin: 3.5,
      basis: 'PER_REP_MONTH',
    });
    expect(draftOf({ ...FORM, minSampleSize: '' }, 'SALES_CYCLE_DAYS').minSampleSize).toBeNull();
  });
});

describe('validateForm', () => {
  it('accepts a valid draft and open sides', () => {
    expect(validateForm(FORM, 'SALES_CYCLE_DAYS')).toEqual({});
    expect(validateForm({ ...FORM, acceptableMin: '', toleratedMin: '' }, 'SALES_CYCLE_DAYS')).toEqual({});
  });

  it('mirrors the API: min ≤ max, tolerated contains acceptable, one bound at least', () => {
    expect(validateForm({ ...FORM, acceptableMin: '40' }, 'SALES_CYCLE_DAYS')).toEqual({
      acceptableMax: 'Must not be below the minimum.',
    });
    expect(validateForm({ ...FORM, toleratedMax: '30' }, 'SALES_CYCLE_DAYS')).toEqual({
      toleratedMax: 'The tolerated band must contain the acceptable band.',
    });
    expect(validateForm({ ...FORM, acceptableMin: '', toleratedMin: '5' }, 'SALES_CYCLE_DAYS')).toEqual({
      toleratedMin: 'The tolerated band must contain the acceptable band.',
    });
    const open = { ...FORM, acceptableMin: '', acceptableMax: '', toleratedMin: '', toleratedMax: '' };
    expect(validateForm(open, 'SALES_CYCLE_DAYS')).toEqual({ acceptableMin: 'Set at least one bound.' });
  });

  it('checks the range of the basis in the display unit: rates 0–100 %, a share of target any % ≥ 0', () => {
    expect(validateForm({ ...FORM, toleratedMax: '120' }, 'WIN_RATE')).toEqual({
      toleratedMax: 'Must lie within 0 and 100.',
    });
    expect(validateForm({ ...FORM, acceptableMin: '-1', toleratedMin: '' }, 'SALES_CYCLE_DAYS').acceptableMin).toBe(
      'Must be 0 or more.',
    );
    const share = { ...FORM, basis: 'SHARE_OF_TARGET' as const, acceptableMax: '250', toleratedMax: '400' };
    expect(validateForm(share, 'NEW_LEADS')).toEqual({});
    expect(validateForm({ ...share, toleratedMin: '-5' }, 'NEW_LEADS')).toEqual({ toleratedMin: 'Must be 0 or more.' });
    expect(validateForm({ ...share, basis: 'PER_REP_MONTH', toleratedMin: '-5' }, 'NEW_LEADS')).toEqual({
      toleratedMin: 'Must be 0 or more.',
    });
  });

  it('refuses a basis the KPI does not allow, in the editor’s words', () => {
    expect(validateForm({ ...FORM, basis: 'PER_REP_MONTH' }, 'WIN_RATE')).toEqual({
      basis: 'Choose one of the bases offered for this KPI.',
    });
    expect(validateForm({ ...FORM, basis: 'SHARE_OF_TARGET' }, 'PIPELINE_VALUE').basis).toBe(
      'Choose one of the bases offered for this KPI.',
    );
    expect(validateForm({ ...FORM, basis: 'PER_REP_MONTH' }, 'PIPELINE_VALUE')).toEqual({});
  });

  it('flags unreadable numbers, a bad sample size, a blank rationale and a missing date', () => {
    expect(
      validateForm(
        { ...FORM, acceptableMax: 'abc', minSampleSize: '1.5', rationale: '   ', effectiveFrom: '' },
        'SALES_CYCLE_DAYS',
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
  const SERIES = { businessModel: 'CONSUMER_LOANS', kpi: 'WIN_RATE' as const };

  it('sends the basis and the bands in its units without date or rationale, which the preview does not need', () => {
    expect(previewDraft({ ...FORM, rationale: ' ', effectiveFrom: '' }, SERIES)).toEqual({
      ...SERIES,
      acceptableMin: 0.1,
      acceptableMax: 0.35,
      toleratedMin: 0.05,
      toleratedMax: 0.45,
      minSampleSize: 3,
      basis: 'VALUE',
    });
    const share = {
      ...FORM,
      basis: 'SHARE_OF_TARGET' as const,
      acceptableMin: '100',
      acceptableMax: '',
      toleratedMin: '80',
      toleratedMax: '',
    };
    expect(previewDraft(share, { ...SERIES, kpi: 'NEW_LEADS' })).toMatchObject({
      acceptableMin: 1,
      toleratedMin: 0.8,
      basis: 'SHARE_OF_TARGET',
    });
  });

  it('is null while the basis, a band or the sample size cannot be judged', () => {
    expect(previewDraft({ ...FORM, acceptableMax: 'abc' }, SERIES)).toBeNull();
    expect(previewDraft({ ...FORM, toleratedMax: '30' }, SERIES)).toBeNull();
    expect(previewDraft({ ...FORM, minSampleSize: '0' }, SERIES)).toBeNull();
    expect(previewDraft({ ...FORM, basis: 'PER_REP_MONTH' }, SERIES)).toBeNull();
  });

  it('counts two equal drafts as the same question, and another basis as another one', () => {
    const draft = previewDraft(FORM, SERIES);
    expect(samePreviewDraft(draft, previewDraft({ ...FORM }, SERIES))).toBe(true);
    expect(samePreviewDraft(draft, previewDraft({ ...FORM, acceptableMin: '11' }, SERIES))).toBe(false);
    const leads = { ...SERIES, kpi: 'NEW_LEADS' as const };
    expect(samePreviewDraft(previewDraft(FORM, leads), previewDraft({ ...FORM, basis: 'PER_REP_MONTH' }, leads))).toBe(
      false,
    );
    expect(samePreviewDraft(null, null)).toBe(true);
    expect(samePreviewDraft(draft, null)).toBe(false);
  });
});

describe('roundedBands', () => {
  it('rounds to what a person would type per unit and basis and leaves open sides open', () => {
    const bands = { acceptableMin: 22.1033, acceptableMax: 24.9739, toleratedMin: 20.6061, toleratedMax: null };
    expect(roundedBands(bands, 'SALES_CYCLE_DAYS', 'VALUE')).toEqual({
      acceptableMin: 22.1,
      acceptableMax: 25,
      toleratedMin: 20.6,
      toleratedMax: null,
    });
    expect(
      roundedBands(
        { acceptableMin: 0.15234, acceptableMax: 0.2216, toleratedMin: 0.1199, toleratedMax: 1 },
        'WIN_RATE',
        'VALUE',
      ),
    ).toEqual({ acceptableMin: 0.152, acceptableMax: 0.222, toleratedMin: 0.12, toleratedMax: 1 });
    expect(roundedBands({ ...bands, toleratedMax: 26.5 }, 'NEW_LEADS', 'VALUE')).toEqual({
      acceptableMin: 22,
      acceptableMax: 25,
      toleratedMin: 21,
      toleratedMax: 27,
    });
    // 4.5 leads a month per seller is a policy: counts per rep keep a decimal.
    expect(roundedBands({ ...bands, acceptableMin: 4.46 }, 'NEW_LEADS', 'PER_REP_MONTH')).toMatchObject({
      acceptableMin: 4.5,
      toleratedMin: 20.6,
    });
    expect(
      roundedBands(
        { acceptableMin: 0.98765, acceptableMax: null, toleratedMin: 0.80049, toleratedMax: null },
        'WON_VOLUME',
        'SHARE_OF_TARGET',
      ),
    ).toEqual({ acceptableMin: 0.988, acceptableMax: null, toleratedMin: 0.8, toleratedMax: null });
  });
});

describe('boundsFormOf', () => {
  it('shows bounds in the display unit of the basis, open sides empty', () => {
    const bounds = { acceptableMin: 0.152, acceptableMax: 0.221, toleratedMin: null, toleratedMax: 0.3 };
    expect(boundsFormOf(bounds, 'WIN_RATE', 'VALUE')).toEqual({
      acceptableMin: '15.2',
      acceptableMax: '22.1',
      toleratedMin: '',
      toleratedMax: '30',
    });
    expect(boundsFormOf({ ...bounds, acceptableMin: 0.95 }, 'WON_VOLUME', 'SHARE_OF_TARGET').acceptableMin).toBe('95');
    expect(boundsFormOf({ ...bounds, acceptableMin: 48000 }, 'WON_VOLUME', 'PER_REP_MONTH').acceptableMin).toBe(
      '48000',
    );
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
          {
            field: 'input.acceptableMax',
            message: 'must not be below acceptableMin (0.4)',
            messageCode: 'BOUND_BELOW_ACCEPTABLE_MIN',
            params: { min: 0.4 },
          },
          {
            field: 'input.rationale',
            message: 'say why this corridor fits the business model',
            messageCode: 'RATIONALE_REQUIRED',
            params: {},
          },
          { field: 'input.kpi', message: 'unknown KPI', messageCode: 'UNKNOWN_KPI', params: { code: 'X' } },
        ],
      },
      'WIN_RATE',
      'VALUE',
    );
    expect(issues).toEqual({
      acceptableMax: 'Must not be below the minimum.',
      rationale: 'Say why this corridor fits the business model.',
    });
  });

  it('shows a refused basis at the basis field', () => {
    expect(
      apiIssues(
        {
          code: 'BAD_USER_INPUT',
          message: 'input.basis: share of the target to date is not a basis for WIN_RATE: use VALUE',
          field: 'input.basis',
          issues: [
            {
              field: 'input.basis',
              message: 'share of the target to date is not a basis for WIN_RATE: use VALUE',
              messageCode: 'SHARE_OF_TARGET_BASIS_NOT_FOR_KPI',
              params: { kpi: 'WIN_RATE', allowed: 'VALUE' },
            },
          ],
        },
        'WIN_RATE',
        'SHARE_OF_TARGET',
      ),
    ).toEqual({ basis: 'Choose one of the bases offered for this KPI.' });
  });

  it('falls back to the single field and message and keeps an unknown message as it is', () => {
    expect(
      apiIssues(
        { code: 'BAD_USER_INPUT', message: 'input.effectiveFrom: must be a date', field: 'input.effectiveFrom' },
        'SALES_CYCLE_DAYS',
        'VALUE',
      ),
    ).toEqual({ effectiveFrom: 'must be a date' });
  });
});
