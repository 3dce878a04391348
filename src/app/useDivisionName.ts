import { ancestryQuery } from '../queries/division';
import { useQuery } from './useQuery';

/** The jurisdiction's name for titles and file names ("全国" for the country). */
export function useDivisionName(division: string | null): string {
  const chain = useQuery(division ? ancestryQuery(division) : null);
  if (division === null) return '全国';
  return (chain.status === 'ready' ? chain.data.find((d) => d.code === division)?.name : undefined) ?? division;
}
