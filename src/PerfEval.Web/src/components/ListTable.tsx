import { Button } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { pageCount, pageOf } from '../lib/paging';

/** A column of a list: its heading and what a row shows in it. */
export interface ListColumn<T> {
  key: string;
  title: ReactNode;
  render: (row: T) => ReactNode;
  width?: number;
  align?: 'left' | 'right' | 'center';
}

interface Props<T> {
  rows: readonly T[];
  rowKey: (row: T) => string;
  columns: readonly ListColumn<T>[];
  /** The table's accessible name. */
  label: string;
  loading?: boolean;
  /** Rows per page; the list is not paged when it is left out. */
  pageSize?: number;
  /**
   * Paged by the API: `rows` are the current page's, `total` counts them all, and the pager asks for another page
   * through `onPageChange`. Left out, the list pages the rows it has.
   */
  server?: { page: number; total: number; onPageChange: (page: number) => void };
  /** Below this width the list scrolls sideways instead of squeezing its columns. */
  minWidth?: number;
  rowClassName?: (row: T) => string | undefined;
  size?: 'small' | 'middle';
  testId?: string;
}

/**
 * The lists on each role's first page (my forms, the review inbox, the dashboard's tables): a plain HTML table with a
 * pager, styled like the rest of the UI (styles.css .list-table). The component library's table, with its filters,
 * sorters and virtual scrolling, weighs about 85 KB gzipped and stays on the pages that use those; these lists need
 * none of them, and the first page has to load within its budget (docs/web-ui.md).
 */
export default function ListTable<T>({ rows, rowKey, columns, label, loading, pageSize, server, minWidth, rowClassName, size = 'middle', testId }: Props<T>) {
  const { t } = useTranslation();
  const [localPage, setLocalPage] = useState(1);
  const total = server ? server.total : rows.length;
  const pages = pageSize ? pageCount(total, pageSize) : 1;
  // A shorter list (a filter changed) shows its last page rather than an empty one.
  const current = Math.min(server ? server.page : localPage, pages);
  const setPage = server ? server.onPageChange : setLocalPage;
  const shown = pageSize && !server ? pageOf(rows, current, pageSize) : rows;
  return (
    <div className={`list-table list-table-${size}`} data-testid={testId}>
      <div className="list-table-scroll">
        <table aria-label={label} aria-busy={loading || undefined} style={minWidth ? { minWidth } : undefined}>
          <thead>
            <tr>
              {columns.map((c) => <th key={c.key} scope="col" style={{ width: c.width, textAlign: c.align }}>{c.title}</th>)}
            </tr>
          </thead>
          <tbody>
            {shown.length === 0 ? (
              <tr className="list-table-empty"><td colSpan={columns.length}>{loading ? t('common.loading') : t('common.noData')}</td></tr>
            ) : shown.map((row) => (
              <tr key={rowKey(row)} className={rowClassName?.(row)}>
                {columns.map((c) => <td key={c.key} style={{ textAlign: c.align }}>{c.render(row)}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <nav className="list-table-pager" aria-label={t('common.pages', { label })}>
          <Button size="small" disabled={current <= 1} onClick={() => setPage(current - 1)}>{t('common.previousPage')}</Button>
          <span aria-live="polite">{t('common.pageOf', { page: current, pages, total })}</span>
          <Button size="small" disabled={current >= pages} onClick={() => setPage(current + 1)}>{t('common.nextPage')}</Button>
        </nav>
      )}
    </div>
  );
}
