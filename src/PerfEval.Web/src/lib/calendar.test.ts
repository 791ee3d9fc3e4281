import { describe, expect, it } from 'vitest';
import type { Calendar } from '../api/types';
import { calendarBody, calendarValuesOf, chineseOf, fieldMessages, monitoringRound } from './calendar';

const calendar: Calendar = {
  fiscalYear: 2026, selfEvaluationDue: '2027-03-31', reviewDue: '2027-05-31', reminderOffsetsDays: [30, 7], timeZone: 'Asia/Shanghai',
};

describe('the monitoring round of a calendar', () => {
  it('is there only with both a cut-off month and a due date', () => {
    expect(monitoringRound(null)).toBeNull();
    expect(monitoringRound(calendar)).toBeNull();
    expect(monitoringRound({ ...calendar, monitoringCutOffMonth: 6, monitoringDue: null })).toBeNull();
    expect(monitoringRound({ ...calendar, monitoringCutOffMonth: 6, monitoringDue: '2026-07-15' })).toEqual({ month: 6, due: '2026-07-15' });
  });

  it('is sent as typed, blanks as null, and read back into the form', () => {
    const values = calendarValuesOf({ ...calendar, monitoringCutOffMonth: 6, monitoringDue: '2026-07-15' });
    expect(values.monitoringCutOffMonth).toBe(6);
    expect(values.offsets).toBe('30, 7');
    expect(calendarBody(values)).toEqual({
      selfEvaluationDue: '2027-03-31', reviewDue: '2027-05-31', timeZone: 'Asia/Shanghai', reminderOffsetsDays: [30, 7],
      monitoringCutOffMonth: 6, monitoringDue: '2026-07-15',
    });
    const blank = calendarBody({ ...calendarValuesOf(calendar), offsets: '14，7 1' });
    expect(blank.monitoringCutOffMonth).toBeNull();
    expect(blank.monitoringDue).toBeNull();
    expect(blank.reminderOffsetsDays).toEqual([14, 7, 1]);
  });
});

describe('validation messages by field', () => {
  const problem = {
    status: 400,
    errors: {
      monitoringDue: ['After the cut-off month ends (2026-06-30) and before selfEvaluationDue (监控报送截止日期应在截止月份之后、自评截止日期之前).'],
      reviewDue: ['Required (yyyy-MM-dd).'],
    },
  };

  it('takes the Chinese part of a message, the last bracket with Chinese in it', () => {
    expect(chineseOf(problem.errors.monitoringDue[0])).toBe('监控报送截止日期应在截止月份之后、自评截止日期之前');
    expect(chineseOf('Required (yyyy-MM-dd).')).toBeNull();
    expect(chineseOf('须同时设置（监控截止月份与报送截止日期）')).toBe('监控截止月份与报送截止日期');
  });

  it('are Chinese in Chinese (the fallback where the API wrote none) and English without the Chinese otherwise', () => {
    const fallback = (f: string) => (f === 'reviewDue' ? '请填写审核截止日期' : undefined);
    expect(fieldMessages(problem, true, fallback)).toEqual({
      monitoringDue: '监控报送截止日期应在截止月份之后、自评截止日期之前', reviewDue: '请填写审核截止日期',
    });
    expect(fieldMessages(problem, false, fallback)).toEqual({
      monitoringDue: 'After the cut-off month ends (2026-06-30) and before selfEvaluationDue.', reviewDue: 'Required (yyyy-MM-dd).',
    });
    expect(fieldMessages({ status: 400, errors: { timeZone: ['Unknown'] } }, true, () => undefined)).toEqual({ timeZone: 'Unknown' });
    expect(fieldMessages(undefined, true, () => undefined)).toEqual({});
  });

  it('shows a message the API wrote in Chinese as it is, brackets included', () => {
    const zh = { status: 400, errors: { monitoringDue: ['监控报送截止日期应在截止月份结束（2026-06-30）之后、自评截止日期之前。'] } };
    expect(fieldMessages(zh, true, () => '备用')).toEqual({ monitoringDue: '监控报送截止日期应在截止月份结束（2026-06-30）之后、自评截止日期之前。' });
  });
});
