/** Edits an item of the designer's working copy in place (the copy is cloned before each edit). */
export type Change<T> = (edit: (item: T) => void) => void;

/** The change of a part, given the change of its whole. */
export const part =
  <T, P>(change: Change<T>, pick: (whole: T) => P): Change<P> =>
  (edit) =>
    change((whole) => edit(pick(whole)));
