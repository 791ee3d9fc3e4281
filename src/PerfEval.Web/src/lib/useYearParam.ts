import { useCallback, useEffect } from 'react';
import { useSearchParams } from 'react-router-dom';
import { withYear, yearFrom } from './years';

/**
 * The year a page shows, kept in its URL's `?year=` parameter: the URL is the one place the year lives, so a link,
 * a reload or the back button shows the same year, and a choice made while the page is still loading is never lost
 * (it changes the URL, and the page reads the URL). A missing or invalid parameter is replaced by the fallback year.
 */
export function useYearParam(fallback: number): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const text = params.get('year');
  const year = yearFrom(text, fallback);
  useEffect(() => {
    if (text !== String(year)) setParams((current) => withYear(current, year), { replace: true });
  }, [text, year, setParams]);
  const setYear = useCallback((next: number) => setParams((current) => withYear(current, next)), [setParams]);
  return [year, setYear];
}
