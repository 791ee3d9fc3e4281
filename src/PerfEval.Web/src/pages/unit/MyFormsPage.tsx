import { Button, Space, Switch } from 'antd';
import { DownloadOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { lazy, Suspense, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { download, send } from '../../api/client';
import { useEvaluations } from '../../api/hooks';
import { statuses, type EvaluationSummary, type ImportResponse } from '../../api/types';
import ListTable from '../../components/ListTable';
import Panel from '../../components/Panel';
import PlainSelect from '../../components/PlainSelect';
import ProblemAlert from '../../components/ProblemAlert';
import StatusTag from '../../components/StatusTag';
import FormKindTag from '../../components/FormKindTag';
import { titleOfSummary } from '../../lib/departmentWide';
import { dateTime, grade, score } from '../../lib/format';
import { useListPage } from '../../lib/useListPage';
import { message } from '../../components/feedback';
// The import preview's table loads when a file has been read, not with the list.
const ImportPreview = lazy(() => import('./ImportPreview'));

const years = Array.from({ length: 6 }, (_, i) => new Date().getFullYear() - i);
const pageSize = 20;

export default function MyFormsPage() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [year, setYear] = useState<number | undefined>();
  const [status, setStatus] = useState<string | undefined>();
  const [importError, setImportError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [page, setPage] = useListPage(`${year ?? ''}/${status ?? ''}`);
  const forms = useEvaluations({ fiscalYear: year, status, page, pageSize });

  const [perForm, setPerForm] = useState(true);
  const fileInput = useRef<HTMLInputElement>(null);
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
      <h2 className="page-title">{t('unit.myForms')}</h2>
      <Panel>
        <Space wrap>
          {/* The browser's own file picker, opened by the button; the same file chosen again is read again. */}
          <input ref={fileInput} type="file" accept=".txt,.pdf,.docx,.xlsx,.json" hidden tabIndex={-1} aria-hidden="true"
            onChange={(e) => { const file = e.target.files?.[0]; e.target.value = ''; if (file) void importFile(file); }} />
          <Button icon={<UploadOutlined />} loading={busy} data-testid="import-button" onClick={() => fileInput.current?.click()}>{t('unit.import')}</Button>
          <Button icon={<PlusOutlined />} onClick={() => void navigate(year ? `/unit/forms/new?year=${year}` : '/unit/forms/new')}>{t('form.create')}</Button>
          {/* The blank forms of both kinds, with the year chosen below printed on them. */}
          <Button icon={<DownloadOutlined />} data-testid="template-project"
            onClick={() => void download(`/api/evaluations/template${year ? `?fiscalYear=${year}` : ''}`, 'perfeval-template.xlsx')}>
            {t('unit.template')}
          </Button>
          <Button icon={<DownloadOutlined />} data-testid="template-department-wide"
            onClick={() => void download(`/api/evaluations/template?kind=DepartmentWide${year ? `&fiscalYear=${year}` : ''}`, 'perfeval-template-department-wide.xlsx')}>
            {t('unit.templateDepartmentWide')}
          </Button>
          <label title={t('importPreview.perFormHint')}>
            <Switch checked={perForm} onChange={setPerForm} aria-label={t('importPreview.perForm')} data-testid="import-per-form" /> {t('importPreview.perForm')}
          </label>
          <span className="text-secondary">{t('unit.importHint')}</span>
        </Space>
        {importError != null && <div style={{ marginTop: 12 }} data-testid="import-errors"><ProblemAlert error={importError} /></div>}
        {preview && (
          <Suspense fallback={null}>
            <ImportPreview key={preview.file.name + preview.file.lastModified} preview={preview.answer} busy={busy}
              onStore={(indexes) => void storeSelected(indexes)} onCancel={() => setPreview(null)} />
          </Suspense>
        )}
      </Panel>
      <Space wrap>
        <label>{t('common.year')}{' '}
          <PlainSelect label={t('common.year')} width={120} placeholder={t('common.all')} value={year}
            onChange={setYear} options={years.map((y) => ({ value: y, label: String(y) }))} />
        </label>
        <label>{t('common.status')}{' '}
          <PlainSelect label={t('common.status')} width={160} placeholder={t('common.all')} value={status}
            onChange={setStatus} options={statuses.map((s) => ({ value: s, label: t(`status.${s}`) }))} />
        </label>
      </Space>
      <ProblemAlert error={forms.error} />
      <ListTable<EvaluationSummary> rowKey={(e) => e.id} loading={forms.isLoading} rows={forms.data?.items ?? []} pageSize={pageSize}
        server={{ page, total: forms.data?.total ?? 0, onPageChange: setPage }} label={t('unit.myForms')} minWidth={900}
        columns={[
          { title: t('common.project'), key: 'p', render: (e) => <><Link to={`/forms/${e.id}`}>{titleOfSummary(e, t)}</Link> <FormKindTag kind={e.kind} /></> },
          { title: t('common.year'), key: 'y', width: 80, render: (e) => e.fiscalYear },
          { title: t('common.status'), key: 's', render: (e) => <StatusTag status={e.status} /> },
          { title: t('unit.claimedTotal'), key: 'c', align: 'right', render: (e) => score(e.claimedTotal) },
          { title: t('unit.computedTotal'), key: 'r', align: 'right', render: (e) => score(e.computedTotal) },
          { title: t('unit.finalTotal'), key: 'f', align: 'right', render: (e) => (e.finalTotal != null ? `${score(e.finalTotal)} ${grade(e.finalGrade, i18n.language)}` : '—') },
          { title: t('common.updated'), key: 'u', render: (e) => dateTime(e.updatedAt, i18n.language) },
          {
            title: t('common.actions'), key: 'a', render: (e) => (
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
