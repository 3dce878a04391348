// When the first DuckDB-computed content is on screen: the header's data chip showing a table's
// row count (src/app/DataStatus.tsx), above the fold. Timed in the page, from navigation start to
// the animation callbacks of the first frame that draws it (its paint follows in the same task; a
// timer queued from there read up to 800 ms late behind start-up's decoding tasks). Playwright's
// own waiting polls every 500 ms from outside the page and overstated it by 200–1,000 ms.
import type { BrowserContext, Page } from 'playwright-core';

export const FIRST_CONTENT = '.data-status .count';

const PROBE = `(() => {
  const seen = () => {
    if (window.__hmFirstContent || !document.querySelector(${JSON.stringify(FIRST_CONTENT)})) return;
    window.__hmFirstContent = -1;
    requestAnimationFrame(() => { window.__hmFirstContent = performance.now(); });
  };
  new MutationObserver(seen).observe(document, { subtree: true, childList: true });
})()`;

/** Install the probe in every page the context opens. */
export async function watchFirstContent(context: BrowserContext): Promise<void> {
  await context.addInitScript(PROBE);
}

/** Milliseconds from navigation start to the frame that first draws the content. */
export async function firstContentOnScreen(page: Page, timeout = 300_000): Promise<number> {
  await page.waitForFunction('window.__hmFirstContent > 0', undefined, { timeout, polling: 100 });
  return Math.round(Number(await page.evaluate('window.__hmFirstContent')));
}
