import { Button, Card, Space, Spin, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { ApiError, etagOf, get, send } from '../../api/client';
import { useTarget, useTargetFindings } from '../../api/hooks';
import type { Finding, TargetContent, TargetDeclaration } from '../../api/types';
import FindingsList from '../../components/FindingsList';
import ProblemAlert from '../../components/ProblemAlert';
import TargetContentEditor from '../../components/TargetContentEditor';
import { TargetStatusTag } from '../../components/TargetTags';
import { blankTargets, hasErrors } from '../../lib/targets';
import { withYear, yearFrom } from '../../lib/years';
import { message, modal } from '../../components/feedback';

/** The declaration editor: the official layout with inputs, saved as a draft, the checks shown after each save. */
export default function TargetEditorPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params, setParams] = useSearchParams();
  const existing = useTarget(id);
  const findings = useTargetFindings(id, existing.data?.version);
  const [edited, setEdited] = useState<TargetContent | null>(() =>
    id ? null : blankTargets(yearFrom(params.get('year'), new Date().getFullYear())));
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const content = edited ?? existing.data?.content ?? null;

  if (id && existing.isLoading) return <Spin />;
  if (id && existing.error) return <ProblemAlert error={existing.error} />;
  if (!content) return <Spin />;

  /** Saves the content (creating the declaration the first time); the saved declaration, or null on a problem. */
  async function save(): Promise<TargetDeclaration | null> {
    setError(null);
    try {
      if (id && existing.data) {
        if (!edited) return existing.data;
        const { body } = await send<TargetDeclaration>(`/api/targets/${id}`, { method: 'PUT', json: content, ifMatch: etagOf(existing.data.version) });
        queryClient.setQueryData(['target', id], body);
        setEdited(null);
        return body;
      }
      const { body } = await send<TargetDeclaration>('/api/targets', { method: 'POST', json: content });
      queryClient.setQueryData(['target', body.id], body);
      // The page stays mounted on the new address: from now on it shows the saved declaration and its checks.
      setEdited(null);
      void navigate(`/unit/targets/${body.id}/edit`, { replace: true });
      return body;
    } catch (e) {
      setError(e instanceof ApiError && e.problem.status === 412 ? new Error(t('form.conflict')) : e);
      return null;
    } finally {
      await queryClient.invalidateQueries({ queryKey: ['targets'] });
    }
  }

  async function saveDraft() {
    setBusy(true);
    try {
      if (await save()) void message.success(t('common.saved'));
    } finally {
      setBusy(false);
    }
  }

  async function submit() {
    setBusy(true);
    try {
      const saved = await save();
      if (!saved) return;
      const found = await get<Finding[]>(`/api/targets/${saved.id}/findings`);
      queryClient.setQueryData(['target-findings', saved.id, saved.version], found);
      const errors = found.filter((f) => f.severity === 'Error').length;
      if (hasErrors(found)) {
        const ok = await modal.confirm({ title: t('targets.submitConfirm', { n: errors }), okText: t('unit.submit'), cancelText: t('common.cancel') });
        if (!ok) return;
      }
      await send(`/api/targets/${saved.id}/submit`, { method: 'POST', ifMatch: etagOf(saved.version), idempotent: true });
      void message.success(t('targets.submitted'));
      await queryClient.invalidateQueries({ queryKey: ['target', saved.id] });
      await queryClient.invalidateQueries({ queryKey: ['targets'] });
      void navigate(`/targets/${saved.id}`);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div>
      <Typography.Title level={2}>
        {id ? t('targets.edit') : t('targets.declare')} {existing.data && <TargetStatusTag status={existing.data.status} />}
      </Typography.Title>
      <div className="editor-layout">
        <Space orientation="vertical" size="middle" style={{ width: '100%', minWidth: 0 }}>
          <TargetContentEditor content={content} onChange={setEdited} findings={edited ? [] : findings.data ?? []} identityFixed={Boolean(id)}
            onYearChange={(year) => { if (!id && yearFrom(String(year), 0) === year) setParams((p) => withYear(p, year), { replace: true }); }} />
          <ProblemAlert error={error} />
          <Space>
            <Button loading={busy} onClick={() => void saveDraft()} data-testid="save-targets">{t('form.saveDraft')}</Button>
            <Button type="primary" loading={busy} onClick={() => void submit()} data-testid="submit-targets">{t('unit.submit')}</Button>
            <Button onClick={() => void navigate(id ? `/targets/${id}` : '/unit/targets')}>{t('common.cancel')}</Button>
          </Space>
        </Space>
        <aside className="editor-side" aria-label={t('targets.checks')}>
          <Card size="small" title={t('targets.checks')} extra={findings.isFetching ? <Spin size="small" /> : null}>
            <Typography.Paragraph type="secondary">{t('targets.checksHint')}</Typography.Paragraph>
            {!id || edited ? <Typography.Paragraph>{t('targets.saveFirst')}</Typography.Paragraph> : null}
            {id && findings.data && <FindingsList findings={findings.data} />}
            <ProblemAlert error={findings.error} />
          </Card>
        </aside>
      </div>
    </div>
  );
}
