import { useEffect, useRef } from 'react';
import * as echarts from 'echarts';
import type { EChartsOption } from 'echarts';

interface Props {
  option: EChartsOption;
  height?: number;
  label: string;
  onClick?: (params: echarts.ECElementEvent) => void;
}

/** The one ECharts lifecycle wrapper: init once, setOption on change, resize with the box. */
export function EChart({ option, height = 260, label, onClick }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  useEffect(() => {
    if (!ref.current) return;
    const c = echarts.init(ref.current, undefined, { renderer: 'canvas' });
    chart.current = c;
    // Browser tests find bar positions through the instance (convertToPixel) to click like a user.
    (ref.current as HTMLDivElement & { __chart?: echarts.ECharts }).__chart = c;
    const ro = new ResizeObserver(() => c.resize());
    ro.observe(ref.current);
    return () => {
      ro.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);
  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);
  useEffect(() => {
    const c = chart.current;
    if (!c || !onClick) return;
    c.on('click', onClick);
    return () => {
      c.off('click', onClick);
    };
  }, [onClick]);
  return <div ref={ref} className="echart" style={{ height }} role="img" aria-label={label} />;
}
