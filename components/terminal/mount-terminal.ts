import type { FitAddon } from '@xterm/addon-fit';
import type { Terminal } from '@xterm/xterm';
import { subscribeTheme } from '@/components/theme/document-theme';
import { translator } from '@/lib/i18n/catalogue';
import { documentLocale } from '@/lib/i18n/document-locale';
import { terminalMessages } from '@/lib/i18n/messages/terminal';
import { arrowSequence, type Arrow } from './keys';
import { TerminalConnection, type ConnectionState } from './terminal-connection';
import { TERMINAL_FONT_FAMILY, xtermTheme } from './xterm-theme';

/** What the toolbar and key row may do to the terminal on screen. */
export interface TerminalController {
  send(data: string): void;
  /** The escape sequence for an arrow key in the mode the running program asked for. */
  arrow(arrow: Arrow): string;
  paste(text: string): void;
  selection(): string;
  /** The last lines of the terminal as plain text, for copying where selection is awkward (phones). */
  recentText(): string;
  focus(): void;
}

export interface MountedTerminal {
  controller: TerminalController;
  setFontSize(px: number): void;
  /** Detaches from the shell (which keeps running) and frees xterm. Idempotent. */
  dispose(): void;
}

export interface MountOptions {
  terminalId: string;
  fontSize: number;
  /** Applies the key row's sticky modifiers to typed input. */
  transformInput(data: string): string;
  onState(state: ConnectionState, reason?: string): void;
  /** Something the tab list shows changed (attached, exited, gone). */
  onChange(): void;
}

const SCROLLBACK_LINES = 5000;
const COPY_LINES = 400;
const t = (key: keyof typeof terminalMessages.en, vars?: Record<string, string | number>) => translator(terminalMessages, documentLocale())(key, vars);
const dim = (text: string) => `\r\n\u001b[2m${text}\u001b[0m\r\n`;

function recentLines(term: Terminal, count: number): string {
  const buffer = term.buffer.active;
  const lines: string[] = [];
  for (let i = Math.max(0, buffer.length - count); i < buffer.length; i += 1) lines.push(buffer.getLine(i)?.translateToString(true) ?? '');
  return lines.join('\n').replace(/\n+$/, '');
}

/** Loads xterm (its own chunk, fetched only by the terminal route) and opens it in `element`, sized to fit. */
async function openXterm(element: HTMLElement, fontSize: number): Promise<{ term: Terminal; fit: FitAddon }> {
  const [{ Terminal }, { FitAddon }] = await Promise.all([import('@xterm/xterm'), import('@xterm/addon-fit')]);
  // xterm's own words for screen readers, in the page's language.
  Terminal.strings.promptLabel = t('terminalInput');
  Terminal.strings.tooMuchOutput = t('tooMuchOutput');
  const term = new Terminal({
    fontSize,
    fontFamily: TERMINAL_FONT_FAMILY,
    theme: xtermTheme(),
    scrollback: SCROLLBACK_LINES,
    cursorBlink: true,
    macOptionIsMeta: true,
    // Keeps ANSI colours readable on the light theme's pale background.
    minimumContrastRatio: 4.5,
  });
  const fit = new FitAddon();
  term.loadAddon(fit);
  term.open(element);
  fit.fit();
  return { term, fit };
}

function connect(term: Terminal, options: MountOptions): TerminalConnection {
  let hadOutput = false;
  return new TerminalConnection(options.terminalId, {
    state: (state, reason) => {
      options.onState(state, reason);
      if (state === 'gone') options.onChange();
    },
    attached: (message) => {
      if (message.truncated && hadOutput) term.write(dim(t('awayTruncated')));
      options.onChange();
    },
    output: (bytes) => {
      hadOutput = true;
      term.write(bytes);
    },
    exited: (message) => {
      term.write(dim(t('shellExited', { code: String(message.exitCode) })));
      options.onChange();
    },
  });
}

/**
 * Puts one terminal on screen: xterm wired to a reconnecting socket, refitted whenever its box
 * changes size (each fit resizes the PTY), recoloured when the system theme flips.
 */
export async function mountTerminal(element: HTMLElement, options: MountOptions): Promise<MountedTerminal> {
  const { term, fit } = await openXterm(element, options.fontSize);
  const connection = connect(term, options);
  connection.resize(term.cols, term.rows);
  const subscriptions = [
    term.onResize(({ cols, rows }) => connection.resize(cols, rows)),
    term.onData((data) => connection.send(options.transformInput(data))),
    term.onBinary((data) => connection.send(data)),
  ];
  let frame = 0;
  const observer = new ResizeObserver(() => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => fit.fit());
  });
  observer.observe(element);
  const unsubscribeTheme = subscribeTheme(() => (term.options.theme = xtermTheme()));
  connection.start();
  // Focusing on a phone would throw the keyboard up over the output the user came to read.
  if (window.matchMedia('(pointer: fine)').matches) term.focus();

  let disposed = false;
  return {
    controller: {
      send: (data) => void connection.send(data),
      arrow: (arrow) => arrowSequence(arrow, term.modes.applicationCursorKeysMode),
      paste: (text) => term.paste(text),
      selection: () => term.getSelection(),
      recentText: () => recentLines(term, COPY_LINES),
      focus: () => term.focus(),
    },
    setFontSize(px) {
      if (disposed || term.options.fontSize === px) return;
      term.options.fontSize = px;
      fit.fit();
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      cancelAnimationFrame(frame);
      observer.disconnect();
      unsubscribeTheme();
      for (const subscription of subscriptions) subscription.dispose();
      connection.dispose();
      term.dispose();
    },
  };
}
