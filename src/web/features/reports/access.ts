/** Who is offered review and paper entry for units below (the server decides per unit). */
export const mayReview = (roles: readonly { role: string }[]): boolean =>
  roles.some((grant) => grant.role === 'admin' || grant.role === 'committee');
