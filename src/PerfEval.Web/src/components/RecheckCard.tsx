import { Button, Card, Checkbox, Form, Input, InputNumber, Popconfirm, Select, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { get } from '../api/client';
import type { Evaluation, RecheckEntry, RulebookView } from '../api/types';
import { type Cell, cellValue, clauseApplies, clauseScore, selfScoreOf } from '../lib/recheck';
import { marks, score } from '../lib/format';

interface Values { cell?: string; verifiedActual?: string; clause?: string; verifiedScore?: number; evidenceIds?: string[]; remark?: string }

/** The rulebook (复核口径) the form is re-checked under: the region in use, the form's fiscal year. */
function useRulebook(year: number) {
  return useQuery({
    queryKey: ['rulebook', year],
    queryFn: async () => {
      const all = await get<{ region: string; inUse: boolean }[]>('/api/rulebooks');
      const region = all.find((r) => r.inUse)?.region ?? 'default';
      return get<RulebookView>(`/api/rulebooks/${encodeURIComponent(region)}/${year}`);
    },
  });
}

const cellOf = (value: string | undefined): Cell | undefined =>
  value === undefined ? undefined : value === 'execution' ? null : Number(value);

/**
 * The re-check (复核) of one cell: the row (searchable, none chosen at first), the verified actual, a clause of the
 * rulebook with the score it gives shown as it is chosen, the row's evidence, a remark; and the entries recorded,
 * beside the self scores.
 */
export default function RecheckCard({ evaluation, disabled, onRecord, pick, userId, onWithdraw }: {
  evaluation: Evaluation; disabled: boolean; onRecord: (json: unknown, after: () => void) => void;
  /** A cell chosen from the sheet or a finding (n changes on every pick): the card takes it and comes into view. */
  pick?: { cell: Cell; n: number } | null;
  /** The signed-in reviewer: their own entries can be withdrawn while the card is enabled. */
  userId?: string;
  onWithdraw?: (entry: RecheckEntry) => void;
}) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<Values>();
  const card = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!pick) return;
    form.setFieldsValue({ cell: cellValue(pick.cell), clause: undefined, evidenceIds: [] });
    card.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
    card.current?.querySelector<HTMLElement>('[data-testid="recheck-actual"]')?.focus({ preventScroll: true });
  }, [pick, form]);
  const rulebook = useRulebook(evaluation.fiscalYear);
  const e = evaluation;
  const cell = cellOf(Form.useWatch('cell', form));
  const actual = Form.useWatch('verifiedActual', form);
  const clauseCode = Form.useWatch('clause', form);
  const clauses = (rulebook.data?.clauses ?? []).filter((c) => cell !== undefined && clauseApplies(c, e.form, cell));
  const clause = clauses.find((c) => c.code === clauseCode);
  const computed = clause && cell !== undefined ? clauseScore(clause, e.form, cell, actual) : null;
  const evidence = (e.evidence ?? []).filter((x) => cell !== undefined && (x.indicatorIndex ?? null) === cell);
  const rows = [
    { value: 'execution', label: t('form.execution') },
    ...e.form.indicators.map((row, i) => ({ value: String(i), label: `${i + 1}. ${row.level1} / ${row.name}` })),
  ];
  const entries = e.rechecks ?? [];
  const nameOf = (index: number | null) => (index == null ? t('form.execution') : `${index + 1}. ${e.form.indicators[index]?.name ?? ''}`);

  return (
    <Card size="small" title={t('reviewer.recheck')} data-testid="recheck-card" ref={card}>
      <Form form={form} layout="vertical" disabled={disabled}
        onFinish={(v) => {
          const c = cellOf(v.cell);
          onRecord({
            entries: [{
              target: c == null ? 'execution' : 'indicator', indicatorIndex: c, verifiedActual: v.verifiedActual || null,
              verifiedScore: clause?.kind === 'Judgement' ? v.verifiedScore : undefined, clause: v.clause,
              evidenceIds: v.evidenceIds ?? [], remark: v.remark || null,
            }],
          }, () => form.resetFields());
        }}>
        <Form.Item name="cell" label={t('reviewer.recheckRow')} rules={[{ required: true, message: t('reviewer.chooseRow') }]}>
          <Select showSearch optionFilterProp="label" placeholder={t('reviewer.chooseRow')} options={rows} data-testid="recheck-row"
            onChange={() => form.setFieldsValue({ clause: undefined, evidenceIds: [] })} />
        </Form.Item>
        <Form.Item name="verifiedActual" label={t('reviewer.verifiedActual')}>
          <Input data-testid="recheck-actual" />
        </Form.Item>
        <Form.Item name="clause" label={t('reviewer.clause')} rules={[{ required: true }]}>
          <Select showSearch optionFilterProp="label" data-testid="recheck-clause" loading={rulebook.isLoading}
            options={clauses.map((c) => ({ value: c.code, label: c.title }))} />
        </Form.Item>
        {clause && clause.kind !== 'Judgement' && (
          <Typography.Paragraph data-testid="recheck-computed">
            {t('reviewer.computedScore')}{marks(i18n.language).colon}{computed == null ? t('reviewer.byActual') : score(computed)}
          </Typography.Paragraph>
        )}
        {clause?.kind === 'Judgement' && (
          <Form.Item name="verifiedScore" label={t('reviewer.verifiedScore')} rules={[{ required: true }]}>
            <InputNumber min={0} max={cell !== undefined ? Number(cell == null ? e.form.funds.weight : e.form.indicators[cell].weight) : undefined}
              step={0.5} style={{ width: '100%' }} />
          </Form.Item>
        )}
        <Form.Item name="evidenceIds" label={t('reviewer.evidence')}>
          {evidence.length > 0
            ? <Checkbox.Group options={evidence.map((x) => ({ value: x.id, label: x.fileName }))} />
            : <Typography.Text type="secondary">{t('reviewer.noEvidence')}</Typography.Text>}
        </Form.Item>
        <Form.Item name="remark" label={t('reviewer.remark')} rules={[{ required: clause?.kind === 'Judgement' }]}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Button htmlType="submit" data-testid="recheck-submit">{t('reviewer.record')}</Button>
      </Form>
      {/* The entries recorded, one block each: the side column is too narrow for a table of six columns. */}
      <section className="recheck-entries" aria-label={t('reviewer.entries')} data-testid="recheck-entries">
        {entries.length === 0 ? <p className="text-secondary">{t('reviewer.noEntries')}</p> : entries.map((r) => {
          const evidenceNames = (r.evidenceIds ?? []).map((id) => (e.evidence ?? []).find((x) => x.id === id)?.fileName).filter(Boolean).join('、');
          return (
            <article key={`${r.target.kind}:${r.target.indicatorIndex ?? ''}`} className="recheck-entry">
              <h4>{nameOf(r.target.indicatorIndex)}</h4>
              <dl>
                <dt>{t('reviewer.selfScore')}</dt><dd>{score(r.selfScore ?? selfScoreOf(e.form, r.target.indicatorIndex))}</dd>
                <dt>{t('reviewer.verifiedScore')}</dt><dd>{score(r.verifiedScore)}</dd>
                <dt>{t('reviewer.difference')}</dt><dd>{score((r.selfScore ?? 0) - r.verifiedScore)}</dd>
                {(r.clauseTitle ?? r.remark) && <><dt>{t('reviewer.clause')}</dt><dd>{r.clauseTitle ?? r.remark}</dd></>}
                {evidenceNames && <><dt>{t('reviewer.evidence')}</dt><dd>{evidenceNames}</dd></>}
              </dl>
              {onWithdraw && !disabled && r.reviewerId === userId && (
                <Popconfirm title={t('sheet.withdrawConfirm', { cell: nameOf(r.target.indicatorIndex), score: score(r.selfScore) })}
                  okText={t('sheet.withdraw')} cancelText={t('common.cancel')} onConfirm={() => onWithdraw(r)}>
                  <Button size="small" danger data-testid={`withdraw-${r.target.indicatorIndex ?? 'execution'}`}>{t('sheet.withdraw')}</Button>
                </Popconfirm>
              )}
            </article>
          );
        })}
      </section>
    </Card>
  );
}
