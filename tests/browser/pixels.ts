import type { Locator, Page } from 'playwright-core';

/**
 * Share of pixels in a screenshot of `target` that differ clearly from `background` (an RGB
 * triple); the PNG is decoded in the page itself, so no image library is needed in Node.
 */
export async function paintedShare(page: Page, target: Locator, background: [number, number, number]): Promise<number> {
  const png = (await target.screenshot()).toString('base64');
  return page.evaluate(
    async ({ png, bg }) => {
      const img = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
      const canvas = new OffscreenCanvas(img.width, img.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const { data } = ctx.getImageData(0, 0, img.width, img.height);
      let painted = 0;
      for (let i = 0; i < data.length; i += 4) {
        const d = Math.abs(data[i]! - bg[0]) + Math.abs(data[i + 1]! - bg[1]) + Math.abs(data[i + 2]! - bg[2]);
        if (d > 40) painted++;
      }
      return painted / (data.length / 4);
    },
    { png, bg: background },
  );
}

/** Share of pixels that differ clearly between two screenshots of the same size. */
export async function changedShare(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ({ a, b }) => {
      const pixels = async (png: string) => {
        const img = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
        const ctx = new OffscreenCanvas(img.width, img.height).getContext('2d')!;
        ctx.drawImage(img, 0, 0);
        return ctx.getImageData(0, 0, img.width, img.height).data;
      };
      const [pa, pb] = [await pixels(a), await pixels(b)];
      if (pa.length !== pb.length) return 1;
      let changed = 0;
      for (let i = 0; i < pa.length; i += 4) {
        const d = Math.abs(pa[i]! - pb[i]!) + Math.abs(pa[i + 1]! - pb[i + 1]!) + Math.abs(pa[i + 2]! - pb[i + 2]!);
        if (d > 40) changed++;
      }
      return changed / (pa.length / 4);
    },
    { a: a.toString('base64'), b: b.toString('base64') },
  );
}
