/** Who wrote a message, as the transcript and search results name it. */
export function roleLabel(role: string, toolName: string | null): string {
  if (role === 'user') return 'User';
  if (role === 'assistant') return 'Agent';
  if (role === 'tool') return toolName ? `Tool · ${toolName}` : 'Tool';
  if (role === 'system') return 'System';
  return role;
}
