// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import '../i18n';
import ListTable from './ListTable';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
let host: HTMLElement | null = null;
afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
  root = null;
});

interface Row { id: string }
const rows = (from: number, count: number): Row[] => Array.from({ length: count }, (_, i) => ({ id: `form-${from + i}` }));

function render(node: React.ReactNode) {
  host = document.body.appendChild(document.createElement('div'));
  root = createRoot(host);
  act(() => root!.render(node));
  return host;
}

const shown = (at: HTMLElement) => [...at.querySelectorAll('tbody tr')].map((tr) => tr.textContent);
const button = (at: HTMLElement, text: string) =>
  [...at.querySelectorAll('button')].find((b) => b.textContent?.replace(/\s/g, '') === text)!;

describe('the lists on each role\'s first page', () => {
  it('page the rows they have, twenty at a time', () => {
    const at = render(<ListTable<Row> rows={rows(1, 45)} rowKey={(r) => r.id} label="forms" pageSize={20}
      columns={[{ key: 'id', title: 'id', render: (r) => r.id }]} />);
    expect(shown(at)).toHaveLength(20);
    expect(at.textContent).toContain('第 1 / 3 页，共 45 条');
    act(() => button(at, '下一页').click());
    expect(shown(at)[0]).toBe('form-21');
  });

  it('paged by the API, show the page they were given, count every row and ask for the next page', () => {
    const asked: number[] = [];
    const at = render(<ListTable<Row> rows={rows(21, 20)} rowKey={(r) => r.id} label="forms" pageSize={20}
      server={{ page: 2, total: 245, onPageChange: (p) => asked.push(p) }}
      columns={[{ key: 'id', title: 'id', render: (r) => r.id }]} />);
    expect(shown(at)).toHaveLength(20);
    expect(shown(at)[0]).toBe('form-21');
    expect(at.textContent).toContain('第 2 / 13 页，共 245 条');
    act(() => button(at, '下一页').click());
    act(() => button(at, '上一页').click());
    expect(asked).toEqual([3, 1]);
  });
});
