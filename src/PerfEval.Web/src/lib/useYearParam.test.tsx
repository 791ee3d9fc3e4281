// @vitest-environment jsdom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { MemoryRouter, useLocation } from 'react-router-dom';
import { afterEach, describe, expect, it } from 'vitest';
import { useYearParam } from './useYearParam';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

interface Seen { year: number; search: string; setYear: (year: number) => void }

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
});

/**
 * Renders a page that uses the hook at a URL; the returned object always holds the latest render's values. The
 * browser's address is the page's too, unless the user has already gone on to `browserAt`.
 */
function renderAt(url: string, fallback: number, browserAt = url): Seen {
  window.history.replaceState(null, '', browserAt);
  const seen = {} as Seen;
  function Probe() {
    const [year, setYear] = useYearParam(fallback);
    const location = useLocation();
    Object.assign(seen, { year, setYear, search: location.search });
    return null;
  }
  root = createRoot(document.createElement('div'));
  act(() => root!.render(<MemoryRouter initialEntries={[url]}><Probe /></MemoryRouter>));
  return seen;
}

describe('the year in the URL', () => {
  it('is read from ?year=', () => {
    const seen = renderAt('/admin/calendar?year=2024', 2026);
    expect(seen.year).toBe(2024);
    expect(seen.search).toBe('?year=2024');
  });

  it('is the fallback when missing or invalid, and the URL then says so', () => {
    for (const url of ['/admin/calendar', '/admin/calendar?year=', '/admin/calendar?year=abc', '/admin/calendar?year=1899']) {
      const seen = renderAt(url, 2026);
      expect(seen.year, url).toBe(2026);
      expect(seen.search, url).toBe('?year=2026');
      act(() => root?.unmount());
    }
  });

  it('is not written by a page the user has already left (still on screen while the next page loads)', () => {
    const seen = renderAt('/manager', 2026, '/admin/directory');
    expect(seen.year).toBe(2026);
    expect(seen.search).toBe('');
  });

  it('follows a choice at once, keeping the other parameters', () => {
    const seen = renderAt('/manager?department=dept-a&year=2025', 2025);
    act(() => seen.setYear(2024));
    expect(seen.year).toBe(2024);
    expect(seen.search).toBe('?department=dept-a&year=2024');
  });
});
