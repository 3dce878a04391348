// DuckDB's worker answers requests first come, first served. Queries of panels below the first
// screen (registers, progress tables, breakdowns: up to 0.8 s each at national scale) are therefore
// held here and sent one at a time, only while no other query is in flight: a drill or filter the
// user makes meanwhile waits for at most the one background query already sent, not for every panel
// the page scrolled past (5–6 s after scrolling to the bottom and back, before this).

interface Held {
  key: string;
  send: () => Promise<unknown>;
  settle: (p: Promise<unknown>) => void;
}

export class Scheduler {
  private foreground = 0;
  private background = false;
  private readonly held: Held[] = [];

  /** Sends at once; held background queries wait until this settles. */
  now<T>(send: () => Promise<T>): Promise<T> {
    this.foreground++;
    const p = send();
    const done = () => {
      this.foreground--;
      this.pump();
    };
    p.then(done, done);
    return p;
  }

  /** Sends when nothing else is in flight, one background query at a time. */
  later<T>(key: string, send: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.held.push({ key, send, settle: (p) => (p as Promise<T>).then(resolve, reject) });
      this.pump();
    });
  }

  /** A held query that a panel in view now asks for is sent at once. */
  promote(key: string): void {
    const i = this.held.findIndex((h) => h.key === key);
    if (i < 0) return;
    const [h] = this.held.splice(i, 1);
    h!.settle(this.now(h!.send));
  }

  /** Background queries still held (not sent). */
  get waiting(): number {
    return this.held.length;
  }

  private pump(): void {
    if (this.foreground > 0 || this.background) return;
    const h = this.held.shift();
    if (!h) return;
    this.background = true;
    const p = h.send();
    const done = () => {
      this.background = false;
      this.pump();
    };
    p.then(done, done);
    h.settle(p);
  }
}
