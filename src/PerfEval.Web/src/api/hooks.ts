import { keepPreviousData, useQuery, type UseQueryOptions } from '@tanstack/react-query';
import { ApiError, get } from './client';
import { historyPath } from '../lib/history';
import { useSession } from '../auth/session';
import { directoryNameOf, type DirectoryNames, type NameKind } from '../lib/directory';
import { useYearParam } from '../lib/useYearParam';
import { defaultYear } from '../lib/years';
import type { NotificationView } from '../lib/notifications';
import type { BudgetAdviceView, Calendar, CrossCheckPage, Evaluation, EvaluationSummary, Finding, FormCrossChecks, HistoryDocument, HistoryView, MonitoringView, Page, RectificationNotice, ReviewTask, TargetDeclaration, YearlyProjection } from './types';

export const qs = (params: Record<string, string | number | boolean | null | undefined>) => {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') s.set(k, String(v));
  const text = s.toString();
  return text ? `?${text}` : '';
};

/** Whether two requests for a list differ only in their page. */
export const sameListOf = (a: Record<string, unknown>, b: Record<string, unknown>) =>
  JSON.stringify({ ...a, page: undefined }) === JSON.stringify({ ...b, page: undefined });

export const useEvaluations = (params: { fiscalYear?: number; status?: string; departmentId?: string; page?: number; pageSize?: number }) =>
  useQuery({
    queryKey: ['evaluations', params],
    queryFn: () => get<Page<EvaluationSummary>>(`/api/evaluations${qs({ pageSize: 100, ...params })}`),
    // The page on screen stays while the next page of the same list loads (not while another list does).
    placeholderData: (previous, previousQuery) =>
      previousQuery && sameListOf(previousQuery.queryKey[1] as Record<string, unknown>, params) ? keepPreviousData(previous) : undefined,
  });

export const useEvaluation = (id: string | undefined, refetchInterval?: UseQueryOptions<Evaluation>['refetchInterval']) =>
  useQuery({
    queryKey: ['evaluation', id],
    queryFn: () => get<Evaluation>(`/api/evaluations/${id}`),
    enabled: Boolean(id),
    refetchInterval,
  });

export const useReviewTasks = (params: { status?: string; assignee?: string }) =>
  useQuery({
    queryKey: ['review-tasks', params],
    queryFn: () => get<Page<ReviewTask>>(`/api/review-tasks${qs({ pageSize: 100, ...params })}`),
    refetchInterval: 5_000,
  });

/** The year's figures, of one department when given; `enabled` false waits (e.g. for the reviewer's departments). */
export const useYearly = (year: number, departmentId?: string, enabled = true) =>
  useQuery({
    queryKey: ['yearly', year, departmentId],
    enabled,
    queryFn: () => get<YearlyProjection>(`/api/projections/yearly/${year}${qs({ departmentId })}`),
    refetchInterval: 5_000,
  });

/** The events of a form or a declaration, in order. */
export const useHistory = (document: HistoryDocument, id: string | undefined) =>
  useQuery({
    queryKey: ['history', document, id],
    queryFn: () => get<HistoryView>(historyPath(document, id!)),
    enabled: Boolean(id),
  });

/** A fiscal year's calendar; null when none is set (404). */
export const useCalendar = (year: number, enabled = true) =>
  useQuery({
    queryKey: ['calendar', year],
    queryFn: async () => {
      try {
        return await get<Calendar>(`/api/calendar/${year}`);
      } catch (e) {
        if (e instanceof ApiError && e.problem.status === 404) return null;
        throw e;
      }
    },
    enabled,
  });

export const useTargets = (params: { year?: number; status?: string }) =>
  useQuery({
    queryKey: ['targets', params],
    queryFn: () => get<Page<TargetDeclaration>>(`/api/targets${qs({ pageSize: 100, ...params })}`),
  });

export const useTarget = (id: string | undefined) =>
  useQuery({
    queryKey: ['target', id],
    queryFn: () => get<TargetDeclaration>(`/api/targets/${id}`),
    enabled: Boolean(id),
  });

/** The declaration checks on the saved content (what a submission would record). */
export const useTargetFindings = (id: string | undefined, version: number | undefined) =>
  useQuery({
    queryKey: ['target-findings', id, version],
    queryFn: () => get<Finding[]>(`/api/targets/${id}/findings`),
    enabled: Boolean(id) && version != null,
  });

export const useMonitoring = (year: number, departmentId?: string) =>
  useQuery({
    queryKey: ['monitoring', year, departmentId],
    queryFn: () => get<MonitoringView>(`/api/monitoring/${year}${qs({ departmentId })}`),
    refetchInterval: 10_000,
  });

/** The form's own findings across forms and years from the latest run. */
export const useFormCrossChecks = (id: string | undefined) =>
  useQuery({
    queryKey: ['cross-checks', 'form', id],
    queryFn: () => get<FormCrossChecks>(`/api/evaluations/${id}/cross-checks`),
    enabled: Boolean(id),
  });

/** A year's findings across forms, with counts by code and the latest run (polled while it runs). */
export const useCrossChecks = (year: number, params: { departmentId?: string; code?: string; page?: number }) =>
  useQuery({
    queryKey: ['cross-checks', year, params],
    queryFn: () => get<CrossCheckPage>(`/api/cross-checks/${year}${qs({ pageSize: 50, ...params })}`),
    refetchInterval: (q) => (q.state.data?.run?.status === 'Queued' || q.state.data?.run?.status === 'Running' ? 1_500 : false),
  });

export const useRectifications = (params: { year?: number; status?: string }) =>
  useQuery({
    queryKey: ['rectifications', params],
    queryFn: () => get<Page<RectificationNotice>>(`/api/rectifications${qs({ pageSize: 200, ...params })}`),
  });

export const useRectification = (id: string | undefined) =>
  useQuery({
    queryKey: ['rectification', id],
    queryFn: () => get<RectificationNotice>(`/api/rectifications/${id}`),
    enabled: Boolean(id),
  });

/** A notice's events, oldest first, with their summaries. */
export const useRectificationHistory = (id: string | undefined, version: number | undefined) =>
  useQuery({
    queryKey: ['rectification-history', id, version],
    queryFn: () => get<HistoryView>(`/api/rectifications/${id}/history`),
    enabled: Boolean(id),
  });

export const useBudgetAdvice = (year: number, departmentId?: string) =>
  useQuery({
    queryKey: ['budget-advice', year, departmentId],
    queryFn: () => get<BudgetAdviceView>(`/api/budget-advice/${year}${qs({ departmentId })}`),
  });

/** Names by id of departments, units and people, from the directory (fetched once, revalidated every few minutes). */
export const useDirectoryNames = () =>
  useQuery({
    queryKey: ['directory-names'],
    queryFn: () => get<DirectoryNames>('/api/directory/names'),
    staleTime: 5 * 60_000,
  });

/** A function that names an id of the given kind (the id itself while the names load or when the directory has none). */
export const useNameOf = () => {
  const names = useDirectoryNames().data;
  return (kind: NameKind, id: string | null | undefined, fallback?: string | null) => directoryNameOf(names, kind, id, fallback);
};
/** The signed-in person as the platform sees them after the directory (GET /api/me). */
export interface Me {
  id: string;
  name: string;
  roles: string[];
  unitId: string | null;
  unitName: string | null;
  departments: { id: string; name: string }[];
}

/**
 * The signed-in person's unit and departments as the directory scopes them (the token's only for a person the
 * directory does not know): what a page compares with a document's unit or department, instead of the token's claims.
 */
export const useMe = () => {
  const userId = useSession()?.user.id;
  return useQuery({ queryKey: ['me', userId], queryFn: () => get<Me>('/api/me'), enabled: Boolean(userId), staleTime: 60_000 });
};

/** The names of codes (findings, event types, sources, actors), read once per session: GET /api/names. */
export const useNames = () =>
  useQuery({ queryKey: ['names'], queryFn: () => get<import('../lib/names').Names>('/api/names'), staleTime: Infinity });
// The caller's notifications (GET /api/notifications) and the header's unread count, polled every 30 s.
export const useNotifications = (params: { unread?: boolean; page?: number; pageSize?: number }) =>
  useQuery({
    queryKey: ['notifications', params],
    queryFn: () => get<Page<NotificationView>>(`/api/notifications${qs({ pageSize: 20, ...params })}`),
    refetchInterval: 30_000,
  });

export const useUnreadCount = (enabled: boolean) =>
  useQuery({
    queryKey: ['notifications', 'unread-count'],
    queryFn: async () => (await get<Page<NotificationView>>('/api/notifications?unread=true&pageSize=1')).total,
    refetchInterval: 30_000,
    enabled,
  });

// The fiscal years that have forms the user may read (GET /api/years), newest first: pages open on the latest.
export const useFormYears = () =>
  useQuery({
    queryKey: ['form-years'],
    queryFn: () => get<{ years: number[]; latest: number | null }>('/api/years'),
    staleTime: 60_000,
  });

/** The page's year (?year=), opening on the latest year with forms when the address names none. */
export function useDataYear(otherwise: number): { year: number; setYear: (year: number) => void; withData: number[] } {
  const years = useFormYears();
  const [year, setYear] = useYearParam(defaultYear(years.data?.latest, otherwise), years.isPending);
  return { year, setYear, withData: years.data?.years ?? [] };
}
