import type { Calendar, Problem } from '../api/types';

/** The year's monitoring round, when its calendar has one. */
export function monitoringRound(calendar: Calendar | null | undefined): { month: number; due: string } | null {
  if (!calendar?.monitoringCutOffMonth || !calendar.monitoringDue) return null;
  return { month: calendar.monitoringCutOffMonth, due: calendar.monitoringDue };
}

const cjk = /[\u3400-\u9fff]/;

/**
 * The Chinese part of a validation message of the API, which writes it in brackets after the English
 * ("Must not be before selfEvaluationDue (审核截止日期不得早于自评截止日期)."): the last bracketed part with Chinese in it.
 */
export function chineseOf(message: string): string | null {
  const parts = [...message.matchAll(/[(（]([^()（）]*)[)）]/g)].map((m) => m[1]).filter((p) => cjk.test(p));
  return parts.length ? parts[parts.length - 1] : null;
}

/**
 * A validation problem's messages by field, in the UI's language. The API answers in the language the UI asks for, so a
 * message that opens in Chinese is shown as written; an older two-language message gives its Chinese part in Chinese,
 * else the fallback the caller gives for the field (or the message as written), and in English loses its Chinese part.
 */
export function fieldMessages(problem: Problem | undefined, zh: boolean, fallback: (field: string) => string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [field, messages] of Object.entries(problem?.errors ?? {})) {
    const texts = messages.map((m) => {
      if (zh) return cjk.test(m.charAt(0)) ? m : chineseOf(m) ?? fallback(field) ?? m;
      return m.replace(/\s*[(（]([^()（）]*)[)）]/g, (all, inner: string) => (cjk.test(inner) ? '' : all)).trim();
    });
    out[field] = [...new Set(texts)].join(' ');
  }
  return out;
}

export interface CalendarValues {
  selfEvaluationDue: string;
  reviewDue: string;
  offsets: string;
  timeZone: string;
  monitoringCutOffMonth: number | null;
  monitoringDue: string;
}

export const calendarValuesOf = (c: Calendar | null): CalendarValues => c
  ? {
    selfEvaluationDue: c.selfEvaluationDue, reviewDue: c.reviewDue, offsets: c.reminderOffsetsDays.join(', '), timeZone: c.timeZone,
    monitoringCutOffMonth: c.monitoringCutOffMonth ?? null, monitoringDue: c.monitoringDue ?? '',
  }
  : { selfEvaluationDue: '', reviewDue: '', offsets: '30, 14, 7, 1', timeZone: 'Asia/Shanghai', monitoringCutOffMonth: null, monitoringDue: '' };

/** The PUT body of a calendar: the monitoring round's two fields are sent as typed (null when blank), for the API to judge. */
export const calendarBody = (v: CalendarValues) => ({
  selfEvaluationDue: v.selfEvaluationDue, reviewDue: v.reviewDue, timeZone: v.timeZone,
  reminderOffsetsDays: v.offsets.split(/[,，\s]+/).filter(Boolean).map(Number),
  monitoringCutOffMonth: v.monitoringCutOffMonth ?? null,
  monitoringDue: v.monitoringDue || null,
});
