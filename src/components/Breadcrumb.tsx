export interface Crumb {
  code: string | null;
  name: string;
}

interface Props {
  crumbs: Crumb[];
  onSelect: (code: string | null) => void;
  /** The pointer is on a crumb: the view it opens may be prefetched. */
  onIntent?: (code: string | null) => void;
}

export function Breadcrumb({ crumbs, onSelect, onIntent }: Props) {
  return (
    <nav className="breadcrumb" aria-label="行政区划">
      {crumbs.map((c, i) => {
        const last = i === crumbs.length - 1;
        return (
          <span key={c.code ?? 'cn'} className="crumb">
            {i > 0 && <span className="sep" aria-hidden="true">›</span>}
            {last ? (
              <span aria-current="page">{c.name}</span>
            ) : (
              <button type="button" onPointerEnter={() => onIntent?.(c.code)} onClick={() => onSelect(c.code)}>{c.name}</button>
            )}
          </span>
        );
      })}
    </nav>
  );
}
