/** Only same-app paths may be a target after sign-in (no `//evil.example`, no loop back to /login). */
export function safeRedirect(target: string | undefined): string {
  if (!target?.startsWith('/') || target.startsWith('//') || target.startsWith('/login')) return '/';
  return target;
}
