import { basisPhrase, boundUnitLabel, formatJudged, judgedText } from './basis-words';

describe('basis words', () => {
  it('names the unit bounds are typed in per basis, "per rep" for a stock', () => {
    expect(boundUnitLabel('VALUE', 'WIN_RATE')).toBe('%');
    expect(boundUnitLabel('PER_REP_MONTH', 'NEW_LEADS')).toBe('count per rep and month');
    expect(boundUnitLabel('PER_REP_MONTH', 'WON_VOLUME')).toBe('EUR per rep and month');
    expect(boundUnitLabel('PER_REP_MONTH', 'PIPELINE_VALUE')).toBe('EUR per rep');
    expect(boundUnitLabel('SHARE_OF_TARGET', 'WON_VOLUME')).toBe('% of target to date');
    expect(basisPhrase('SHARE_OF_TARGET', 'NEW_LEADS')).toBe('as a share of the target to date');
  });

  it('formats a judged value short for a chart: percent of target, counts per rep to one decimal', () => {
    expect(formatJudged(0.9234, 'WON_VOLUME', 'SHARE_OF_TARGET')).toBe('92.3%');
    expect(formatJudged(21.44, 'NEW_LEADS', 'PER_REP_MONTH')).toBe('21.4');
    expect(formatJudged(21.44, 'NEW_LEADS', 'VALUE')).toBe('21');
    expect(formatJudged(48250, 'WON_VOLUME', 'PER_REP_MONTH')).toBe('€48,250');
    expect(formatJudged(null, 'NEW_LEADS', 'PER_REP_MONTH')).toBe('—');
  });

  it('says the basis with the judged value where nothing around it does', () => {
    expect(judgedText(0.95, 'NEW_LEADS', 'SHARE_OF_TARGET')).toBe('95.0% of target');
    expect(judgedText(19.5, 'NEW_LEADS', 'PER_REP_MONTH')).toBe('19.5 per rep-month');
    expect(judgedText(5_200_000, 'PIPELINE_VALUE', 'PER_REP_MONTH')).toBe('€5.2M per rep');
    expect(judgedText(0.3, 'WIN_RATE', 'VALUE')).toBe('30.0%');
    expect(judgedText(null, 'NEW_LEADS', 'SHARE_OF_TARGET')).toBe('—');
  });
});
