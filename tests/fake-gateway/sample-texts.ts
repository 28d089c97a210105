// Canned answers that make the demo exercise the Markdown renderer: every block type the chat
// view must handle, non-ASCII text (escaped as \uXXXX on the wire), and one very long answer.

export const MARKDOWN_SAMPLE = `# Daily review

Here is a **short summary** of the shop, with *emphasis*, \`inline code\` and a [link](https://example.com).

## Highlights

- Sales were **12% higher** than last week
- Three items are low on stock
  - Oat milk
  - Paper cups
- The receipt printer needs new paper

1. Reorder the low-stock items
2. Call the supplier
3. Check the online shop

| Item | Sold | In stock |
|:-----|-----:|---------:|
| Latte | 42 | — |
| Oat milk | 18 | 3 |
| Paper cups | 250 | 40 |

> Tip: reorders placed before noon arrive the next day.

\`\`\`ts
interface Reorder {
  item: string;
  quantity: number;
}

export function reorder(items: Reorder[]): string {
  return items.map((r) => \`\${r.item} × \${r.quantity}\`).join('\\n');
}
\`\`\`

今日重點：金米麥 ☕ 補貨完成。`;

const LONG_TARGET_CHARS = 50_000;

const SENTENCES = [
  "The agent reviewed yesterday's sales and found a steady rise in morning orders.",
  'Afternoon traffic stayed flat, so the extra stock should arrive before nine.',
  'Smaller, more frequent deliveries would keep the shelves full without tying up cash.',
  'The online shop synced every order, and no payment was left pending overnight.',
  'Two suppliers confirmed their prices for next month; the third has not replied yet.',
  'The receipt printer reported low paper twice, which suggests a new roll is due.',
  'Weekend demand for oat milk was almost double the weekday average.',
];

function paragraph(seed: number): string {
  const sentences = Array.from({ length: 5 }, (_, i) => SENTENCES[(seed + i * 3) % SENTENCES.length]);
  return `${sentences.join(' ')} **Note ${seed}:** keep an eye on this.`;
}

function buildLongMarkdown(): string {
  const sections: string[] = ['# A long answer'];
  let length = sections[0]?.length ?? 0;
  for (let n = 1; length < LONG_TARGET_CHARS; n++) {
    const section = n % 5 === 1 ? `## Part ${Math.ceil(n / 5)}\n\n${paragraph(n)}` : paragraph(n);
    sections.push(section);
    length += section.length + 2;
  }
  return sections.join('\n\n');
}

/** About 50 KB of Markdown paragraphs, for testing long streamed answers. */
export const LONG_MARKDOWN = buildLongMarkdown();
