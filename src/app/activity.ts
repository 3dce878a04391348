// Pending queries, published on <html data-busy> so tests and the benchmark can tell when a view
// has finished updating (no query pending and the map idle).
let pending = 0;

function publish(): void {
  document.documentElement.dataset.busy = String(pending);
}

export function track<T>(p: Promise<T>): Promise<T> {
  pending++;
  publish();
  const done = () => {
    pending--;
    publish();
  };
  p.then(done, done);
  return p;
}
