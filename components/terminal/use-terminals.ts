'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { CreateTerminal, TerminalList, TerminalSummary } from '@/lib/terminal/protocol';
import { closeTerminal, createTerminal, listTerminals, renameTerminal } from './terminals-api';
import { translator } from '@/lib/i18n/catalogue';
import { documentLocale } from '@/lib/i18n/document-locale';
import { terminalMessages } from '@/lib/i18n/messages/terminal';

const ACTIVE_KEY = 'paddock.terminal.active';
/** The tab states (attached elsewhere, exited) are refreshed this often while the page is visible. */
const REFRESH_MS = 10_000;

export interface TerminalsState {
  terminals: TerminalSummary[];
  max: number;
  activeId: string | undefined;
  creating: boolean;
  problem: string | undefined;
  select(id: string): void;
  create(input?: CreateTerminal): Promise<void>;
  close(id: string): Promise<void>;
  rename(id: string, name: string): Promise<void>;
  refresh(): Promise<void>;
  dismissProblem(): void;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : translator(terminalMessages, documentLocale())('somethingWrong');
}

/**
 * The tab list: open terminals from the server, which one is shown, and the calls that change them.
 * On first open it creates a terminal when none exists, or one with `typeIn` typed in when asked.
 */
export function useTerminals(initial: TerminalList, typeIn: string | undefined): TerminalsState {
  const [terminals, setTerminals] = useState(initial.terminals);
  const [activeId, setActiveId] = useState<string | undefined>(initial.terminals[0]?.id);
  const [creating, setCreating] = useState(false);
  const [problem, setProblem] = useState<string>();
  const started = useRef(false);

  const refresh = useCallback(async () => {
    try {
      setTerminals((await listTerminals()).terminals);
    } catch (error) {
      setProblem(messageOf(error));
    }
  }, []);

  const create = useCallback(async (input: CreateTerminal = {}) => {
    setCreating(true);
    try {
      const created = await createTerminal(input);
      setTerminals((current) => [...current.filter((t) => t.id !== created.id), created]);
      setActiveId(created.id);
    } catch (error) {
      setProblem(messageOf(error));
    } finally {
      setCreating(false);
    }
  }, []);

  const close = useCallback(async (id: string) => {
    try {
      await closeTerminal(id);
    } catch (error) {
      setProblem(messageOf(error));
    }
    await refresh();
  }, [refresh]);

  const rename = useCallback(async (id: string, name: string) => {
    try {
      const renamed = await renameTerminal(id, name);
      setTerminals((current) => current.map((t) => (t.id === id ? renamed : t)));
    } catch (error) {
      setProblem(messageOf(error));
    }
  }, []);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    const remembered = window.localStorage.getItem(ACTIVE_KEY);
    if (remembered && initial.terminals.some((t) => t.id === remembered)) setActiveId(remembered);
    if (typeIn !== undefined) {
      // Drop ?type= so a reload does not open yet another terminal with the command.
      window.history.replaceState(null, '', window.location.pathname);
      void create({ typeIn });
    } else if (initial.terminals.length === 0) {
      void create();
    }
  }, [create, initial.terminals, typeIn]);

  useEffect(() => {
    if (activeId) window.localStorage.setItem(ACTIVE_KEY, activeId);
  }, [activeId]);

  useEffect(() => {
    if (creating || terminals.some((t) => t.id === activeId)) return;
    setActiveId(terminals.find((t) => t.status === 'running')?.id ?? terminals[0]?.id);
  }, [terminals, activeId, creating]);

  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') void refresh();
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  return {
    terminals,
    max: initial.max,
    activeId,
    creating,
    problem,
    select: setActiveId,
    create,
    close,
    rename,
    refresh,
    dismissProblem: () => setProblem(undefined),
  };
}
