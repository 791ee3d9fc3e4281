import { Button, Card, Descriptions, Space, Spin, Typography } from 'antd';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router-dom';
import { download, etagOf, send } from '../api/client';
import { useEvaluation, useMe } from '../api/hooks';
import { useSession } from '../auth/session';
import EvidencePanel from '../components/EvidencePanel';
import FindingsList from '../components/FindingsList';
import FormSheet from '../components/FormSheet';
import ProblemAlert from '../components/ProblemAlert';
import ReportSectionsPanel from '../components/ReportSectionsPanel';
import ReviewNotes from '../components/ReviewNotes';
import StatusTag from '../components/StatusTag';
import FormKindTag from '../components/FormKindTag';
import { titleOf } from '../lib/departmentWide';
import { grade, score } from '../lib/format';
import { messageOf } from '../lib/findings';
import type { Scorecard } from '../api/types';
import { message, modal } from '../components/feedback';

/** One form as anyone allowed to read it sees it, with the actions of the reader's role. */
export default function FormPage() {
  const { id } = useParams();
  const { t, i18n } = useTranslation();
  const session = useSession();
  const me = useMe().data;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const evaluation = useEvaluation(id, (q: { state: { data?: { status: string; scorecard: unknown } } }) => (q.state.data?.status === 'Submitted' && !q.state.data.scorecard ? 1_000 : false));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  // The rules' findings on the form as it would be submitted: open errors are named before 提交审核.
  const draft = evaluation.data && (evaluation.data.status === 'Draft' || evaluation.data.status === 'RevisionRequested') ? evaluation.data.form : null;
  const preview = useQuery({
    queryKey: ['score-preview', draft],
    queryFn: async () => (await send<Scorecard>('/api/evaluations/score-preview', { method: 'POST', json: draft })).body,
    enabled: draft != null,
    retry: false,
  });

  if (evaluation.isLoading) return <Spin />;
  if (!evaluation.data) return <ProblemAlert error={evaluation.error} />;
  const e = evaluation.data;
  const isUnit = session?.user.roles.includes('unit') && me?.unitId === e.unitId;
  const editable = e.status === 'Draft' || e.status === 'RevisionRequested';

  const openErrors = (preview.data?.findings ?? []).filter((f) => f.severity === 'Error');
  function confirmSubmit() {
    if (openErrors.length === 0) {
      void submit();
      return;
    }
    void modal.confirm({
      title: t('sheet.submitWithErrors', { n: openErrors.length }),
      content: (
        <ol data-testid="submit-confirm">{openErrors.map((f, i) => <li key={i}>{messageOf(f, i18n.language)}</li>)}</ol>
      ),
      okText: t('sheet.submitAnyway'), cancelText: t('common.cancel'), width: 560,
      onOk: () => submit(),
    });
  }

  async function submit() {
    setBusy(true);
    setError(null);
    try {
      await send(`/api/evaluations/${e.id}/submit`, { method: 'POST', ifMatch: etagOf(e.version), idempotent: true });
      void message.success(t(e.status === 'RevisionRequested' ? 'sheet.resubmitted' : 'sheet.submitted'));
      await queryClient.invalidateQueries({ queryKey: ['evaluation', e.id] });
      await queryClient.invalidateQueries({ queryKey: ['evaluations'] });
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ marginBottom: 0 }}>{titleOf(e.form, t)} <FormKindTag kind={e.form.kind} /> <StatusTag status={e.status} /></Typography.Title>
      <Card size="small" className="action-bar">
        <Space wrap>
          {isUnit && editable && <Button onClick={() => void navigate(`/unit/forms/${e.id}/edit`)}>{t('unit.edit')}</Button>}
          {isUnit && editable && (
            <Button type="primary" loading={busy} disabled={draft != null && preview.isFetching} onClick={confirmSubmit} data-testid="submit-form">
              {e.status === 'RevisionRequested' ? t('unit.resubmit') : t('unit.submit')}
            </Button>
          )}
          <Button onClick={() => void download(`/api/evaluations/${e.id}/export?format=xlsx`, `${e.projectName}.xlsx`)}>{t('unit.downloadXlsx')}</Button>
          <Button data-testid="download-report" onClick={() => void download(`/api/evaluations/${e.id}/report?format=docx`, `${e.projectName}-自评报告.docx`)}>{t('report.download')}</Button>
          <Button onClick={() => void navigate(`/forms/${e.id}/timeline`)}>{t('manager.timeline')}</Button>
        </Space>
        <Descriptions size="small" style={{ marginTop: 12 }} column={{ xs: 1, md: 4 }} items={[
          { key: 'c', label: t('unit.claimedTotal'), children: score(e.form.claimedTotal) },
          { key: 'r', label: t('unit.computedTotal'), children: <span data-testid="computed-total">{score(e.scorecard?.computedTotal)}</span> },
          ...(e.adjustments.length > 0 ? [{ key: 'v', label: t('form.reviewed'), children: `${score(e.reviewedTotal)} ${grade(e.reviewedGrade, i18n.language)}` }] : []),
          { key: 'f', label: t('unit.finalTotal'), children: e.finalTotal != null ? `${score(e.finalTotal)} ${grade(e.finalGrade, i18n.language)}` : '—' },
        ]} />
      </Card>
      <ProblemAlert error={error} />
      <ReviewNotes evaluation={e} />
      {e.scorecard && <FindingsList findings={e.scorecard.findings} />}
      <Card><FormSheet form={e.form} scorecard={e.scorecard} adjustments={e.adjustments} evidence={{ evaluationId: e.id, items: e.evidence ?? [] }} /></Card>
      <EvidencePanel evaluation={e} owner={Boolean(isUnit)} />
      <ReportSectionsPanel evaluation={e} owner={Boolean(isUnit)} />
    </Space>
  );
}
