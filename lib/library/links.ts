// Links to a clip's source. Clips can come from an imported file, so a URL is only ever used
// as a link when it is http(s): a `javascript:` URL in a crafted backup must not become clickable.

export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}
