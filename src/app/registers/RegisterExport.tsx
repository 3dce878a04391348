import { registerDoc } from '../../export';
import { registerQuery, type RegisterKey, type RegisterOptions } from '../../queries/reports/risks';
import type { AppState } from '../../state/types';
import { ExportButtons } from '../reports/ExportButtons';
import { runSpec } from '../useQuery';
import { useDivisionName } from '../useDivisionName';

interface Props {
  state: AppState;
  list: RegisterKey;
  options: RegisterOptions;
  asOf: string | null;
  disabled: boolean;
}

/** Export every row the register's search and filters match (not just the page on screen). */
export function RegisterExport({ state, list, options, asOf, disabled }: Props) {
  const divisionName = useDivisionName(state.division);
  const load = async () => registerDoc(list, await runSpec(registerQuery(state, list, { ...options, limit: null })), { divisionName, month: asOf ?? '' });
  return <ExportButtons load={disabled ? null : load} />;
}
