/** Only same-app paths may follow a sign-in ("/x", never "//evil.example" or "https://…"). */
export function safeNext(next: string | null, fallback = '/'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}
