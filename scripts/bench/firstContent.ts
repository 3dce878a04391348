// When the first DuckDB-computed content is on screen: the header's data chip showing a table's
// row count (src/app/DataStatus.tsx), above the fold. Timed in the page, from navigation start to
// the end of the first frame that draws it. Playwright's own waiting polls every 500 ms from
// outside the page and overstated it by 200–1,000 ms (docs/benchmarks.md).
import type { BrowserContext, Page } from 'playwright-core';

export const FIRST_CONTENT = '.data-status .count';

const PROBE = `(() => {
  const seen = () => {
    if (window.__hmFirstContent || !document.querySelector(${JSON.stringify(FIRST_CONTENT)})) return;
    window.__hmFirstContent = -1;
    requestAnimationFrame(() => setTimeout(() => { window.__hmFirstContent = performance.now(); }));
  };
  new MutationObserver(seen).observe(document, { subtree: true, childList: true });
})()`;

/** Install the probe in every page the context opens. */
export async function watchFirstContent(context: BrowserContext): Promise<void> {
  await context.addInitScript(PROBE);
}

/** Milliseconds from navigation start to the first frame showing the content. */
export async function firstContentOnScreen(page: Page, timeout = 300_000): Promise<number> {
  await page.waitForFunction('window.__hmFirstContent > 0', undefined, { timeout, polling: 100 });
  return Math.round(Number(await page.evaluate('window.__hmFirstContent')));
}
