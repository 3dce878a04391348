import { useEffect, useState, type ReactNode } from 'react';

export type PanelState<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T; refreshing?: boolean }
  | { status: 'error'; error: string };

interface Props<T> {
  title: string;
  region: string;
  state: PanelState<T>;
  isEmpty?: (data: T) => boolean;
  emptyText?: string;
  actions?: ReactNode;
  children: (data: T) => ReactNode;
}

/** A newer answer is on its way; the one shown is the previous. */
export const isRefreshing = (state: PanelState<unknown>): boolean => state.status === 'ready' && state.refreshing === true;

/** True once `on` has stayed true for `ms`: a quick refresh shows nothing (a flicker costs a frame). */
function useSlow(on: boolean, ms: number): boolean {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (!on) return;
    const t = setTimeout(() => setSlow(true), ms);
    return () => {
      clearTimeout(t);
      setSlow(false);
    };
  }, [on, ms]);
  return on && slow;
}

/** One frame for every region: the same loading, empty and error states everywhere. */
export function Panel<T>({ title, region, state, isEmpty, emptyText, actions, children }: Props<T>) {
  const refreshing = isRefreshing(state);
  const slow = useSlow(refreshing, 400);
  let body: ReactNode;
  if (state.status === 'loading') body = <div className="panel-state loading" role="status">加载中…</div>;
  else if (state.status === 'error') body = <div className="panel-state error" role="alert">{state.error}</div>;
  else if (isEmpty?.(state.data)) body = <div className="panel-state empty">{emptyText ?? '暂无数据'}</div>;
  else body = children(state.data);
  return (
    <section
      className={`panel panel-${region}`}
      data-region={region}
      data-state={refreshing ? 'refreshing' : state.status}
      data-slow={slow || undefined}
      aria-busy={state.status === 'loading' || refreshing ? true : undefined}
    >
      <header className="panel-header">
        <h2>{title}</h2>
        {actions}
      </header>
      <div className="panel-body">{body}</div>
    </section>
  );
}
