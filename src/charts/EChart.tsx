import { useEffect, useRef, useState } from 'react';
import type { ECElementEvent, EChartsOption, EChartsType } from 'echarts';

interface Props {
  option: EChartsOption;
  height?: number;
  label: string;
  onClick?: (params: ECElementEvent) => void;
}

let library: Promise<typeof import('./echartsLib')> | undefined;
/**
 * ECharts' code, fetched on first use: nothing is charted before DuckDB has answered, and parsing
 * it while DuckDB starts would slow the start (src/app/App.tsx starts the fetch once data loads).
 */
export const loadEcharts = () => (library ??= import('./echartsLib'));

// No animation: every animated frame is a full redraw, which on software rendering (government PCs
// without a GPU, the projector laptop) costs more than the whole update.
const draw = (c: EChartsType, option: EChartsOption) => c.setOption({ animation: false, ...option }, { notMerge: true });

/** `data-drawn` says whether the latest option is on the canvas (read by the browser tests). */
const mark = (el: HTMLElement | null, drawn: boolean) => {
  if (el) el.dataset.drawn = String(drawn);
};

/** The one ECharts lifecycle wrapper: init once, setOption on change (deferred while off screen), resize with the box. */
export function EChart({ option, height = 260, label, onClick }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [chart, setChart] = useState<EChartsType | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  /** A new option waits here until the chart exists and is on screen. */
  const pending = useRef<EChartsOption | null>(null);
  const visible = useRef(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    let stop: (() => void) | undefined;
    let unmounted = false;
    loadEcharts().then(({ init }) => {
      if (unmounted) return;
      const c = init(el, undefined, { renderer: 'canvas' });
      // Browser tests find bar positions through the instance (convertToPixel) to click like a user.
      (el as HTMLDivElement & { __chart?: EChartsType }).__chart = c;
      const ro = new ResizeObserver(() => c.resize());
      ro.observe(el);
      const io = new IntersectionObserver(([e]) => {
        visible.current = e?.isIntersecting ?? false;
        if (visible.current && pending.current) {
          draw(c, pending.current);
          pending.current = null;
          mark(el, true);
        }
      });
      io.observe(el);
      setChart(c);
      stop = () => {
        ro.disconnect();
        io.disconnect();
        c.dispose();
      };
    }, (err: unknown) => !unmounted && setFailed(`图表组件加载失败（${(err as Error).message}）`));
    return () => {
      unmounted = true;
      stop?.();
    };
  }, []);
  useEffect(() => {
    if (chart && visible.current) {
      draw(chart, option);
      pending.current = null;
    } else pending.current = option;
    mark(ref.current, pending.current === null);
  }, [option, chart]);
  useEffect(() => {
    if (!chart || !onClick) return;
    chart.on('click', onClick);
    return () => {
      chart.off('click', onClick);
    };
  }, [onClick, chart]);
  return (
    <div ref={ref} className="echart" style={{ height }} role="img" aria-label={label} data-drawn="false">
      {failed && <div className="panel-state error" role="alert">{failed}</div>}
    </div>
  );
}
