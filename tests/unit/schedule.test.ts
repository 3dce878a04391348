import { describe, expect, it } from 'vitest';
import { Scheduler } from '../../src/db/schedule';

/** A fake worker: records the order queries reach it and answers each when told to. */
function worker() {
  const sent: string[] = [];
  const pending = new Map<string, () => void>();
  const ask = (name: string) => () => {
    sent.push(name);
    return new Promise<string>((ok) => pending.set(name, () => ok(name)));
  };
  const answer = async (name: string) => {
    pending.get(name)!();
    pending.delete(name);
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { sent, ask, answer };
}

describe('query schedule (panels below the first screen wait for the others)', () => {
  it('sends a first-screen query at once, ahead of background queries still held', async () => {
    const w = worker();
    const s = new Scheduler();
    void s.later('register', w.ask('register'));
    void s.later('report', w.ask('report'));
    expect(w.sent).toEqual(['register']);
    const drill = s.now(w.ask('drill'));
    expect(w.sent).toEqual(['register', 'drill']);
    await w.answer('register');
    expect(w.sent).toEqual(['register', 'drill']);
    await w.answer('drill');
    await expect(drill).resolves.toBe('drill');
    expect(w.sent).toEqual(['register', 'drill', 'report']);
  });

  it('keeps background queries one at a time and answers each with its own result', async () => {
    const w = worker();
    const s = new Scheduler();
    const a = s.later('a', w.ask('a'));
    const b = s.later('b', w.ask('b'));
    expect(w.sent).toEqual(['a']);
    expect(s.waiting).toBe(1);
    await w.answer('a');
    expect(w.sent).toEqual(['a', 'b']);
    await w.answer('b');
    await expect(a).resolves.toBe('a');
    await expect(b).resolves.toBe('b');
  });

  it('sends a held query at once when a panel in view asks for it', async () => {
    const w = worker();
    const s = new Scheduler();
    void s.now(w.ask('kpi'));
    const held = s.later('ranking', w.ask('ranking'));
    expect(w.sent).toEqual(['kpi']);
    s.promote('ranking');
    expect(w.sent).toEqual(['kpi', 'ranking']);
    await w.answer('ranking');
    await expect(held).resolves.toBe('ranking');
  });

  it('goes on after a failed query', async () => {
    const s = new Scheduler();
    const failed = s.later('bad', () => Promise.reject(new Error('Parser Error')));
    const next = s.later('good', () => Promise.resolve('ok'));
    await expect(failed).rejects.toThrow('Parser Error');
    await expect(next).resolves.toBe('ok');
  });
});
