import { Alert, App, Button, Card, Descriptions, Form, Input, Select, Space, Spin, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, get, send } from '../../api/client';
import type { Calendar } from '../../api/types';
import { useSession } from '../../auth/session';
import ProblemAlert from '../../components/ProblemAlert';
import { yearOptions } from '../../lib/years';

interface Values { selfEvaluationDue: string; reviewDue: string; offsets: string; timeZone: string }

/** A fiscal year's due dates: everyone reads them, administrators set them. */
export default function CalendarPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const session = useSession();
  const queryClient = useQueryClient();
  const isAdmin = session?.user.roles.includes('admin') ?? false;
  const [year, setYear] = useState(new Date().getFullYear());
  const [error, setError] = useState<unknown>(null);
  const [form] = Form.useForm<Values>();
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

  useEffect(() => {
    const c = calendar.data;
    form.setFieldsValue(c
      ? { selfEvaluationDue: c.selfEvaluationDue, reviewDue: c.reviewDue, offsets: c.reminderOffsetsDays.join(', '), timeZone: c.timeZone }
      : { selfEvaluationDue: '', reviewDue: '', offsets: '30, 14, 7, 1', timeZone: 'Asia/Shanghai' });
  }, [calendar.data, form]);

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
    <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 720 }}>
      <Typography.Title level={2}>{t('calendar.title')}</Typography.Title>
      <label>{t('common.year')}{' '}<Select aria-label={t('common.year')} value={year} onChange={setYear} style={{ width: 110 }}
        options={[{ value: new Date().getFullYear() + 1, label: new Date().getFullYear() + 1 }, ...yearOptions]} /></label>
      {calendar.isLoading ? <Spin /> : calendar.data === null && <Alert type="info" showIcon title={t('calendar.notSet')} />}
      <ProblemAlert error={error ?? calendar.error} />
      {!isAdmin && calendar.data && (
        <Descriptions bordered size="small" column={1} items={[
          { key: 's', label: t('calendar.selfDue'), children: calendar.data.selfEvaluationDue },
          { key: 'r', label: t('calendar.reviewDue'), children: calendar.data.reviewDue },
          { key: 'o', label: t('calendar.offsets'), children: calendar.data.reminderOffsetsDays.join(', ') },
          { key: 'z', label: t('calendar.timeZone'), children: calendar.data.timeZone },
        ]} />
      )}
      {!isAdmin && <Typography.Text type="secondary">{t('calendar.adminOnly')}</Typography.Text>}
      {isAdmin && (
        <Card>
          <Form form={form} layout="vertical" onFinish={(v) => void save(v)}>
            <Form.Item name="selfEvaluationDue" label={t('calendar.selfDue')} rules={[{ required: true }]}><Input type="date" /></Form.Item>
            <Form.Item name="reviewDue" label={t('calendar.reviewDue')} rules={[{ required: true }]}><Input type="date" /></Form.Item>
            <Form.Item name="offsets" label={t('calendar.offsets')}><Input /></Form.Item>
            <Form.Item name="timeZone" label={t('calendar.timeZone')}><Input /></Form.Item>
            <Button type="primary" htmlType="submit">{t('common.save')}</Button>
          </Form>
        </Card>
      )}
    </Space>
  );
}
