/** A keyset-paginated list as every list endpoint returns it. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
  total: number;
}
