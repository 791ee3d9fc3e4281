import { Button, Card, Form, Input, Select } from 'antd';
import { useTranslation } from 'react-i18next';

interface IndicatorOption {
  value: number;
  label: string;
}

/** The reviewer's comment on the whole document or on one indicator; the text is cleared once it is sent. */
export function CommentCard({ disabled, indicatorOptions, onSend }: {
  disabled: boolean;
  indicatorOptions: IndicatorOption[];
  onSend: (json: { text: string; indicatorIndex: number | null }, after: () => void) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  return (
    <Card size="small" title={t('reviewer.comment')}>
      <Form form={form} layout="vertical" disabled={disabled}
        onFinish={(v: { text: string; indicatorIndex?: number }) => onSend({ text: v.text, indicatorIndex: v.indicatorIndex ?? null }, () => form.resetFields())}>
        <Form.Item name="indicatorIndex" label={t('reviewer.target')}>
          <Select allowClear placeholder={t('form.formComment')} options={indicatorOptions} />
        </Form.Item>
        <Form.Item name="text" label={t('reviewer.commentText')} rules={[{ required: true }]}>
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Button htmlType="submit">{t('reviewer.comment')}</Button>
      </Form>
    </Card>
  );
}

/** Sending the document back for revision: one reason per line. */
export function RevisionCard({ disabled, onSend }: { disabled: boolean; onSend: (json: { reasons: string[] }) => void }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t('reviewer.requestRevision')}>
      <Form layout="vertical" disabled={disabled}
        onFinish={(v: { reasons: string }) => onSend({ reasons: v.reasons.split('\n').map((r) => r.trim()).filter(Boolean) })}>
        <Form.Item name="reasons" label={t('reviewer.revisionReasons')} rules={[{ required: true }]}>
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Button htmlType="submit">{t('reviewer.requestRevision')}</Button>
      </Form>
    </Card>
  );
}

/** A refusal with its reason, which is required: of a form, a declaration or an adjustment. */
export function RejectForm({ disabled, label, onReject, inline = false }: {
  disabled: boolean;
  label: string;
  onReject: (reason: string) => void;
  inline?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Form layout={inline ? 'inline' : 'vertical'} disabled={disabled} onFinish={(v: { reason: string }) => onReject(v.reason)}>
      <Form.Item name="reason" label={t('reviewer.rejectReason')} rules={[{ required: true }]}>
        <Input style={inline ? { width: 280 } : undefined} />
      </Form.Item>
      <Button danger htmlType="submit" block={!inline}>{label}</Button>
    </Form>
  );
}
