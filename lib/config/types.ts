/** Cookie `Secure` policy: 'never' for plain HTTP over the tailnet, 'always', or 'auto' (per request scheme). */
export type CookieSecureMode = 'never' | 'always' | 'auto';

export interface TlsFiles {
  readonly certFile: string;
  readonly keyFile: string;
  /** How often the files are checked for a renewal (TLS_RELOAD_POLL_MS; tests shorten it). */
  readonly reloadPollMs: number;
}

export interface Config {
  readonly dev: boolean;
  readonly host: string;
  readonly port: number;
  readonly isLoopback: boolean;
  /** undefined only on a loopback bind without a password: then the app is open to this machine alone. */
  readonly password: string | undefined;
  readonly cookieSecure: CookieSecureMode;
  /** Set when SESSION_SECRET was given; otherwise the server generates one into dataDir. */
  readonly sessionSecret: string | undefined;
  readonly gatewayUrl: string;
  readonly gatewayKey: string | undefined;
  readonly hermesHome: string | undefined;
  readonly dataDir: string;
  readonly tls: TlsFiles | undefined;
  /** Absolute path of Next's build output (PADDOCK_DIST_DIR, default .next); the service worker is built into it. */
  readonly distDir: string;
  readonly trustProxy: boolean;
  /** Lower-case host names (no port) accepted in the Host header. */
  readonly allowedHosts: ReadonlySet<string>;
  readonly terminal: {
    readonly enabled: boolean;
    readonly shell: string;
    readonly cwd: string;
    /** Minutes a terminal with no socket attached lives on before its shell is ended. */
    readonly idleMinutes: number;
    /** Running terminals allowed at once (TERMINAL_MAX_OPEN). */
    readonly maxOpen: number;
    /** The shell's whole environment, built from an allowlist so Paddock's secrets never reach it. */
    readonly env: Readonly<Record<string, string>>;
  };
  readonly files: { readonly root: string | undefined; readonly writable: boolean };
  readonly push: {
    /** The VAPID `sub` claim: how a push service can reach the operator (PUSH_CONTACT, a mailto: or https: URI). */
    readonly contact: string;
    /** How often cron/output is scanned for new runs to announce (PUSH_POLL_MS). */
    readonly pollMs: number;
  };
  /** The hub catalogue as an http(s): or file: URL (SKILLS_INDEX_URL; default: the public Hermes Skills Index). */
  readonly skillsIndexUrl: string;
  /** Names (never values) of the variables set non-empty in Paddock's environment: "is X set?" for a skill's needs. */
  readonly setEnvNames: ReadonlySet<string>;
  /** Paddock's PATH directories, to tell whether a command a skill needs is installed. */
  readonly pathDirs: readonly string[];
  /** Warnings worth printing at start (near-miss names when nothing is wrong yet, open loopback mode). */
  readonly warnings: readonly string[];
}
