/** Where the manifest lives: `./data/` beside the page, or `?data=<relative folder>` for tests and demos. */
export function dataUrl(): string {
  const custom = new URLSearchParams(window.location.search).get('data');
  if (custom && /^[A-Za-z0-9_./-]+$/.test(custom) && !custom.includes('..') && !custom.includes('//')) {
    return new URL(custom.endsWith('/') ? custom : `${custom}/`, window.location.href).href;
  }
  return new URL('data/', window.location.href).href;
}
