import { Button, Card, Descriptions, Form, Input, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { etagOf, send } from '../api/client';
import type { Evaluation, ReportSections } from '../api/types';
import ProblemAlert from './ProblemAlert';
import { message } from './feedback';

const keys: (keyof ReportSections)[] = ['basicInfo', 'goalCompletion', 'deviationAndImprovement', 'resultUse'];

/** The text sections of the written report (自评报告): the form's unit writes them while the form is editable. */
export default function ReportSectionsPanel({ evaluation: e, owner }: { evaluation: Evaluation; owner: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ReportSections>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const editable = owner && (e.status === 'Draft' || e.status === 'RevisionRequested');
  const sections: ReportSections = e.reportSections ?? { basicInfo: '', goalCompletion: '', deviationAndImprovement: '', resultUse: '' };

  async function save(values: ReportSections) {
    setBusy(true);
    setError(null);
    try {
      await send(`/api/evaluations/${e.id}/report-sections`, { method: 'PUT', json: values, ifMatch: etagOf(e.version), idempotent: true });
      void message.success(t('report.saved'));
      await queryClient.invalidateQueries({ queryKey: ['evaluation', e.id] });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card title={t('report.title')} data-testid="report-sections">
      {editable ? (
        <Form form={form} layout="vertical" initialValues={sections} onFinish={(v) => void save(v)}>
          <Typography.Paragraph type="secondary">{t('report.hint')}</Typography.Paragraph>
          {keys.map((k) => (
            <Form.Item key={k} name={k} label={t(`report.${k}`)}>
              <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} maxLength={10000} />
            </Form.Item>
          ))}
          <ProblemAlert error={error} />
          <Button type="primary" htmlType="submit" loading={busy}>{t('report.save')}</Button>
        </Form>
      ) : (
        <>
          {owner && <Typography.Paragraph type="secondary">{t('report.frozen')}</Typography.Paragraph>}
          <Descriptions bordered size="small" column={1} items={keys.map((k) => ({
            key: k, label: t(`report.${k}`),
            children: <span style={{ whiteSpace: 'pre-wrap' }}>{sections[k] || t('report.empty')}</span>,
          }))} />
        </>
      )}
    </Card>
  );
}
