import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Modal, Select, Space, Table, Tabs, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, download, get, send } from '../../api/client';
import ProblemAlert from '../../components/ProblemAlert';
import { dateTime } from '../../lib/format';
import '../../lib/directoryText';
import { message } from '../../components/feedback';

interface Department { id: string; code: string; name: string }
interface Unit { id: string; code: string; name: string; departmentId: string }
interface Person { userId: string; name: string; roles: string[]; unitId: string | null; departmentIds: string[] }
interface DirectoryView { version: number; updatedAt: string | null; updatedBy: string | null; departments: Department[]; units: Unit[]; people: Person[] }
interface DirectoryProblem { sheet: string; row: number; column: string; code: string; message: string; messageEn: string }
interface ImportView {
  preview: boolean; stored: boolean; version: number; errors: DirectoryProblem[];
  changes: { departmentsAdded: number; departmentsChanged: number; unitsAdded: number; unitsChanged: number; peopleAdded: number; peopleChanged: number };
}

type Kind = 'department' | 'unit' | 'person';
const roleCodes = ['unit', 'reviewer', 'manager', 'admin'];

/** The directory (administrators): departments, units and people; add and edit, import with a preview, export. */
export default function DirectoryPage() {
  const { t, i18n } = useTranslation();
  const directory = useQuery({ queryKey: ['directory'], queryFn: () => get<DirectoryView>('/api/directory') });
  const [editing, setEditing] = useState<{ kind: Kind; entry: Record<string, unknown> | null } | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [query, setQuery] = useState('');
  const d = directory.data;
  // One search over the three tables: an entry shows when its name or code (or id) holds the text.
  const q = query.trim().toLowerCase();
  const matches = (...texts: (string | null | undefined)[]) => !q || texts.some((x) => x?.toLowerCase().includes(q));
  const deptName = (id: string) => d?.departments.find((x) => x.id === id)?.name ?? id;
  const unitName = (id: string | null) => (id ? d?.units.find((x) => x.id === id)?.name ?? id : '—');
  const addButton = (kind: Kind) => <Button onClick={() => setEditing({ kind, entry: null })} data-testid={`directory-add-${kind}`}>{t('directory.add')}</Button>;
  const editButton = (kind: Kind, entry: object) => <Button size="small" onClick={() => setEditing({ kind, entry: entry as Record<string, unknown> })}>{t('directory.edit')}</Button>;
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('directory.title')}</Typography.Title>
      {d?.updatedAt && <Typography.Text type="secondary">{t('directory.version', { v: d.version })} · {t('common.updated')} {dateTime(d.updatedAt, i18n.language)} · {d.updatedBy}</Typography.Text>}
      <ProblemAlert error={error ?? directory.error} />
      <ImportButton extra={<Button onClick={() => void download('/api/directory/export.xlsx', 'directory.xlsx').catch(setError)}>{t('directory.export')}</Button>} />
      <Input.Search allowClear aria-label={t('directory.search')} placeholder={t('directory.search')} style={{ maxWidth: 360 }}
        value={query} onChange={(e) => setQuery(e.target.value)} data-testid="directory-search" />
      <Tabs items={[
        {
          key: 'units', label: t('directory.units'), children: (
            <Space orientation="vertical" style={{ width: '100%' }}>{addButton('unit')}
              <Table<Unit> rowKey="id" size="small" dataSource={(d?.units ?? []).filter((u) => matches(u.name, u.code, u.id, deptName(u.departmentId)))} loading={directory.isLoading} aria-label={t('directory.units')} columns={[
                { title: t('directory.code'), dataIndex: 'code', key: 'c' }, { title: t('directory.name'), dataIndex: 'name', key: 'n' },
                { title: t('directory.department'), key: 'd', render: (_, u) => deptName(u.departmentId) },
                { title: t('common.actions'), key: 'x', render: (_, u) => editButton('unit', u) },
              ]} />
            </Space>),
        },
        {
          key: 'departments', label: t('directory.departments'), children: (
            <Space orientation="vertical" style={{ width: '100%' }}>{addButton('department')}
              <Table<Department> rowKey="id" size="small" dataSource={(d?.departments ?? []).filter((x) => matches(x.name, x.code, x.id))} loading={directory.isLoading} aria-label={t('directory.departments')} columns={[
                { title: t('directory.code'), dataIndex: 'code', key: 'c' }, { title: t('directory.name'), dataIndex: 'name', key: 'n' },
                { title: t('common.actions'), key: 'x', render: (_, x) => editButton('department', x) },
              ]} />
            </Space>),
        },
        {
          key: 'people', label: t('directory.people'), children: (
            <Space orientation="vertical" style={{ width: '100%' }}>{addButton('person')}
              <Table<Person> rowKey="userId" size="small" dataSource={(d?.people ?? []).filter((p) => matches(p.name, p.userId, unitName(p.unitId)))} loading={directory.isLoading} aria-label={t('directory.people')} columns={[
                { title: t('directory.personName'), dataIndex: 'name', key: 'n' },
                { title: t('directory.roles'), key: 'r', render: (_, p) => p.roles.map((r) => <Tag key={r}>{t(`roles.${r}`, { defaultValue: r })}</Tag>) },
                { title: t('directory.unit'), key: 'u', render: (_, p) => unitName(p.unitId) },
                { title: t('directory.reviews'), key: 'd', render: (_, p) => p.departmentIds.map(deptName).join('、') || '—' },
                { title: t('common.actions'), key: 'x', render: (_, p) => editButton('person', p) },
              ]} />
            </Space>),
        },
      ]} />
      {editing && d && <EntryDialog kind={editing.kind} entry={editing.entry} directory={d} onClose={() => setEditing(null)} />}
    </Space>
  );
}

function EntryDialog({ kind, entry, directory, onClose }: { kind: Kind; entry: Record<string, unknown> | null; directory: DirectoryView; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Record<string, unknown>>();
  const [error, setError] = useState<unknown>(null);
  const idField = kind === 'person' ? 'userId' : 'id';
  const departments = directory.departments.map((x) => ({ value: x.id, label: x.name }));

  async function save() {
    const values = await form.validateFields();
    const raw = values[idField];
    const id = typeof raw === 'string' ? raw.trim() : '';
    const path = kind === 'department' ? 'departments' : kind === 'unit' ? 'units' : 'people';
    setError(null);
    try {
      await send(`/api/directory/${path}/${encodeURIComponent(id)}`, { method: 'PUT', json: values, ifMatch: `"${directory.version}"` });
      void message.success(t('common.saved'));
      await queryClient.invalidateQueries({ queryKey: ['directory'] });
      await queryClient.invalidateQueries({ queryKey: ['directory-names'] });
      onClose();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <Modal open title={`${entry ? t('directory.edit') : t('directory.add')} · ${t(`directory.${kind === 'person' ? 'people' : `${kind}s`}`)}`}
      onCancel={onClose} onOk={() => void save()} okText={t('directory.save')}>
      <ProblemAlert error={error} />
      <Form form={form} layout="vertical" initialValues={entry ?? { roles: [], departmentIds: [] }}>
        <Form.Item name={idField} label={kind === 'person' ? t('directory.userId') : t('directory.id')} rules={[{ required: true }]}>
          <Input disabled={Boolean(entry)} />
        </Form.Item>
        {kind !== 'person' && <Form.Item name="code" label={t('directory.code')} rules={[{ required: true }]}><Input /></Form.Item>}
        <Form.Item name="name" label={kind === 'person' ? t('directory.personName') : t('directory.name')} rules={[{ required: true }]}><Input /></Form.Item>
        {kind === 'unit' && <Form.Item name="departmentId" label={t('directory.department')} rules={[{ required: true }]}><Select options={departments} aria-label={t('directory.department')} /></Form.Item>}
        {kind === 'person' && (<>
          <Form.Item name="roles" label={t('directory.roles')}><Select mode="multiple" aria-label={t('directory.roles')} options={roleCodes.map((r) => ({ value: r, label: t(`roles.${r}`, { defaultValue: r }) }))} /></Form.Item>
          <Form.Item name="unitId" label={t('directory.unit')}><Select allowClear aria-label={t('directory.unit')} options={directory.units.map((u) => ({ value: u.id, label: u.name }))} /></Form.Item>
          <Form.Item name="departmentIds" label={t('directory.reviews')}><Select mode="multiple" aria-label={t('directory.reviews')} options={departments} /></Form.Item>
        </>)}
      </Form>
    </Modal>
  );
}

/** The import control (a preview first, then 确认导入) with the page's other file actions (`extra`) beside it. */
function ImportButton({ extra }: { extra?: React.ReactNode }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<ImportView | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function run(chosen: File, preview: boolean) {
    const body = new FormData();
    body.append('file', chosen);
    setError(null);
    try {
      const answer = (await send<ImportView>(`/api/directory/import${preview ? '?preview=true' : ''}`, { method: 'POST', form: body })).body;
      setResult(answer);
      if (!preview) {
        void message.success(t('directory.imported'));
        setFile(null);
        setResult(null);
        await queryClient.invalidateQueries({ queryKey: ['directory'] });
        await queryClient.invalidateQueries({ queryKey: ['directory-names'] });
      }
    } catch (e) {
      const problems = e instanceof ApiError ? (e.problem as { directoryErrors?: DirectoryProblem[] }).directoryErrors : undefined;
      if (problems) setResult({ preview: false, stored: false, version: 0, errors: problems, changes: { departmentsAdded: 0, departmentsChanged: 0, unitsAdded: 0, unitsChanged: 0, peopleAdded: 0, peopleChanged: 0 } });
      else setError(e);
    }
  }

  const c = result?.changes;
  return (
    <Space orientation="vertical">
      <Space wrap>
        <Upload accept=".xlsx,.json" maxCount={1} showUploadList={false} beforeUpload={(f) => { setFile(f); void run(f, true); return false; }}>
          <Button data-testid="directory-import">{t('directory.import')}</Button>
        </Upload>
        {file && result && result.errors.length === 0 && <Button type="primary" data-testid="directory-import-confirm" onClick={() => void run(file, false)}>{t('directory.confirmImport')}</Button>}
        {extra}
      </Space>
      <Typography.Text type="secondary">{t('directory.hint')}</Typography.Text>
      <ProblemAlert error={error} />
      {result && c && result.errors.length === 0 && (
        <Alert type="success" showIcon title={t('directory.previewOk', { da: c.departmentsAdded, ua: c.unitsAdded, pa: c.peopleAdded, dc: c.departmentsChanged, uc: c.unitsChanged, pc: c.peopleChanged })} />
      )}
      {result && result.errors.length > 0 && (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Alert type="error" showIcon title={t('directory.previewErrors', { n: result.errors.length })} />
          <Table<DirectoryProblem> rowKey={(p) => `${p.sheet}-${p.row}-${p.column}-${p.code}`} size="small" pagination={false} dataSource={result.errors}
            aria-label={t('directory.previewErrors', { n: result.errors.length })} columns={[
              { title: t('directory.sheet'), dataIndex: 'sheet', key: 's' }, { title: t('directory.row'), dataIndex: 'row', key: 'r' },
              { title: t('directory.column'), dataIndex: 'column', key: 'c' },
              { title: t('directory.problem'), key: 'm', render: (_, p) => (i18n.language.startsWith('en') ? p.messageEn : p.message) },
            ]} />
        </Space>
      )}
    </Space>
  );
}
