import { useQuery } from '@tanstack/react-query';
import { useMe } from '../../app/auth';
import { ancestorsQuery } from '../org/api';
import { reviewsUnit } from './access';

/** Whether the user enters this unit's report as the level above (a paper report: it asks the day received). */
export function useReviewsUnit(unitId: string): boolean {
  const me = useMe();
  const ancestors = useQuery(ancestorsQuery(unitId));
  if (!ancestors.data) return false;
  return reviewsUnit(
    me.roles,
    unitId,
    ancestors.data.map((unit) => unit.id),
  );
}
