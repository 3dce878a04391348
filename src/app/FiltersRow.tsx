import { FilterBar } from '../components/FilterBar';
import { setState } from '../state/store';
import type { Filters } from '../state/types';
import { FILTER_DIMS } from './filterDims';

export function FiltersRow({ filters }: { filters: Filters }) {
  return (
    <FilterBar
      dims={FILTER_DIMS}
      filters={filters}
      onChange={(key, values) => setState((s) => ({ ...s, filters: { ...s.filters, [key]: values } }))}
      onClear={() => setState((s) => ({ ...s, filters: {} }))}
    />
  );
}
