import type { ReactNode } from 'react';

/**
 * A titled box on the first pages, drawn like the component library's small card (styles.css .panel) without its
 * tabs, loading skeleton and menus, which those pages do not use.
 */
export default function Panel({ title, extra, children, testId }: { title?: ReactNode; extra?: ReactNode; children: ReactNode; testId?: string }) {
  return (
    <section className="panel" data-testid={testId}>
      {(title || extra) && <div className="panel-head"><div className="panel-title">{title}</div>{extra && <div>{extra}</div>}</div>}
      <div className="panel-body">{children}</div>
    </section>
  );
}

/** A figure with its name above it, as the dashboard's summary shows them. */
export function Figure({ title, value }: { title: ReactNode; value: ReactNode }) {
  return (
    <div className="figure">
      <div className="figure-title">{title}</div>
      <div className="figure-value">{value}</div>
    </div>
  );
}
