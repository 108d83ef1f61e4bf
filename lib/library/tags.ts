// Tags as typed by the user: separated by commas (ASCII or Chinese), semicolons, 、 or spaces.

export function parseTags(input: string): string[] {
  const tags = input
    .split(/[,，;；、\s]+/)
    .map((tag) => tag.trim())
    .filter(Boolean);
  return [...new Set(tags)];
}

export function formatTags(tags: readonly string[]): string {
  return tags.join(', ');
}
