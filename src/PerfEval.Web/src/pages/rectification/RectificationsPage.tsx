import { Button, Card, Form, Input, Select, Space, Table, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { send } from '../../api/client';
import { useEvaluation, useEvaluations, useNames, useRectifications } from '../../api/hooks';
import { nameOf } from '../../lib/names';
import type { RectificationNotice } from '../../api/types';
import { useSession } from '../../auth/session';
import FormKindTag from '../../components/FormKindTag';
import ProblemAlert from '../../components/ProblemAlert';
import { RectificationStatusTag } from '../../components/RectificationTags';
import { cellLabel, daysAfter, rectificationStatuses, recheckCells } from '../../lib/rectifications';
import { today as todayOf } from '../../lib/tasks';
import { day, marks } from '../../lib/format';
import { useYearParam } from '../../lib/useYearParam';
import { yearChoices, yearOptions } from '../../lib/years';
import { message } from '../../components/feedback';

/**
 * Rectification notices (问题整改) of a year: a unit's own, a reviewer's departments', or all for management. Reviewers
 * and managers issue a notice about a submitted form from here.
 */
export default function RectificationsPage() {
  const { t, i18n } = useTranslation();
  const session = useSession();
  const [year, setYear] = useYearParam(new Date().getFullYear() - 1);
  const [status, setStatus] = useState<string | undefined>();
  const notices = useRectifications({ year, status });
  const today = todayOf();
  const issuer = Boolean(session?.user.roles.some((r) => r === 'reviewer' || r === 'manager'));
  const [issuing, setIssuing] = useState(false);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('rectification.title')}</Typography.Title>
      <Space wrap>
        <label>{t('common.year')}{' '}
          <Select aria-label={t('common.year')} style={{ width: 110 }} value={year} onChange={setYear}
            options={yearChoices(yearOptions.map((o) => o.value), year)} />
        </label>
        <label>{t('common.status')}{' '}
          <Select aria-label={t('common.status')} style={{ width: 130 }} value={status ?? ''} onChange={(v) => setStatus(v || undefined)}
            options={[{ value: '', label: t('common.all') }, ...rectificationStatuses.map((s) => ({ value: s, label: t(`rectificationStatus.${s}`) }))]} />
        </label>
        {issuer && !issuing && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setIssuing(true)} data-testid="issue-rectification">
            {t('rectification.issue')}
          </Button>
        )}
      </Space>
      {issuing && <IssueCard year={year} onClose={() => setIssuing(false)} />}
      <ProblemAlert error={notices.error} />
      <Table<RectificationNotice> rowKey="id" loading={notices.isLoading} dataSource={notices.data?.items ?? []} pagination={{ pageSize: 20 }}
        aria-label={t('rectification.title')} scroll={{ x: 900 }} locale={{ emptyText: <span style={{ color: 'rgba(0, 0, 0, 0.62)' }}>{t('rectification.none')}</span> }}
        columns={[
          { title: t('rectification.subject'), key: 's', render: (_, n) => <><Link to={`/rectifications/${n.id}`} data-testid="rectification-link">{n.subject}</Link> <FormKindTag kind={n.formKind} /></> },
          { title: t('common.unit'), dataIndex: 'unitName', key: 'u' },
          { title: t('rectification.problems'), key: 'p', width: 90, render: (_, n) => n.problems.length },
          { title: t('rectification.deadline'), key: 'd', width: 120, render: (_, n) => day(n.deadline, i18n.language) },
          { title: t('common.status'), key: 'st', render: (_, n) => <RectificationStatusTag notice={n} today={today} /> },
          { title: t('rectification.issuedBy'), dataIndex: 'issuedByName', key: 'i' },
        ]} />
    </Space>
  );
}

interface IssueValues {
  evaluationId?: string;
  problems: { description?: string; findingCode?: string; recheckCell?: string }[];
  requirement?: string;
  deadline?: string;
}

/** The notice a reviewer or manager issues about one of the year's submitted forms. */
function IssueCard({ year, onClose }: { year: number; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const names = useNames().data;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<IssueValues>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const forms = useEvaluations({ fiscalYear: year, pageSize: 200 });
  const chosenId = Form.useWatch('evaluationId', form);
  const chosen = useEvaluation(chosenId);
  const findingCodes = [...new Set((chosen.data?.scorecard?.findings ?? []).map((f) => f.code))];
  const cells = recheckCells(chosen.data?.rechecks);
  const submitted = (forms.data?.items ?? []).filter((e) => e.status !== 'Draft');

  async function issue(values: IssueValues) {
    setBusy(true);
    setError(null);
    try {
      const sent = await send<RectificationNotice>('/api/rectifications', {
        method: 'POST',
        json: {
          evaluationId: values.evaluationId,
          problems: values.problems.map((p) => ({ description: p.description, findingCode: p.findingCode || null, recheckCell: p.recheckCell || null })),
          requirement: values.requirement,
          deadline: values.deadline,
        },
      });
      void message.success(t('rectification.issued'));
      await queryClient.invalidateQueries({ queryKey: ['rectifications'] });
      void navigate(`/rectifications/${sent.body.id}`);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card title={t('rectification.issue')} data-testid="issue-card">
      <Form<IssueValues> form={form} layout="vertical" onFinish={(v) => void issue(v)}
        initialValues={{ problems: [{}], deadline: daysAfter(todayOf(), 30) }}>
        <Form.Item name="evaluationId" label={t('rectification.form')} rules={[{ required: true, message: t('rectification.chooseForm') }]}>
          <Select aria-label={t('rectification.form')} showSearch optionFilterProp="label" loading={forms.isLoading}
            options={submitted.map((e) => ({ value: e.id, label: marks(i18n.language).aside(e.projectName, e.implementingUnit) }))} />
        </Form.Item>
        <Form.List name="problems">
          {(fields, { add, remove }) => (
            <>
              {fields.map((field, i) => (
                <Space key={field.key} align="start" wrap style={{ display: 'flex' }}>
                  <Form.Item name={[field.name, 'description']} label={t('rectification.problemN', { n: i + 1 })}
                    rules={[{ required: true, message: t('rectification.describe') }]}>
                    <Input.TextArea aria-label={t('rectification.problemN', { n: i + 1 })} rows={2} style={{ width: 420 }} maxLength={2000} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'findingCode']} label={t('rectification.finding')}>
                    <Select aria-label={`${t('rectification.finding')} ${i + 1}`} allowClear style={{ width: 240 }}
                      options={findingCodes.map((c) => ({ value: c, label: nameOf(names, 'findings', c, i18n.language) }))} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'recheckCell']} label={t('rectification.recheckCell')}>
                    <Select aria-label={`${t('rectification.recheckCell')} ${i + 1}`} allowClear style={{ width: 160 }}
                      options={cells.map((c) => ({ value: c, label: cellLabel(c, i18n.language) }))} />
                  </Form.Item>
                  {fields.length > 1 && (
                    <Button type="text" aria-label={t('rectification.removeProblem')} icon={<MinusCircleOutlined />} onClick={() => remove(field.name)} />
                  )}
                </Space>
              ))}
              <Button onClick={() => add({})} icon={<PlusOutlined />}>{t('rectification.addProblem')}</Button>
            </>
          )}
        </Form.List>
        <Form.Item name="requirement" label={t('rectification.requirement')} rules={[{ required: true, message: t('rectification.describe') }]} style={{ marginTop: 16 }}>
          <Input.TextArea aria-label={t('rectification.requirement')} rows={2} maxLength={2000} />
        </Form.Item>
        <Form.Item name="deadline" label={t('rectification.deadline')} rules={[{ required: true }]}>
          <Input type="date" aria-label={t('rectification.deadline')} style={{ width: 180 }} />
        </Form.Item>
        <ProblemAlert error={error} />
        <Space style={{ marginTop: 8 }}>
          <Button type="primary" htmlType="submit" loading={busy} data-testid="send-rectification">{t('rectification.send')}</Button>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
        </Space>
      </Form>
    </Card>
  );
}
