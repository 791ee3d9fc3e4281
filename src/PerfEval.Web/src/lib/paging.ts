/** How many pages a list of `total` rows fills at `size` rows a page: at least one, so an empty list has page 1. */
export const pageCount = (total: number, size: number): number => Math.max(1, Math.ceil(total / size));

/** The rows of page `page` (from 1) at `size` rows a page. */
export const pageOf = <T,>(rows: readonly T[], page: number, size: number): readonly T[] =>
  rows.slice((page - 1) * size, page * size);
