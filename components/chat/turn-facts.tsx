import type { UiMessage } from './chat-model';

function seconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}

/** Tokens, model and duration of one answer: small print under the bubble. */
export function TurnFacts({ message }: { message: UiMessage }) {
  const facts: string[] = [];
  if (message.usage) facts.push(`${message.usage.totalTokens.toLocaleString()} tokens`);
  if (message.model) facts.push(message.model);
  if (message.durationMs !== null) facts.push(seconds(message.durationMs));
  if (facts.length === 0) return null;
  return <p className="text-xs text-muted" data-testid="turn-facts">{facts.join(' · ')}</p>;
}
