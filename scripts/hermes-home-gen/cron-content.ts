import { PEOPLE, PRODUCTS_ZH, SKUS, SUPPLIERS } from './corpus';
import type { Rng } from './prng';

/** The fixed block Hermes' scheduler puts in front of every job prompt (copied from a real run file). */
export const CRON_PREAMBLE =
  '[IMPORTANT: You are running as a scheduled cron job. DELIVERY: Your final response will be automatically delivered to the user — do NOT use send_message or try to deliver the output yourself. Just produce your report/output as your final response and the system handles the rest. SILENT: If there is genuinely nothing new to report, respond with exactly "[SILENT]" (nothing else) to suppress delivery. Never combine [SILENT] with content — either report your findings normally, or say [SILENT] and nothing more.]';

const WEEKDAYS_ZH = ['日', '一', '二', '三', '四', '五', '六'];

function money(rng: Rng, min: number, max: number): string {
  return rng.int(min, max).toLocaleString('en-US');
}

/** The daily review's Markdown, shaped like the fixture's runs. */
export function dailyReview(rng: Rng, runAt: Date): string {
  const day = runAt.toISOString().slice(0, 10);
  const items = Array.from({ length: rng.int(2, 4) }, () => `- **${rng.pick(PRODUCTS_ZH)}**：剩 ${rng.int(1, 9)} 包（安全庫存 ${rng.int(8, 15)}）`);
  return [
    `# 金米麥 每日回顧 · ${day}（週${WEEKDAYS_ZH[runAt.getUTCDay()]}）`,
    '## 昨日營收',
    `| 通路 | 訂單數 | 金額 (NT$) |\n|---|---:|---:|\n| 門市 | ${rng.int(20, 80)} | ${money(rng, 5000, 20000)} |\n| 網路訂單 | ${rng.int(5, 40)} | ${money(rng, 2000, 12000)} |\n| 團購／企業 | ${rng.int(0, 8)} | ${money(rng, 0, 12000)} |`,
    `## 低庫存提醒\n\n${items.join('\n')}`,
    `## 今日三件事\n\n1. 下午盤點冷藏區與乾貨區\n2. 回覆 ${rng.int(1, 4)} 筆企業禮盒詢價\n3. 跟${rng.pick(SUPPLIERS)}確認交期`,
    `## 補貨指令\n\n\`\`\`bash\nhermes-shop reorder --sku ${rng.pick(SKUS)} --qty ${rng.int(5, 20)}\nhermes-shop reorder --sku ${rng.pick(SKUS)} --qty ${rng.int(5, 20)}\n\`\`\``,
    `> 備註：冷藏區溫度紀錄正常（${(3 + rng.next()).toFixed(1)}°C）。`,
  ].join('\n\n');
}

/** A heartbeat: almost always exactly [SILENT], sometimes a warning. */
export function heartbeat(rng: Rng, runAt: Date): string {
  if (rng.chance(0.85)) return '[SILENT]';
  const hhmm = runAt.toISOString().slice(11, 16);
  return `⚠️ Heartbeat ${hhmm}: ${rng.pick(['收據印表機 (EPSON TM-T82) 沒有回應', 'POS 同步延遲超過 10 分鐘', '線上商店回應變慢'])}，其他正常。\n\n- POS sync: ok (last sync ${rng.int(1, 9)} min ago)\n- Online shop: 200 OK, ${rng.int(90, 900)} ms\n- Receipt printer: **${rng.chance(0.5) ? 'offline' : 'ok'}**`;
}

export function weeklyDigest(rng: Rng, runAt: Date): string {
  const days = Array.from({ length: 7 }, (_, i) => {
    const d = new Date(runAt.getTime() - (7 - i) * 86_400_000);
    return `| ${d.getUTCMonth() + 1}/${d.getUTCDate()}（${WEEKDAYS_ZH[d.getUTCDay()]}） | ${money(rng, 8000, 25000)} |`;
  });
  return [
    `# Weekly digest — week of ${new Date(runAt.getTime() - 7 * 86_400_000).toISOString().slice(0, 10)}`,
    `**Revenue:** NT$ ${money(rng, 60000, 160000)} · **Best seller:** ${rng.pick(PRODUCTS_ZH)} · **Stock alerts:** ${rng.int(0, 6)}`,
    `## Daily revenue\n\n| Day | NT$ |\n|---|---:|\n${days.join('\n')}`,
    `## Next week\n\n- Call ${rng.pick(PEOPLE)} about the ${rng.pick(['flour', 'packaging', 'rice'])} order\n- Restock ${rng.pick(SKUS)}`,
  ].join('\n\n');
}

export function monthlyReport(rng: Rng): string {
  const rows = Array.from({ length: rng.int(4, 8) }, () => `| ${rng.pick(PRODUCTS_ZH)} | ${rng.int(0, 60)} | ${rng.int(0, 6)} | ${rng.int(5, 20)} |`);
  return `# 月盤點報告\n\n| 品項 | 期末庫存 | 低於安全庫存次數 | 建議安全庫存 |\n|---|---:|---:|---:|\n${rows.join('\n')}\n\n整體來說庫存控制${rng.pick(['穩定', '偏緊', '偏多'])}，建議調整${rng.pick(PRODUCTS_ZH)}的安全庫存。`;
}

export function reminder(rng: Rng): { prompt: string; response: string } {
  const who = rng.pick(PEOPLE);
  return {
    prompt: `Remind Ms. Lin to call ${who} about the ${rng.pick(['December', 'January', 'holiday'])} order (${rng.pick(PRODUCTS_ZH)} x ${rng.int(2, 20)}).`,
    response: `⏰ 提醒：記得打電話給${who}，確認訂單數量和新報價。`,
  };
}

export const FAILURES = [
  'RuntimeError: HTTP 503: The model is overloaded or temporarily unavailable. Please retry later.',
  'TimeoutError: the model did not answer within 600 seconds',
  'RuntimeError: HTTP 429: rate limit exceeded for this API key',
];
