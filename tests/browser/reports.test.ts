import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('progress tables in the UI', () => {
  it('shows the progress table of 麒麟区 and downloads it as XLSX and CSV with the form headers', async () => {
    const w = await openPage(browser, inject('baseUrl'));
    await w.page.goto(`${inject('baseUrl')}?division=530302`);
    const panel = w.page.locator('[data-region=reports]');
    // Panels below the fold query only once scrolled into view, as a user would.
    await panel.scrollIntoViewIfNeeded();
    await panel.locator('select[aria-label=月份]').selectOption('2023-09');
    await w.page.locator('[data-region=reports][data-state=ready]').waitFor({ timeout: 90_000 }).catch(async (err: Error) => {
      // Say what the page was doing: the panel's state, queries pending, console errors.
      const state = await w.page.evaluate(() => ({
        panel: document.querySelector('[data-region=reports]')?.getAttribute('data-state'),
        busy: document.documentElement.dataset.busy,
        text: (document.querySelector('[data-region=reports]') as HTMLElement | null)?.innerText.slice(0, 200),
      })).catch(() => 'page unresponsive');
      throw new Error(`${err.message.split('\n')[0]}; ${JSON.stringify(state)}; console errors: ${w.consoleErrors.join(' | ').slice(0, 300)}`);
    });
    expect(await panel.innerText()).toContain('企业自查');

    const [xlsx] = await Promise.all([w.page.waitForEvent('download'), panel.locator('button[data-export=xlsx]').click()]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await xlsx.path())!);
    const text = book.worksheets.flatMap((ws) => ws.getSheetValues().flat().map(String)).join(' ');
    expect(text).toContain('重大事故隐患');
    expect(text).toContain('麒麟区');

    const [csv] = await Promise.all([w.page.waitForEvent('download'), panel.locator('button[data-export=csv]').click()]);
    const body = readFileSync((await csv.path())!, 'utf8');
    expect(body.charCodeAt(0)).toBe(0xfeff);
    expect(body).toContain('企业自查');
    expect(w.foreign).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });
});
