import { useCallback, useEffect } from 'react';
import { useLocation, useSearchParams } from 'react-router-dom';
import { withYear, yearFrom } from './years';

/**
 * The year a page shows, kept in its URL's `?year=` parameter: the URL is the one place the year lives, so a link,
 * a reload or the back button shows the same year, and a choice made while the page is still loading is never lost
 * (it changes the URL, and the page reads the URL). A missing or invalid parameter is replaced by the fallback year,
 * once it is known (waitForFallback: not while the years with data are loading).
 */
export function useYearParam(fallback: number, waitForFallback = false): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const { pathname } = useLocation();
  const text = params.get('year');
  const year = yearFrom(text, fallback);
  // While the fallback is still being worked out (the years with data loading), the URL is left as it is. A page the
  // user has already left (it stays on screen while the next page's code loads) leaves it too: writing its year then
  // would take the user back to it.
  useEffect(() => {
    if (window.location.pathname !== pathname) return;
    if (text !== String(year) && !(waitForFallback && yearFrom(text, 0) === 0)) setParams((current) => withYear(current, year), { replace: true });
  }, [text, year, waitForFallback, setParams, pathname]);
  const setYear = useCallback((next: number) => setParams((current) => withYear(current, next)), [setParams]);
  return [year, setYear];
}
