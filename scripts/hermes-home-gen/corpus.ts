import type { Rng } from './prng';
import { pyDumps, type PyValue } from './py-json';

/** Conversations are in Traditional Chinese or English, like the fixture's shop owner and her agent. */
export type Lang = 'zh' | 'en';

const PRODUCTS_ZH = ['黑芝麻吐司', '有機燕麥片', '黑米', '蕎麥麵', '台梗九號糙米', '小米', '紅豆麵包', '聖誕禮盒', '高筋麵粉', '全麥餐包', '肉桂捲', '芋頭酥', '鳳梨酥', '桂圓核桃蛋糕'];
const PRODUCTS_EN = ['black sesame toast', 'oat granola', 'sourdough loaf', 'buckwheat noodles', 'brown rice', 'gift box', 'cinnamon roll', 'taro pastry', 'pineapple cake', 'rye crackers'];
const PEOPLE = ['王先生', '陳小姐', '林小姐', '張老闆', 'Mr. Wang', 'Ms. Chen', 'Alex', 'Priya', 'Kenji', 'Mia'];
const SUPPLIERS = ['大成麵粉', '穀豐行', '東昇食品', 'Golden Mill', 'Formosa Grain Co.', 'Harbor Packaging'];
const SKUS = ['OAT-500', 'BLK-RICE-1KG', 'BRN-RICE-2KG', 'SOBA-300', 'FLOUR-HG-25', 'SESAME-TST', 'GIFT-XMAS', 'MILLET-1KG'];

const USER_ZH = [
  '{p}今天還有多少庫存？',
  '幫我寫一則{p}的 IG 貼文，語氣輕鬆一點。',
  '整理一下上週的營收，跟前一週比較。',
  '明天早上提醒我打電話給{who}確認{p}的報價。',
  '客人問{p}能不能寄到台中，運費怎麼算？',
  '幫我檢查{s}這張發票的金額對不對，訂單編號 #{n}。',
  '週六市集要帶哪些東西？列一個清單。',
  '把盤點補貨的流程整理成步驟，{sku} 要特別注意。',
  '這個月{p}的進貨成本漲了多少？',
  '{p}的配方可以再調整嗎？想少一點糖。',
  '記住：{who}每週三下午送貨，不要排其他廠商。',
  '幫我比較{s}和{s2}的報價，哪個比較划算？',
  '今天的每日回顧怎麼沒有出來？',
  '這張照片裡的價目表幫我整理成表格。',
  '下個月的聖誕節檔期要準備多少{p}？',
];
const USER_EN = [
  'How many {p} do we have left in stock?',
  'Draft a friendly reply to {who} about the {p} order #{n}.',
  "Summarize yesterday's sales and flag anything unusual.",
  'Write an Instagram caption for the new {p}.',
  'Compare the quotes from {s} and {s2} for flour.',
  'Remind me to call {who} tomorrow at 10 about the invoice.',
  'Check the invoice from {s} and tell me if the totals add up.',
  "Plan the booth setup for Saturday's market.",
  'The reorder script crashes when the quantity for {sku} is zero. Can you fix it?',
  'Explain how the inventory sync with the POS works.',
  'What should I focus on this week for the shop?',
  'Turn that into a checklist table with owners.',
  'Can you estimate the margin on the {p} at the new price?',
  'Please use a tool to count the open orders in the export.',
  'Translate the {p} label into English for the export shelf.',
];

const SENTENCES_ZH = [
  '目前{p}的庫存是 {n} 包，低於安全庫存。',
  '建議這週先向{s}補貨，交期大約三天。',
  '上週營收比前一週成長 {pct}%，主要來自網路訂單。',
  '{p}在週末的銷量最好，可以考慮提早備料。',
  '冷藏區溫度紀錄正常，不需要叫修。',
  '如果改用{s2}的報價，每個月可以省下大約 NT$ {n}。',
  '團購訂單有 {n} 筆還沒出貨，最晚週五要寄出。',
  '我已經把這個流程記下來，之後的每日回顧會用同樣的標準提醒你。',
  '收據印表機昨天離線兩次，可能需要換一條 USB 線。',
  '新的{p}配方把糖減少了 15%，試吃回饋不錯。',
  '市集攤位需要帶帳篷、價目表、零錢和兩台行動 POS。',
  '{who}回覆說下週二可以送貨，價格維持不變。',
];
const SENTENCES_EN = [
  'Stock of {p} is down to {n} packs, below the safety level.',
  'I would reorder from {s} this week; their lead time is about three days.',
  'Revenue grew {pct}% over the previous week, mostly from online orders.',
  'The {p} sells best on weekends, so prepare the dough a day earlier.',
  'The fridge temperature log looks normal, no repair needed.',
  'Switching to {s2} would save roughly NT$ {n} a month on inventory costs.',
  'There are {n} group orders still waiting to ship; the cutoff is Friday.',
  'I saved this to memory, so future daily reviews will use the same threshold.',
  'The receipt printer went offline twice yesterday; a new USB cable may fix it.',
  'The reorder command for {sku} is ready, run it after the stocktake.',
  '{who} confirmed the delivery for Tuesday at the same price.',
  'The invoice totals match the purchase order except for the shipping line.',
];
const HEADINGS_ZH = ['重點整理', '庫存狀況', '建議做法', '本週待辦', '成本分析', '出貨進度'];
const HEADINGS_EN = ['Summary', 'Inventory', 'What I suggest', 'To-do this week', 'Cost check', 'Shipping status'];

function fill(rng: Rng, template: string, lang: Lang): string {
  const products = lang === 'zh' ? PRODUCTS_ZH : PRODUCTS_EN;
  return template
    .replaceAll('{p}', () => rng.pick(products))
    .replaceAll('{who}', () => rng.pick(PEOPLE))
    .replaceAll('{s2}', () => rng.pick(SUPPLIERS))
    .replaceAll('{s}', () => rng.pick(SUPPLIERS))
    .replaceAll('{sku}', () => rng.pick(SKUS))
    .replaceAll('{pct}', () => String(rng.int(2, 40)))
    .replaceAll('{n}', () => String(rng.int(3, 9999)));
}

function sentences(rng: Rng, lang: Lang, count: number): string {
  const pool = lang === 'zh' ? SENTENCES_ZH : SENTENCES_EN;
  return Array.from({ length: count }, () => fill(rng, rng.pick(pool), lang)).join(lang === 'zh' ? '' : ' ');
}

/** A user message; now and then with the `[screenshot]` line Hermes stores for an attached image. */
export function userText(rng: Rng, lang: Lang): string {
  const text = fill(rng, rng.pick(lang === 'zh' ? USER_ZH : USER_EN), lang);
  const more = rng.chance(0.4) ? `\n${sentences(rng, lang, rng.int(1, 3))}` : '';
  return `${text}${more}${rng.chance(0.03) ? '\n[screenshot]' : ''}`;
}

function table(rng: Rng, lang: Lang): string {
  const products = lang === 'zh' ? PRODUCTS_ZH : PRODUCTS_EN;
  const head = lang === 'zh' ? '| 品項 | 庫存 | 安全庫存 |\n|---|---:|---:|' : '| Item | Stock | Safety |\n|---|---:|---:|';
  const rows = Array.from({ length: rng.int(2, 5) }, () => `| ${rng.pick(products)} | ${rng.int(0, 40)} | ${rng.int(5, 20)} |`);
  return [head, ...rows].join('\n');
}

/** An assistant answer in Markdown: paragraphs, and sometimes a heading, list, table or code block. */
export function assistantText(rng: Rng, lang: Lang): string {
  const blocks = [sentences(rng, lang, rng.int(2, 4))];
  if (rng.chance(0.4)) blocks.unshift(`## ${rng.pick(lang === 'zh' ? HEADINGS_ZH : HEADINGS_EN)}`);
  if (rng.chance(0.5)) blocks.push(Array.from({ length: rng.int(2, 5) }, () => `- ${sentences(rng, lang, 1)}`).join('\n'));
  if (rng.chance(0.2)) blocks.push(table(rng, lang));
  if (rng.chance(0.1)) blocks.push(`\`\`\`bash\nhermes-shop reorder --sku ${rng.pick(SKUS)} --qty ${rng.int(5, 30)}\n\`\`\``);
  return blocks.join('\n\n');
}

export function reasoningText(rng: Rng, lang: Lang): string {
  return `The user wants help with the shop. ${sentences(rng, lang, 2)} I should answer briefly and check the numbers first.`;
}

export interface ToolUse {
  name: string;
  /** The `function.arguments` JSON string. */
  args: string;
  /** The tool message's content (the tool's JSON result). */
  result: string;
}

/** One tool call with a plausible result, serialised the way Hermes stores them. */
export function toolUse(rng: Rng, lang: Lang): ToolUse {
  const kind = rng.weighted({ terminal: 5, memory: 2, web_search: 2, read_file: 2, skill_view: 1 });
  const products = lang === 'zh' ? PRODUCTS_ZH : PRODUCTS_EN;
  let args: Record<string, PyValue>;
  let result: Record<string, PyValue>;
  switch (kind) {
    case 'terminal': {
      const lines = Array.from({ length: rng.int(2, 6) }, () => `${rng.pick(products)} ${rng.int(0, 40)} ${rng.int(5, 20)}`);
      args = { command: `printf '%s\\n' ${lines.map((l) => `'${l}'`).join(' ')} | sort -k2 -n | head -5` };
      result = { output: lines.join('\n'), exit_code: 0, error: null };
      break;
    }
    case 'memory':
      args = { action: 'add', target: 'memory', content: sentences(rng, lang, 1) };
      result = { success: true, target: 'memory', entries: [sentences(rng, lang, 1)], usage: `${rng.int(1, 60)}% — ${rng.int(30, 1300)}/2,200 chars` };
      break;
    case 'web_search':
      args = { query: `${rng.pick(products)} wholesale price ${rng.int(2024, 2026)}` };
      result = { success: true, results: Array.from({ length: 3 }, (_, i) => ({ title: `${rng.pick(SUPPLIERS)} price list ${i + 1}`, url: `https://example.com/${rng.hex(8)}`, snippet: sentences(rng, lang, 1) })) };
      break;
    case 'read_file':
      args = { path: `/opt/data/shop/exports/orders-${rng.int(1, 12)}.csv` };
      result = { content: Array.from({ length: rng.int(3, 8) }, () => `#${rng.int(1000, 9999)},${rng.pick(products)},${rng.int(1, 9)}`).join('\n'), total_lines: rng.int(10, 400) };
      break;
    default:
      args = { name: 'kimmimai-restock-check' };
      result = { success: true, name: 'kimmimai-restock-check', content: sentences(rng, lang, 2) };
  }
  // Tool results keep non-ASCII as \u escapes about half the time, as the fixture notes.
  return { name: kind, args: pyDumps(args), result: pyDumps(result, rng.chance(0.5)) };
}

/** The handoff summary a compression writes at the start of a continuation. */
export function compactionText(rng: Rng, lang: Lang): string {
  return `[CONTEXT COMPACTION — REFERENCE ONLY] Earlier turns were compacted into the summary below.\n${sentences(rng, lang, rng.int(3, 6))}`;
}

/** A short title, as /api/sessions or the CLI's auto-titler would set it. */
export function titleText(rng: Rng, lang: Lang): string {
  const products = lang === 'zh' ? PRODUCTS_ZH : PRODUCTS_EN;
  const topics = lang === 'zh' ? ['定價', '補貨', '貼文', '配方', '出貨', '報價'] : ['pricing', 'restock', 'post', 'recipe', 'shipping', 'quotes'];
  return lang === 'zh' ? `${rng.pick(products)}${rng.pick(topics)}` : `${rng.pick(products)} ${rng.pick(topics)}`;
}

export { PEOPLE, PRODUCTS_ZH, SKUS, SUPPLIERS };
