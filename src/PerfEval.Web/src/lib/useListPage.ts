import { useCallback, useState } from 'react';

/**
 * The page shown of a list the API pages, from 1: back to the first whenever `list` (what names the list: its filters)
 * changes, so another year or status never opens on a page it does not have.
 */
export function useListPage(list: string): [number, (page: number) => void] {
  const [paged, setPaged] = useState({ list, page: 1 });
  const page = paged.list === list ? paged.page : 1;
  const setPage = useCallback((next: number) => setPaged({ list, page: next }), [list]);
  return [page, setPage];
}
