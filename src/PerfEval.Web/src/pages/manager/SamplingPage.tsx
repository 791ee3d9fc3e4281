import { Alert, Button, Descriptions, Input, InputNumber, Radio, Select, Space, Table, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { download, get, send } from '../../api/client';
import { useNameOf } from '../../api/hooks';
import type { DrawnForm, SampleDraw, SampleDrawSummary, SampleVerification } from '../../api/types';
import ProblemAlert from '../../components/ProblemAlert';
import { tones } from '../../components/tones';
import { dateTime, num } from '../../lib/format';
import { drawBody, riskPartsText, sizeText, type DrawValues } from '../../lib/sampling';
import { useYearParam } from '../../lib/useYearParam';
import { yearChoices, yearOptions } from '../../lib/years';
import { message } from '../../components/feedback';

const drawable = ['Submitted', 'InReview', 'Approved', 'Published'];

/**
 * 抽评: a manager draws a reproducible risk-weighted sample of the year's forms (filters, a count or a share, an
 * optional seed), sees the drawn forms with their risk and re-check task, verifies a draw, and reads the past draws.
 */
export default function SamplingPage() {
  const { t, i18n } = useTranslation();
  const [year, setYear] = useYearParam(new Date().getFullYear() - 1);
  const [values, setValues] = useState<DrawValues>({
    departmentIds: [], minAmount: null, maxAmount: null, statuses: drawable, by: 'share', size: 10, share: 0.1, seed: '',
  });
  const [drawId, setDrawId] = useState<string | null>(null);
  const [verification, setVerification] = useState<SampleVerification | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const draws = useQuery({ queryKey: ['sampling', year], queryFn: () => get<SampleDrawSummary[]>(`/api/sampling/${year}`) });
  const draw = useQuery({
    queryKey: ['sampling', year, drawId],
    queryFn: () => get<SampleDraw>(`/api/sampling/${year}/${drawId}`),
    enabled: drawId != null,
  });
  const set = (change: Partial<DrawValues>) => setValues((v) => ({ ...v, ...change }));

  async function drawSample() {
    setError(null);
    setVerification(null);
    setBusy(true);
    try {
      const { body } = await send<SampleDraw>(`/api/sampling/${year}`, { method: 'POST', json: drawBody(values), idempotent: true });
      void message.success(t('sampling.drawn'));
      setDrawId(body.id);
      await draws.refetch();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  async function verify(id: string) {
    setError(null);
    try {
      setVerification(await get<SampleVerification>(`/api/sampling/${year}/${id}/verify`));
    } catch (e) {
      setError(e);
    }
  }

  const shown = draw.data;
  const partLabel = (p: string) => t(`sampling.parts.${p}`);
  const name = useNameOf();
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2}>{t('sampling.title')}</Typography.Title>
      <Typography.Paragraph type="secondary" data-testid="sampling-population-note">{t('sampling.populationNote')}</Typography.Paragraph>
      <Space wrap align="end">
        <label>{t('common.year')}{' '}
          <Select aria-label={t('common.year')} value={year} onChange={(y) => { setYear(y); setDrawId(null); setVerification(null); }}
            options={yearChoices(yearOptions.map((o) => o.value), year)} style={{ width: 110 }} />
        </label>
        <label>{t('sampling.departments')}{' '}
          <Select mode="tags" aria-label={t('sampling.departments')} style={{ minWidth: 220 }} value={values.departmentIds}
            onChange={(d: string[]) => set({ departmentIds: d })} tokenSeparators={[',', ' ']} />
        </label>
        <label>{t('sampling.minAmount')}{' '}
          <InputNumber aria-label={t('sampling.minAmount')} min={0} value={values.minAmount} onChange={(v) => set({ minAmount: v })} />
        </label>
        <label>{t('sampling.maxAmount')}{' '}
          <InputNumber aria-label={t('sampling.maxAmount')} min={0} value={values.maxAmount} onChange={(v) => set({ maxAmount: v })} />
        </label>
        <label>{t('sampling.statuses')}{' '}
          <Select mode="multiple" aria-label={t('sampling.statuses')} style={{ minWidth: 260 }} value={values.statuses}
            onChange={(s: string[]) => set({ statuses: s })}
            options={drawable.map((s) => ({ value: s, label: t(`status.${s}`, { defaultValue: s }) }))} />
        </label>
      </Space>
      <Space wrap align="end">
        <Radio.Group aria-label={t('sampling.sizeBy')} value={values.by} onChange={(e) => set({ by: e.target.value as DrawValues['by'] })}
          options={[{ value: 'share', label: t('sampling.byShare') }, { value: 'count', label: t('sampling.byCount') }]} />
        {values.by === 'count'
          ? <label>{t('sampling.count')}{' '}<InputNumber aria-label={t('sampling.count')} min={1} precision={0} value={values.size} onChange={(v) => set({ size: v })} /></label>
          : <label>{t('sampling.share')}{' '}<InputNumber aria-label={t('sampling.share')} min={0.0001} max={1} step={0.05} value={values.share} onChange={(v) => set({ share: v })} /></label>}
        <label>{t('sampling.seed')}{' '}
          <Input aria-label={t('sampling.seed')} style={{ width: 200 }} maxLength={200} value={values.seed} onChange={(e) => set({ seed: e.target.value })} />
        </label>
        <Button type="primary" loading={busy} onClick={() => void drawSample()} data-testid="draw-sample">{t('sampling.draw')}</Button>
      </Space>
      <ProblemAlert error={error ?? draws.error ?? draw.error} />
      {shown && (
        <>
          <Typography.Title level={3}>{t('sampling.result')}</Typography.Title>
          <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} items={[
            { key: 'when', label: t('sampling.drawnAt'), children: `${dateTime(shown.drawnAt, i18n.language)} · ${shown.drawnByName}` },
            { key: 'seed', label: t('sampling.seed'), children: <span><code>{shown.seed}</code> ({shown.seedGiven ? t('sampling.seedGiven') : t('sampling.seedGenerated')})</span> },
            { key: 'pop', label: t('sampling.population'), children: `${shown.populationCount} → ${shown.sampleCount}` },
            { key: 'hash', label: t('sampling.populationHash'), children: <code style={{ wordBreak: 'break-all' }}>{shown.populationHash}</code> },
            { key: 'strata', label: t('sampling.strata'), children: shown.strata.map((s) => `${name('department', s.departmentId)} ${s.sampleCount}/${s.populationCount}`).join('；') },
          ]} />
          <Space>
            <Button onClick={() => void verify(shown.id)} data-testid="verify-draw">{t('sampling.verify')}</Button>
            <Button onClick={() => void download(`/api/sampling/${year}/${shown.id}/export`, `draw-${shown.id}.json`).catch(setError)}>{t('sampling.export')}</Button>
            <Button onClick={() => void download(`/api/sampling/${year}/${shown.id}/workpaper`, `recheck-sample-${shown.id}.xlsx`).catch(setError)}>{t('sampling.workpaper')}</Button>
          </Space>
          {verification && verification.drawId === shown.id && (
            <Alert role="status" data-testid="verification" type={verification.matches ? 'success' : 'error'}
              title={verification.matches ? t('sampling.verified') : t('sampling.notVerified')}
              description={<span>{i18n.language === 'en' ? verification.messageEn : verification.message}{' '}
                {verification.currentPopulationSame ? t('sampling.currentSame') : t('sampling.currentChanged')}</span>} />
          )}
          <Table<DrawnForm> rowKey="evaluationId" dataSource={shown.selected} pagination={{ pageSize: 50 }} aria-label={t('sampling.result')} scroll={{ x: 1000 }}
            columns={[
              { title: t('common.project'), key: 'p', render: (_, f) => <Link to={`/forms/${f.evaluationId}`}>{f.projectName}</Link> },
              { title: t('common.unit'), key: 'u', render: (_, f) => name('unit', f.unitId) },
              { title: t('common.department'), key: 'd', render: (_, f) => name('department', f.departmentId) },
              { title: t('sampling.amount'), key: 'a', align: 'right', render: (_, f) => num(f.amount) },
              { title: t('sampling.risk'), key: 'r', align: 'right', render: (_, f) => Number(f.risk.score.toFixed(2)) },
              { title: t('sampling.riskParts'), key: 'rp', render: (_, f) => riskPartsText(f.risk, partLabel) },
              {
                title: t('sampling.task'), key: 't', render: (_, f) => f.taskStatus
                  ? <Tag variant="solid" color={f.taskStatus === 'Done' ? tones.success : tones.info}>{t(`taskStatus.${f.taskStatus}`)}{f.taskAssigneeName ? ` · ${f.taskAssigneeName}` : ''}</Tag>
                  : <Typography.Text type="secondary">{t('sampling.noTask')}</Typography.Text>,
              },
            ]} />
        </>
      )}
      <Typography.Title level={3}>{t('sampling.past')}</Typography.Title>
      <Table<SampleDrawSummary> rowKey="id" loading={draws.isLoading} dataSource={draws.data ?? []} aria-label={t('sampling.past')} pagination={{ pageSize: 20 }}
        columns={[
          { title: t('sampling.drawnAt'), key: 'w', render: (_, d) => dateTime(d.drawnAt, i18n.language) },
          { title: t('sampling.drawnBy'), dataIndex: 'drawnByName', key: 'b' },
          { title: t('sampling.sizeBy'), key: 's', render: (_, d) => sizeText(d.size) },
          { title: t('sampling.population'), key: 'n', render: (_, d) => `${d.populationCount} → ${d.sampleCount}` },
          { title: t('sampling.seed'), key: 'seed', render: (_, d) => <code>{d.seed}</code> },
          {
            title: t('common.actions'), key: 'x', render: (_, d) => (
              <Space>
                <Button size="small" onClick={() => { setDrawId(d.id); setVerification(null); }}>{t('sampling.open')}</Button>
                <Button size="small" onClick={() => { setDrawId(d.id); void verify(d.id); }}>{t('sampling.verify')}</Button>
              </Space>
            ),
          },
        ]} />
    </Space>
  );
}
