import { Alert, Button, Card, Descriptions, Form, Input, InputNumber, Space, Spin, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, send } from '../../api/client';
import { useCalendar, useDataYear } from '../../api/hooks';
import type { Calendar } from '../../api/types';
import { useSession } from '../../auth/session';
import ProblemAlert from '../../components/ProblemAlert';
import { calendarBody, calendarValuesOf, fieldMessages, monitoringRound, type CalendarValues } from '../../lib/calendar';
import { yearOptions } from '../../lib/years';
import YearSelect from '../../components/YearSelect';
import { message } from '../../components/feedback';

/** A fiscal year's due dates: everyone reads them, administrators set them. The year is the URL's `?year=`. */
export default function CalendarPage() {
  const { t } = useTranslation();
  const session = useSession();
  const isAdmin = session?.user.roles.includes('admin') ?? false;
  const thisYear = new Date().getFullYear();
  // Without ?year= the page opens on the latest year with forms (this year when there are none).
  const { year, setYear, withData } = useDataYear(thisYear);
  const calendar = useCalendar(year);
  // The figures below are always the shown year's: while another year loads, none are shown.
  const loaded = calendar.isSuccess ? calendar.data : undefined;
  const round = monitoringRound(loaded);

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%', maxWidth: 720 }}>
      <Typography.Title level={2}>{t('calendar.title')}</Typography.Title>
      <label>{t('common.year')}{' '}<YearSelect value={year} onChange={setYear}
        offered={[thisYear + 1, ...yearOptions.map((o) => o.value)]} withData={withData} /></label>
      {calendar.isPending && <Spin />}
      {loaded === null && <Alert type="info" showIcon title={t('calendar.notSet')} />}
      <ProblemAlert error={calendar.error} />
      {!isAdmin && loaded && (
        <Descriptions bordered size="small" column={1} title={t('calendar.ofYear', { year })} data-testid="calendar" data-year={year} items={[
          { key: 's', label: t('calendar.selfDue'), children: loaded.selfEvaluationDue },
          { key: 'r', label: t('calendar.reviewDue'), children: loaded.reviewDue },
          {
            key: 'm', label: t('calendar.monitoring'),
            children: round ? t('calendar.monitoringRound', { month: round.month, due: round.due }) : t('calendar.noMonitoring'),
          },
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

const fields: (keyof CalendarValues)[] = ['selfEvaluationDue', 'reviewDue', 'monitoringCutOffMonth', 'monitoringDue', 'timeZone'];

function CalendarForm({ year, calendar }: { year: number; calendar: Calendar | null }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<CalendarValues>();
  const [error, setError] = useState<unknown>(null);

  async function save(v: CalendarValues) {
    setError(null);
    form.setFields(fields.map((name) => ({ name, errors: [] })));
    try {
      await send(`/api/calendar/${year}`, { method: 'PUT', json: calendarBody(v) });
      void message.success(t('calendar.saved'));
      await queryClient.invalidateQueries({ queryKey: ['calendar', year] });
    } catch (e) {
      // A field's problem is shown next to the field; the rest (reminder days, the year) above the form.
      const messages = e instanceof ApiError
        ? fieldMessages(e.problem, i18n.language.startsWith('zh'), (f) => t(`calendar.invalid.${f}`, { defaultValue: '' }) || undefined)
        : {};
      const onFields = fields.filter((f) => messages[f]);
      form.setFields(onFields.map((name) => ({ name, errors: [messages[name]] })));
      const rest = Object.keys(messages).filter((f) => !onFields.includes(f as keyof CalendarValues));
      if (!(e instanceof ApiError) || rest.length > 0 || onFields.length === 0) setError(e);
    }
  }

  return (
    <Card title={t('calendar.ofYear', { year })} data-testid="calendar-form" data-year={year}>
      <ProblemAlert error={error} />
      <Form<CalendarValues> form={form} layout="vertical" initialValues={calendarValuesOf(calendar)} onFinish={(v) => void save(v)}>
        <Form.Item name="selfEvaluationDue" label={t('calendar.selfDue')} rules={[{ required: true }]}><Input type="date" /></Form.Item>
        <Form.Item name="reviewDue" label={t('calendar.reviewDue')} rules={[{ required: true }]}><Input type="date" /></Form.Item>
        <fieldset className="calendar-round" data-testid="monitoring-round">
          <legend>{t('calendar.monitoring')}</legend>
          <Typography.Paragraph type="secondary">{t('calendar.monitoringHint')}</Typography.Paragraph>
          <Space wrap size="large" align="start">
            <Form.Item name="monitoringCutOffMonth" label={t('calendar.cutOffMonth')}>
              <InputNumber min={1} max={12} precision={0} style={{ width: 140 }} suffix={t('targets.monthUnit')} />
            </Form.Item>
            <Form.Item name="monitoringDue" label={t('calendar.monitoringDue')}><Input type="date" style={{ width: 200 }} /></Form.Item>
          </Space>
        </fieldset>
        <Form.Item name="offsets" label={t('calendar.offsets')}><Input /></Form.Item>
        <Form.Item name="timeZone" label={t('calendar.timeZone')}><Input /></Form.Item>
        <Button type="primary" htmlType="submit">{t('common.save')}</Button>
      </Form>
    </Card>
  );
}
