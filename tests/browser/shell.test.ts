import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { serve } from '../../scripts/lib/server';
import { launch, openPage } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

interface ManifestLike {
  tables: Record<string, { files: string[]; rows: number }>;
}
const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as ManifestLike;

/** Serve the built site with a damaged copy of the test dataset. */
async function withDamagedData(damage: (dir: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), 'hm-data-'));
  cpSync(inject('dataDir'), dir, { recursive: true });
  damage(dir);
  const server = await serve({ root: inject('distDir'), dataDir: dir });
  return { url: server.url, close: async () => { await server.close(); rmSync(dir, { recursive: true, force: true }); } };
}

describe('app shell', () => {
  it('shows row counts computed by DuckDB, with no foreign request and no console error', async () => {
    const w = await openPage(browser, inject('baseUrl'));
    const t0 = Date.now();
    await w.page.goto(inject('baseUrl'));
    const manifest = manifestOf(inject('dataDir'));
    // Eager tables are counted by DuckDB; lazy ones (loaded when a view needs them) say so.
    const names = Object.keys(manifest.tables);
    await w.page.waitForFunction(
      (n) =>
        document.querySelectorAll('[data-region=tables] tbody tr').length === n &&
        document.querySelectorAll('[data-region=tables] tr[data-state=loading]').length === 0,
      names.length,
      { timeout: 60_000 },
    );
    const ready = await w.page.locator('[data-region=tables] tr[data-state=ready]').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-table')!));
    expect(ready).toEqual(expect.arrayContaining(['divisions', 'hazards']));
    expect(await w.page.locator('tr[data-table=boundaries]').innerText()).toContain('按需加载');
    console.log(`${ready.length} of ${names.length} tables counted by DuckDB ${Date.now() - t0} ms after navigation`);
    for (const name of ready) {
      const text = await w.page.locator(`tr[data-table=${name}] td.num`).innerText();
      const expected = manifest.tables[name]!.rows;
      const shown = text.endsWith('万') ? Math.round(Number(text.slice(0, -1).replaceAll(',', '')) * 10000) : Number(text.replaceAll(',', ''));
      expect(Math.abs(shown - expected), `${name}: shown ${text}, manifest ${expected}`).toBeLessThanOrEqual(expected >= 100000 ? 50 : 0);
    }
    // Above the fold, the header says what DuckDB holds, with the hazards it counted.
    const status = w.page.locator('.data-status');
    await expect.poll(() => status.innerText()).toBe(`数据 ${ready.length} 表 · 重大事故隐患 ${await w.page.locator('tr[data-table=hazards] td.num').innerText()}条`);
    const box = await status.boundingBox();
    expect(box && box.y + box.height).toBeLessThan(100);
    await status.click();
    // A smooth scroll, which starts late while the page is busy (0.7–1.9 s seen under software rendering).
    await expect.poll(() => w.page.evaluate(() => Math.round(document.querySelector('[data-region=tables]')!.getBoundingClientRect().top)), { timeout: 10_000 }).toBeLessThan(1000);
    await w.page.locator('[data-region=kpi][data-state=ready]').waitFor({ timeout: 60_000 });
    expect(w.foreign).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
    expect(w.pageErrors).toEqual([]);
    await w.context.close();
  });

  it('drives the breadcrumb from ?division and moves through history', async () => {
    const w = await openPage(browser, inject('baseUrl'));
    await w.page.goto(`${inject('baseUrl')}?division=530302`);
    const crumb = w.page.locator('nav.breadcrumb');
    await expect.poll(() => crumb.innerText(), { timeout: 30_000 }).toMatch(/全国\s*›\s*云南省\s*›\s*曲靖市\s*›\s*麒麟区/);
    await crumb.getByRole('button', { name: '曲靖市' }).click();
    await expect.poll(() => new URL(w.page.url()).searchParams.get('division')).toBe('530300');
    await expect.poll(() => crumb.innerText()).toMatch(/云南省\s*›\s*曲靖市$/);
    await w.page.goBack();
    await expect.poll(() => crumb.innerText()).toMatch(/麒麟区$/);
    await w.page.goForward();
    await expect.poll(() => new URL(w.page.url()).searchParams.get('division')).toBe('530300');
    expect(w.foreign).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
    await w.context.close();
  });
});

describe('bad data', () => {
  it('names the missing table and file, and the other panels keep working', async () => {
    let missing = '';
    const s = await withDamagedData((dir) => {
      missing = manifestOf(dir).tables.hazards!.files[0]!;
      rmSync(join(dir, missing));
    });
    const w = await openPage(browser, s.url);
    await w.page.goto(`${s.url}?division=530302`);
    const row = w.page.locator('tr[data-table=hazards]');
    await expect.poll(() => row.getAttribute('data-state'), { timeout: 60_000 }).toBe('error');
    const text = await row.innerText();
    expect(text).toContain('hazards');
    expect(text).toContain(missing);
    await expect.poll(() => w.page.locator('[data-region=kpi]').innerText()).toContain(missing);
    await w.page.locator('tr[data-table=divisions][data-state=ready]').waitFor();
    await expect.poll(() => w.page.locator('nav.breadcrumb').innerText()).toMatch(/麒麟区$/);
    expect(w.pageErrors).toEqual([]);
    await w.context.close();
    await s.close();
  });

  it('names a corrupt Parquet file', async () => {
    let corrupt = '';
    const s = await withDamagedData((dir) => {
      corrupt = manifestOf(dir).tables.hazards!.files.at(-1)!;
      writeFileSync(join(dir, corrupt), 'PAR1 this is not parquet PAR1');
    });
    const w = await openPage(browser, s.url);
    await w.page.goto(s.url);
    const row = w.page.locator('tr[data-table=hazards]');
    await expect.poll(() => row.getAttribute('data-state'), { timeout: 60_000 }).toBe('error');
    expect(await row.innerText()).toContain(corrupt);
    await w.page.locator('tr[data-table=divisions][data-state=ready]').waitFor();
    await expect.poll(() => w.page.locator('.data-status').innerText(), { timeout: 60_000 }).toMatch(/^数据 \d+ 表 · 行政区划 [\d,]+个 · 1 表出错$/);
    expect(w.pageErrors).toEqual([]);
    await w.context.close();
    await s.close();
  });

  it('explains a manifest that does not parse, and the header still works', async () => {
    const s = await withDamagedData((dir) => writeFileSync(join(dir, 'manifest.json'), '{"schema_version": 1, "tables": {'));
    const w = await openPage(browser, s.url);
    await w.page.goto(s.url);
    const tables = w.page.locator('[data-region=tables]');
    await expect.poll(() => tables.getAttribute('data-state'), { timeout: 30_000 }).toBe('error');
    expect(await tables.innerText()).toContain('manifest.json');
    await expect.poll(() => w.page.locator('h1').innerText()).toBe('隐患一张图');
    expect(w.pageErrors).toEqual([]);
    await w.context.close();
    await s.close();
  });

  it("names DuckDB's worker script when it cannot be fetched, and the header still works", async () => {
    const root = mkdtempSync(join(tmpdir(), 'hm-dist-'));
    cpSync(inject('distDir'), root, { recursive: true, filter: (src) => !/duckdb-browser-eh\.worker-[^/]*\.js(\.gz)?$/.test(src) });
    const worker = readdirSync(join(inject('distDir'), 'assets')).find((f) => /^duckdb-browser-eh\.worker-.*\.js$/.test(f))!;
    const server = await serve({ root, dataDir: inject('dataDir') });
    const w = await openPage(browser, server.url);
    await w.page.goto(server.url);
    const tables = w.page.locator('[data-region=tables]');
    await expect.poll(() => tables.getAttribute('data-state'), { timeout: 30_000 }).toBe('error');
    expect(await tables.innerText()).toContain(`DuckDB 启动失败：无法加载 DuckDB 的 worker 脚本 ${server.url}assets/${worker}`);
    await expect.poll(() => w.page.locator('[data-region=kpi]').getAttribute('data-state')).toBe('error');
    expect(await w.page.locator('h1').innerText()).toBe('隐患一张图');
    expect(await w.page.locator('.data-status').innerText()).toBe('数据库启动失败');
    expect(w.pageErrors).toEqual([]);
    await w.context.close();
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });
});
