import type { CSSProperties } from 'react';

export interface PlainOption<V extends string | number> { value: V; label: string }

/**
 * A filter or year choice on the first pages: the browser's own select (keyboard, screen readers and phones handle it
 * natively), drawn like the component library's (styles.css .plain-select). `placeholder` adds an empty choice that
 * clears the filter.
 */
export default function PlainSelect<V extends string | number>({ label, value, onChange, options, placeholder, width, testId }: {
  label: string;
  value: V | undefined;
  onChange: (value: V | undefined) => void;
  options: readonly PlainOption<V>[];
  placeholder?: string;
  width?: CSSProperties['width'];
  testId?: string;
}) {
  const numeric = options.length > 0 && typeof options[0].value === 'number';
  return (
    <select className="plain-select" aria-label={label} style={{ width }} data-testid={testId} value={value ?? ''}
      onChange={(e) => {
        const raw = e.target.value;
        onChange(raw === '' ? undefined : ((numeric ? Number(raw) : raw) as V));
      }}>
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
    </select>
  );
}
