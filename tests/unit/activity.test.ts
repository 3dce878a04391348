import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// activity.ts publishes the pending count on <html data-busy>; a bare object stands in for it.
const html = { dataset: {} as Record<string, string> };
vi.stubGlobal('document', { documentElement: html });
const { deliver, setMapLeads, track } = await import('../../src/app/activity');

/** A query whose answer the test releases by hand. */
function pendingQuery(later = false): { settle: () => Promise<void> } {
  let resolve!: () => void;
  const p = track(new Promise<void>((ok) => (resolve = ok)), later);
  return { settle: async () => { resolve(); await p; await Promise.resolve(); } };
}

describe('answers delivered in batches', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('applies the panels’ answers together when the last one is in, the map’s with them', async () => {
    const applied: string[] = [];
    const kpi = pendingQuery();
    const chart = pendingQuery();
    const map = pendingQuery(true);
    expect(html.dataset.busy).toBe('3');

    await map.settle();
    deliver(() => applied.push('map'), true);
    await kpi.settle();
    deliver(() => applied.push('kpi'));
    expect(applied).toEqual([]);

    await chart.settle();
    deliver(() => applied.push('chart'));
    expect(applied).toEqual(['kpi', 'chart', 'map']);
    expect(html.dataset.busy).toBe('0');
  });

  it('after a drill, applies the map’s answers as soon as its own are in', async () => {
    const applied: string[] = [];
    setMapLeads(true);
    const kpi = pendingQuery();
    const shapes = pendingQuery(true);
    const values = pendingQuery(true);
    await shapes.settle();
    deliver(() => applied.push('shapes'), true);
    expect(applied).toEqual([]);
    await values.settle();
    deliver(() => applied.push('values'), true);
    expect(applied).toEqual(['shapes', 'values']);
    await kpi.settle();
    deliver(() => applied.push('kpi'));
    expect(applied).toEqual(['shapes', 'values', 'kpi']);

    // The next change (a filter) is back to the map after the panels.
    setMapLeads(false);
    const chart = pendingQuery();
    const recolour = pendingQuery(true);
    await recolour.settle();
    deliver(() => applied.push('recolour'), true);
    await chart.settle();
    deliver(() => applied.push('chart'));
    expect(applied.slice(3)).toEqual(['chart', 'recolour']);
  });

  it('does not hold an answer longer than 250 ms behind a slow query', async () => {
    const applied: string[] = [];
    const fast = pendingQuery();
    const slow = pendingQuery();
    await fast.settle();
    deliver(() => applied.push('fast'));
    vi.advanceTimersByTime(249);
    expect(applied).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(applied).toEqual(['fast']);
    await slow.settle();
    deliver(() => applied.push('slow'));
    expect(applied).toEqual(['fast', 'slow']);
  });

  it('applies an answer at once when nothing else is pending', () => {
    const applied: string[] = [];
    deliver(() => applied.push('only'));
    expect(applied).toEqual(['only']);
  });
});
