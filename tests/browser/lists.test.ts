import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { MARK_BUDGET } from '../../src/queries/marks';
import { all } from '../../scripts/lib/duck';
import { openDataset } from '../sql/fixture';
import { launch, openPage, type Watched } from './harness';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function openAt(search: string): Promise<Watched> {
  const w = await openPage(browser, inject('baseUrl'));
  await w.page.goto(`${inject('baseUrl')}${search}`);
  await drawn(w);
  return w;
}

const drawn = (w: Watched) => w.page.locator('.map-view[data-drawn=true]').waitFor({ timeout: 90_000 });
const marks = (w: Watched) => w.page.evaluate('window.__hmMarks ?? -1') as Promise<number>;
const lists = (w: Watched) => new URL(w.page.url()).searchParams.get('lists');
const listToggle = (w: Watched, name: string) => w.page.getByRole('group', { name: '4张清单' }).getByLabel(name, { exact: true });

async function clean(w: Watched): Promise<void> {
  expect(w.foreign).toEqual([]);
  expect(w.consoleErrors).toEqual([]);
  await w.context.close();
}

describe('the four lists on the map', () => {
  it('opens ?division=530302&lists=duty with the duty layer on', async () => {
    const w = await openAt('?division=530302&lists=duty');
    expect(await listToggle(w, '责任').isChecked()).toBe(true);
    expect(await listToggle(w, '防控').isChecked()).toBe(false);
    await expect.poll(() => w.page.locator('.marks-legend').innerText(), { timeout: 60_000 }).toContain('责任清单');
    expect(await w.page.locator('.marks-legend').innerText()).toMatch(/三方责任均明确/);
    await expect.poll(() => marks(w)).toBeGreaterThan(0);

    // Click a duty mark on the map (the triangle sits 9 px up-left of its object): the risk opens with its chain.
    const conn = await openDataset(inject('dataDir'));
    const risks = await all(conn, `SELECT lon, lat FROM risks WHERE county_code = '530302' AND duties_named < 3 ORDER BY id LIMIT 50`);
    conn.closeSync();
    await drawn(w);
    // The first such risk whose mark is not under a legend or a control.
    const at = await w.page.evaluate(`(() => {
      const m = window.__hmMap; const r = m.getCanvas().getBoundingClientRect();
      for (const k of ${JSON.stringify(risks.map((x) => [Number(x.lon), Number(x.lat)]))}) {
        const p = m.project(k); const x = r.left + p.x - 9; const y = r.top + p.y - 9;
        if (document.elementFromPoint(x, y)?.tagName === 'CANVAS') return { x, y };
      }
      return null;
    })()`) as { x: number; y: number } | null;
    if (!at) throw new Error('no duty mark of 麒麟区 lies in the open');
    // Like a user: hover until the mark's tooltip shows (the marks arrive after the outlines), then click.
    await expect.poll(async () => {
      await w.page.mouse.move(at.x + 1, at.y);
      await w.page.mouse.move(at.x, at.y);
      await w.page.waitForTimeout(300);
      return w.page.locator('.map-tooltip').innerText().catch(() => '');
    }, { timeout: 30_000 }).toContain('责任清单');
    await w.page.mouse.click(at.x, at.y);
    await expect.poll(() => new URL(w.page.url()).searchParams.get('sel') ?? '', { timeout: 10_000 }).toMatch(/^risks:R53030/);
    expect(new URL(w.page.url()).searchParams.get('division'), 'the click hit the mark, not the town under it').toBe('530302');
    const detail = w.page.locator('[data-region=detail]');
    await expect.poll(() => detail.innerText(), { timeout: 60_000 }).toContain('党政同责、一岗双责');
    expect(await detail.innerText()).toMatch(/企业主体责任[\s\S]*部门监管责任[\s\S]*属地管理责任/);
    await clean(w);
  });

  it('changes the map when each list layer is turned on and off', async () => {
    const w = await openAt('?division=530302&marks=');
    const map = w.page.locator('.map-view');
    await expect.poll(() => marks(w)).toBe(0);
    const before = await map.screenshot();
    for (const [name, key, legend] of [['基础', 'basic', '基础清单'], ['防控', 'control', '防控清单'], ['责任', 'duty', '责任清单'], ['应急', 'emergency', '应急清单']] as const) {
      await listToggle(w, name).check();
      await expect.poll(() => lists(w)).toBe(key);
      await expect.poll(() => marks(w), { timeout: 60_000 }).toBeGreaterThan(0);
      await drawn(w);
      await expect.poll(() => w.page.locator('.marks-legend').innerText()).toContain(legend);
      const on = await map.screenshot();
      expect(on.equals(before), `${name} drew nothing`).toBe(false);
      await listToggle(w, name).uncheck();
      await expect.poll(() => lists(w)).toBeNull();
      await expect.poll(() => marks(w), { timeout: 60_000 }).toBe(0);
    }
    await clean(w);
  });

  it('keeps every layer within the mark bound, from the country down to a county', async () => {
    for (const search of ['?lists=basic,control,duty,emergency&marks=hazards,sites,enterprises', '?division=530000&lists=basic,control,duty,emergency', '?division=530302&lists=basic,control,duty,emergency&marks=hazards,sites,enterprises']) {
      const w = await openAt(search);
      await expect.poll(() => marks(w), { timeout: 60_000 }).toBeGreaterThan(0);
      await w.page.waitForTimeout(500);
      expect(await marks(w), search).toBeLessThanOrEqual(MARK_BUDGET);
      await clean(w);
    }
  });
});

describe('the registers', () => {
  it('filters the control register, exports what it shows, and opens a risk with its duty chain and nearest teams', async () => {
    const w = await openAt('?division=530302');
    const panel = w.page.locator('[data-region=registers]');
    await panel.scrollIntoViewIfNeeded();
    await panel.locator('[data-tab=control]').click();
    await expect.poll(() => new URL(w.page.url()).searchParams.get('reg')).toBe('control');
    const table = panel.locator('[data-region=register-control][data-state=ready]');
    await table.waitFor({ timeout: 90_000 });
    const total = async () => Number(await panel.locator('[data-total]').getAttribute('data-total'));
    const all = await total();
    expect(all).toBeGreaterThan(0);

    // Sorting by 措施落实 (e.g. "2/5") puts the fewest measures in place first.
    await table.locator('th button[data-sort=in_place]').click();
    await expect.poll(() => new URL(w.page.url()).searchParams.get('rsort')).toBe('in_place');
    await expect.poll(() => table.locator('th[aria-sort=ascending]').innerText()).toContain('措施落实');

    await panel.getByRole('checkbox', { name: /只看措施未落实/ }).check();
    await expect.poll(total).toBeLessThan(all);
    const gaps = await total();
    expect(gaps).toBeGreaterThan(0);
    const status = await table.locator('tbody tr td:last-child').allInnerTexts();
    expect(status.length).toBeGreaterThan(0);
    for (const s of status) expect(s).not.toBe('已落实');

    const firstName = (await table.locator('tbody tr').first().locator('button.link').innerText()).trim();
    const term = firstName.slice(-4); // e.g. "火灾风险"
    await panel.getByLabel('搜索清单').fill(term);
    await expect.poll(() => new URL(w.page.url()).searchParams.get('rq')).toBe(term);
    await expect.poll(total).toBeLessThanOrEqual(gaps);
    const names = await table.locator('tbody tr button.link').allInnerTexts();
    for (const n of names) expect(n).toContain(term);

    const [xlsx] = await Promise.all([w.page.waitForEvent('download'), panel.locator('button[data-export=xlsx]').click()]);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile((await xlsx.path())!);
    const text = book.worksheets.flatMap((ws) => ws.getSheetValues().flat().map(String)).join(' ');
    expect(text).toContain('防控清单');
    expect(text).toContain('管控措施');
    expect(text).toContain(firstName);
    const [csv] = await Promise.all([w.page.waitForEvent('download'), panel.locator('button[data-export=csv]').click()]);
    const lines = readFileSync((await csv.path())!, 'utf8').trim().split('\n');
    expect(lines.filter((l) => l.includes(term)).length).toBe(await total());

    await table.locator('tbody tr').first().locator('button.link').click();
    await expect.poll(() => new URL(w.page.url()).searchParams.get('sel')).toMatch(/^risks:R/);
    const detail = w.page.locator('[data-region=detail]');
    await expect.poll(() => detail.innerText(), { timeout: 60_000 }).toContain('管行业必须管安全');
    expect(await detail.innerText()).toContain(firstName);
    const teams = detail.locator('.nearest[data-kind=team] li');
    await expect.poll(() => teams.count(), { timeout: 60_000 }).toBe(5);
    expect(await teams.first().innerText()).toMatch(/公里/);
    await clean(w);
  });
});

describe('tailings dams', () => {
  it('flags 头顶库 exactly where the data does, and widens the downstream search on request', async () => {
    const conn = await openDataset(inject('dataDir'));
    const pick = async (head: boolean) => (await all(conn, `
      SELECT r.id, r.county_code FROM risks r JOIN sites s ON s.id = r.object_id
      WHERE s.type = 'tailings_dam' AND s.above_village = ${head} ORDER BY r.id LIMIT 1`))[0] as { id: string; county_code: string };
    for (const head of [true, false]) {
      const dam = await pick(head);
      const w = await openAt(`?division=${dam.county_code}&sel=risks:${dam.id}`);
      const verdict = w.page.locator('[data-region=detail] .head-dam');
      await verdict.waitFor({ timeout: 60_000 });
      expect(await verdict.innerText()).toContain(head ? '头顶库：下游 1 公里内有居民点' : '不属于头顶库');
      if (!head) {
        await w.page.locator('[data-region=detail] .downstream select').selectOption('10');
        await expect.poll(() => new URL(w.page.url()).searchParams.get('dkm')).toBe('10');
        await expect.poll(() => w.page.locator('[data-region=detail] .downstream').innerText()).toMatch(/公里/);
      }
      await clean(w);
    }
    conn.closeSync();
  });
});
