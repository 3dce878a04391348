// Chromium via playwright-core (Debian's /usr/bin/chromium or CHROME_PATH), with the flags of
// STACK.md: SwiftShader WebGL, no background networking. Collects what a test must fail on.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const FLAGS = [
  '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export async function launch(): Promise<Browser> {
  // Playwright gives every launch a fresh temporary profile (the --user-data-dir of STACK.md).
  return chromium.launch({ executablePath: CHROME, headless: true, args: FLAGS });
}

export interface Watched {
  page: Page;
  context: BrowserContext;
  /** Requests to any origin other than the page's own. */
  foreign: string[];
  consoleErrors: string[];
  pageErrors: string[];
}

export async function openPage(browser: Browser, baseUrl: string, viewport = { width: 1600, height: 1000 }): Promise<Watched> {
  const context = await browser.newContext({ viewport, acceptDownloads: true, locale: 'zh-CN' });
  const page = await context.newPage();
  const origin = new URL(baseUrl).origin;
  const w: Watched = { page, context, foreign: [], consoleErrors: [], pageErrors: [] };
  page.on('request', (req) => {
    const url = req.url();
    if (url.startsWith('data:') || url.startsWith('blob:')) return;
    if (new URL(url).origin !== origin) w.foreign.push(url);
  });
  page.on('console', (msg) => {
    if (process.env.HM_DEBUG) console.log('[console]', msg.type(), msg.text());
    if (msg.type() === 'error') w.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => w.pageErrors.push(String(err)));
  return w;
}
