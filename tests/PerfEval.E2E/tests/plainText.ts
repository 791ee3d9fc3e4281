import { expect, type Page } from '@playwright/test';

/**
 * What a person must never read on a page in Chinese mode: codes and English error text. Each entry names the kind
 * of token, so a failure says what leaked. Raw ids of the directory's units and departments: expectNoIds.
 */
const leaks: { kind: string; pattern: RegExp }[] = [
  { kind: 'UPPER_SNAKE code', pattern: /\b[A-Z]{2,}(_[A-Z0-9]+)+\b/g },
  { kind: 'JSON path', pattern: /\$\.|\w+\[\d+\]\.\w+/g },
  { kind: 'event type', pattern: /\b[A-Z][a-z]+(?:[A-Z][a-z]+)+(?:ed|Opened|Claimed)\b/g },
  { kind: 'dotted code', pattern: /\b[a-z]+\.[a-z_]+\b/g },
  { kind: 'English error text', pattern: /\b(?:must be|expected|The request|is not valid|found ')/gi },
  { kind: 'source or actor code', pattern: /\bimport:\w+|\bPerfEval Platform\b/g },
];

/** Dotted words that are not codes: file names a person chose or downloads. */
const fileName = /\.(?:json|xlsx|txt|pdf|docx|csv|zip)$/i;

/** The code-like tokens and Latin error text in a text, by kind (empty when the text is clean). */
export function codeLikeTokens(text: string): string[] {
  const found: string[] = [];
  for (const { kind, pattern } of leaks) {
    for (const match of text.matchAll(pattern)) {
      if (kind === 'dotted code' && fileName.test(match[0])) continue;
      found.push(`${kind}: ${match[0]}`);
    }
  }
  return found;
}

/**
 * Fails when the page's visible text (in Chinese mode) shows a code, a JSON path, an event type's name, a dotted
 * error code or an English error sentence; `where` names the page in the failure.
 */
export async function expectNoCodes(page: Page, where: string) {
  const text = await page.locator('body').innerText();
  expect(codeLikeTokens(text), `${where}: code-like tokens or English error text visible in Chinese mode`).toEqual([]);
}

/** The ids of units and departments (unit-…, dept-…) in a text. */
export const rawIds = (text: string) => [...text.matchAll(/\b(?:unit|dept)-[a-z0-9-]+\b/g)].map((m) => m[0]);

/**
 * Fails when the page's visible text shows the id of a unit or department the directory names (the demo
 * organisation's); `where` names the page in the failure.
 */
export async function expectNoIds(page: Page, where: string) {
  const text = await page.locator('body').innerText();
  expect(rawIds(text), `${where}: ids of units or departments visible instead of their names`).toEqual([]);
}
