import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../api/types';
import { messageOf } from '../lib/findings';

/** The class that colours a cell by its worst finding's severity. */
export const severityClass = (s: Finding['severity'] | null) =>
  s === 'Error' ? 'cell-error' : s === 'Warning' ? 'cell-warning' : undefined;

/** A finding-marked cell: coloured by severity, with the messages as a tooltip and as hidden text for screen readers. */
export function Marked({ findings, children }: { findings: Finding[]; children: React.ReactNode }) {
  const { i18n } = useTranslation();
  if (!findings.length) return <>{children}</>;
  const text = findings.map((f) => messageOf(f, i18n.language)).join('\n');
  return (
    <Tooltip title={<span style={{ whiteSpace: 'pre-line' }}>{text}</span>}>
      <span tabIndex={0} data-finding-codes={findings.map((f) => f.code).join(' ')}>
        {children}
        <span className="visually-hidden">{text}</span>
      </span>
    </Tooltip>
  );
}
