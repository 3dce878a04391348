import { useEffect, useRef } from 'react';
import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';

interface Props {
  option: EChartsOption;
  height?: number;
  label: string;
  onClick?: (params: echarts.ECElementEvent) => void;
}

// No animation: every animated frame is a full redraw, which on software rendering (government PCs
// without a GPU, the projector laptop) costs more than the whole update.
const draw = (c: echarts.ECharts, option: EChartsOption) => c.setOption({ animation: false, ...option }, { notMerge: true });

/** `data-drawn` says whether the latest option is on the canvas (read by the browser tests). */
const mark = (el: HTMLElement | null, drawn: boolean) => {
  if (el) el.dataset.drawn = String(drawn);
};

/** The one ECharts lifecycle wrapper: init once, setOption on change (deferred while off screen), resize with the box. */
export function EChart({ option, height = 260, label, onClick }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  /** Off screen, a new option waits here until the chart scrolls into view. */
  const pending = useRef<EChartsOption | null>(null);
  const visible = useRef(false);
  useEffect(() => {
    if (!ref.current) return;
    const c = echarts.init(ref.current, undefined, { renderer: 'canvas' });
    chart.current = c;
    // Browser tests find bar positions through the instance (convertToPixel) to click like a user.
    (ref.current as HTMLDivElement & { __chart?: echarts.ECharts }).__chart = c;
    const ro = new ResizeObserver(() => c.resize());
    ro.observe(ref.current);
    const io = new IntersectionObserver(([e]) => {
      visible.current = e?.isIntersecting ?? false;
      if (visible.current && pending.current) {
        draw(c, pending.current);
        pending.current = null;
        mark(ref.current, true);
      }
    }, { rootMargin: '0px' });
    io.observe(ref.current);
    return () => {
      ro.disconnect();
      io.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    const c = chart.current;
    if (c && visible.current) {
      draw(c, option);
      pending.current = null;
    } else pending.current = option;
    mark(ref.current, pending.current === null);
  }, [option]);
  useEffect(() => {
    const c = chart.current;
    if (!c || !onClick) return;
    c.on('click', onClick);
    return () => {
      c.off('click', onClick);
    };
  }, [onClick]);
  return <div ref={ref} className="echart" style={{ height }} role="img" aria-label={label} data-drawn="false" />;
}
