// First DuckDB-computed content (issue 2), timed over several page loads with nothing of the site
// cached: in a browser just started, and in a browser already open on another page (a new
// browser context each time: fresh HTTP cache and renderer, but the GPU process already running).
import type { Browser } from 'playwright-core';
import { launch, openPage } from '../../tests/browser/harness';
import { serve } from '../lib/server';
import { median } from './native';
import { firstContentOnScreen, watchFirstContent } from './firstContent';

export interface StartupResult {
  freshBrowserMs: number[];
  openBrowserMs: number[];
}

async function firstContent(browser: Browser, url: string): Promise<number> {
  const w = await openPage(browser, url);
  await watchFirstContent(w.context);
  await w.page.goto(url);
  const ms = await firstContentOnScreen(w.page, 60_000);
  await w.context.close();
  return ms;
}

export async function runStartup(distDir: string, dataDir: string, runs: number, log: (s: string) => void): Promise<StartupResult> {
  const server = await serve({ root: distDir, dataDir });
  const result: StartupResult = { freshBrowserMs: [], openBrowserMs: [] };
  try {
    for (let i = 0; i < runs; i++) {
      const fresh = await launch();
      try {
        result.freshBrowserMs.push(await firstContent(fresh, server.url));
      } finally {
        await fresh.close();
      }
    }
    const open = await launch();
    try {
      const other = await openPage(open, server.url);
      await other.page.setContent('<h1 style="font: 32px sans-serif">另一个页面</h1><p>浏览器已经打开。</p>');
      await other.page.waitForTimeout(1000);
      for (let i = 0; i < runs; i++) result.openBrowserMs.push(await firstContent(open, server.url));
    } finally {
      await open.close();
    }
  } finally {
    await server.close();
  }
  log(`  first DuckDB content: fresh browser median ${median(result.freshBrowserMs)} ms (${result.freshBrowserMs.join(', ')}), browser already open median ${median(result.openBrowserMs)} ms (${result.openBrowserMs.join(', ')})`);
  return result;
}
