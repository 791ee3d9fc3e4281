// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { describe, expect, it } from 'vitest';
import { useListPage } from './useListPage';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('the page of a list the API pages', () => {
  it('follows the pager, and starts again at the first page for another list', () => {
    const seen = {} as { page: number; setPage: (page: number) => void };
    function Probe({ list }: { list: string }) {
      const [page, setPage] = useListPage(list);
      Object.assign(seen, { page, setPage });
      return null;
    }
    const root = createRoot(document.createElement('div'));
    act(() => root.render(<Probe list="2024/Draft" />));
    expect(seen.page).toBe(1);
    act(() => seen.setPage(3));
    expect(seen.page).toBe(3);
    act(() => root.render(<Probe list="2025/Draft" />));
    expect(seen.page).toBe(1);
    act(() => seen.setPage(2));
    expect(seen.page).toBe(2);
    act(() => root.unmount());
  });
});
