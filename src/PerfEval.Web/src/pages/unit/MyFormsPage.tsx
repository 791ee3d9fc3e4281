import { App, Button, Card, Select, Space, Switch, Table, Typography, Upload } from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { download, send } from '../../api/client';
import { useEvaluations } from '../../api/hooks';
import { statuses, type Evaluation, type ImportResponse } from '../../api/types';
import ProblemAlert from '../../components/ProblemAlert';
import StatusTag from '../../components/StatusTag';
import { dateTime, grade, num } from '../../lib/format';
import ImportPreview from './ImportPreview';

const years = Array.from({ length: 6 }, (_, i) => new Date().getFullYear() - i);

export default function MyFormsPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [year, setYear] = useState<number | undefined>();
  const [status, setStatus] = useState<string | undefined>();
  const [importError, setImportError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const forms = useEvaluations({ fiscalYear: year, status });

  const [perForm, setPerForm] = useState(true);
  const [preview, setPreview] = useState<{ file: File; answer: ImportResponse } | null>(null);

  function upload(file: File, query: string) {
    const data = new FormData();
    data.append('file', file, file.name);
    return send<ImportResponse>(`/api/evaluations/import${query}`, { method: 'POST', form: data });
  }

  async function importFile(file: File) {
    setImportError(null);
    setPreview(null);
    setBusy(true);
    try {
      if (perForm) {
        // Read first, store nothing: the unit sees every form found and picks those to store.
        const { body } = await upload(file, '?mode=per-form&preview=true');
        setPreview({ file, answer: body });
        return;
      }

      const { body } = await upload(file, '');
      void message.success(t('unit.imported', { count: body.created.length }));
      await queryClient.invalidateQueries({ queryKey: ['evaluations'] });
    } catch (e) {
      setImportError(e);
    } finally {
      setBusy(false);
    }
  }

  async function storeSelected(indexes: number[]) {
    if (!preview) return;
    setImportError(null);
    setBusy(true);
    try {
      const { body } = await upload(preview.file, `?mode=per-form&forms=${indexes.join(',')}`);
      void message.success(t('importPreview.stored', { count: body.created.length }));
      setPreview(null);
      await queryClient.invalidateQueries({ queryKey: ['evaluations'] });
    } catch (e) {
      setImportError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('unit.myForms')}</Typography.Title>
      <Card>
        <Space wrap>
          <Upload accept=".txt,.pdf,.docx,.xlsx,.json" showUploadList={false} beforeUpload={(file) => { void importFile(file); return false; }}>
            <Button icon={<UploadOutlined />} loading={busy} data-testid="import-button">{t('unit.import')}</Button>
          </Upload>
          <Button icon={<PlusOutlined />} onClick={() => void navigate(year ? `/unit/forms/new?year=${year}` : '/unit/forms/new')}>{t('form.create')}</Button>
          <Button icon={<DownloadOutlined />} onClick={() => void download('/api/evaluations/template', 'perfeval-template.xlsx')}>
            {t('unit.template')}
          </Button>
          <label title={t('importPreview.perFormHint')}>
            <Switch checked={perForm} onChange={setPerForm} aria-label={t('importPreview.perForm')} data-testid="import-per-form" /> {t('importPreview.perForm')}
          </label>
          <Typography.Text type="secondary">{t('unit.importHint')}</Typography.Text>
        </Space>
        {importError != null && <div style={{ marginTop: 12 }} data-testid="import-errors"><ProblemAlert error={importError} /></div>}
        {preview && <ImportPreview key={preview.file.name + preview.file.lastModified} preview={preview.answer} busy={busy}
          onStore={(indexes) => void storeSelected(indexes)} onCancel={() => setPreview(null)} />}
      </Card>
      <Space wrap>
        <label>{t('common.year')}{' '}
          <Select aria-label={t('common.year')} style={{ width: 120 }} allowClear placeholder={t('common.all')} value={year}
            onChange={setYear} options={years.map((y) => ({ value: y, label: y }))} />
        </label>
        <label>{t('common.status')}{' '}
          <Select aria-label={t('common.status')} style={{ width: 160 }} allowClear placeholder={t('common.all')} value={status}
            onChange={setStatus} options={statuses.map((s) => ({ value: s, label: t(`status.${s}`) }))} />
        </label>
      </Space>
      <ProblemAlert error={forms.error} />
      <Table<Evaluation> rowKey="id" loading={forms.isLoading} dataSource={forms.data?.items ?? []} pagination={{ pageSize: 20 }}
        aria-label={t('unit.myForms')} scroll={{ x: 900 }}
        columns={[
          { title: t('common.project'), key: 'p', render: (_, e) => <Link to={`/forms/${e.id}`}>{e.projectName}</Link> },
          { title: t('common.year'), dataIndex: 'fiscalYear', key: 'y', width: 80 },
          { title: t('common.status'), key: 's', render: (_, e) => <StatusTag status={e.status} /> },
          { title: t('unit.claimedTotal'), key: 'c', align: 'right', render: (_, e) => num(e.form.claimedTotal) },
          { title: t('unit.computedTotal'), key: 'r', align: 'right', render: (_, e) => num(e.scorecard?.computedTotal) },
          { title: t('unit.finalTotal'), key: 'f', align: 'right', render: (_, e) => (e.finalTotal != null ? `${num(e.finalTotal)} ${grade(e.finalGrade, i18n.language)}` : '—') },
          { title: t('common.updated'), key: 'u', render: (_, e) => dateTime(e.updatedAt, i18n.language) },
          {
            title: t('common.actions'), key: 'a', render: (_, e) => (
              <Space>
                <Link to={`/forms/${e.id}`}>{t('unit.view')}</Link>
                {(e.status === 'Draft' || e.status === 'RevisionRequested') && <Link to={`/unit/forms/${e.id}/edit`}>{t('unit.edit')}</Link>}
                <Button type="link" size="small" onClick={() => void download(`/api/evaluations/${e.id}/export?format=xlsx`, `${e.projectName}.xlsx`)}>
                  xlsx
                </Button>
              </Space>
            ),
          },
        ]} />
    </Space>
  );
}
