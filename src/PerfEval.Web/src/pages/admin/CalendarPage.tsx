import { Alert, App, Button, Card, Descriptions, Form, Input, Select, Space, Spin, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, get, send } from '../../api/client';
import type { Calendar } from '../../api/types';
import { useSession } from '../../auth/session';
import ProblemAlert from '../../components/ProblemAlert';
import { useYearParam } from '../../lib/useYearParam';
import { yearChoices, yearOptions } from '../../lib/years';

interface Values { selfEvaluationDue: string; reviewDue: string; offsets: string; timeZone: string }

const valuesOf = (c: Calendar | null): Values => c
  ? { selfEvaluationDue: c.selfEvaluationDue, reviewDue: c.reviewDue, offsets: c.reminderOffsetsDays.join(', '), timeZone: c.timeZone }
  : { selfEvaluationDue: '', reviewDue: '', offsets: '30, 14, 7, 1', timeZone: 'Asia/Shanghai' };

/** A fiscal year's due dates: everyone reads them, administrators set them. The year is the URL's `?year=`. */
export default function CalendarPage() {
  const { t } = useTranslation();
  const session = useSession();
  const isAdmin = session?.user.roles.includes('admin') ?? false;
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useYearParam(thisYear);
  const calendar = useQuery({
    queryKey: ['calendar', year],
    queryFn: async () => {
      try {
        return await get<Calendar>(`/api/calendar/${year}`);
      } catch (e) {
        if (e instanceof ApiError && e.problem.status === 404) return null;
        throw e;
      }
    },
  });
  // The figures below are always the shown year's: while another year loads, none are shown.
  const loaded = calendar.isSuccess ? calendar.data : undefined;

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 720 }}>
      <Typography.Title level={2}>{t('calendar.title')}</Typography.Title>
      <label>{t('common.year')}{' '}<Select aria-label={t('common.year')} value={year} onChange={setYear} style={{ width: 110 }}
        options={yearChoices([thisYear + 1, ...yearOptions.map((o) => o.value)], year)} /></label>
      {calendar.isPending && <Spin />}
      {loaded === null && <Alert type="info" showIcon title={t('calendar.notSet')} />}
      <ProblemAlert error={calendar.error} />
      {!isAdmin && loaded && (
        <Descriptions bordered size="small" column={1} title={t('calendar.ofYear', { year })} data-testid="calendar" data-year={year} items={[
          { key: 's', label: t('calendar.selfDue'), children: loaded.selfEvaluationDue },
          { key: 'r', label: t('calendar.reviewDue'), children: loaded.reviewDue },
          { key: 'o', label: t('calendar.offsets'), children: loaded.reminderOffsetsDays.join(', ') },
          { key: 'z', label: t('calendar.timeZone'), children: loaded.timeZone },
        ]} />
      )}
      {!isAdmin && <Typography.Text type="secondary">{t('calendar.adminOnly')}</Typography.Text>}
      {/* One form per year, filled from that year's dates once they are loaded; a refetch never overwrites typing. */}
      {isAdmin && loaded !== undefined && <CalendarForm key={year} year={year} calendar={loaded} />}
    </Space>
  );
}

function CalendarForm({ year, calendar }: { year: number; calendar: Calendar | null }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);

  async function save(v: Values) {
    setError(null);
    try {
      await send(`/api/calendar/${year}`, {
        method: 'PUT',
        json: {
          selfEvaluationDue: v.selfEvaluationDue, reviewDue: v.reviewDue, timeZone: v.timeZone,
          reminderOffsetsDays: v.offsets.split(/[,，\s]+/).filter(Boolean).map(Number),
        },
      });
      void message.success(t('calendar.saved'));
      await queryClient.invalidateQueries({ queryKey: ['calendar', year] });
    } catch (e) {
      setError(e);
    }
  }

  return (
    <Card title={t('calendar.ofYear', { year })} data-testid="calendar-form" data-year={year}>
      <ProblemAlert error={error} />
      <Form<Values> layout="vertical" initialValues={valuesOf(calendar)} onFinish={(v) => void save(v)}>
        <Form.Item name="selfEvaluationDue" label={t('calendar.selfDue')} rules={[{ required: true }]}><Input type="date" /></Form.Item>
        <Form.Item name="reviewDue" label={t('calendar.reviewDue')} rules={[{ required: true }]}><Input type="date" /></Form.Item>
        <Form.Item name="offsets" label={t('calendar.offsets')}><Input /></Form.Item>
        <Form.Item name="timeZone" label={t('calendar.timeZone')}><Input /></Form.Item>
        <Button type="primary" htmlType="submit">{t('common.save')}</Button>
      </Form>
    </Card>
  );
}
