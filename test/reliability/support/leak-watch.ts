/**
 * Collects every secret a test file creates (tokens, passwords, client secrets, pairing codes
 * and tokens) and every artifact it produces (log lines, settings files, history, contract
 * traffic), then reports any artifact that carries a secret, or anything shaped like one.
 */
export interface Leak {
  artifact: string;
  what: string;
}

// A JWT, or a JSON/form field that names a secret and carries a value.
const SHAPES: { what: string; pattern: RegExp }[] = [
  { what: 'a JWT', pattern: /eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.[\w-]{8,}/ },
  {
    what: 'a secret-named field with a value',
    pattern: /"(refresh_?token|access_?token|client_?secret|password|id_?token)"\s*:\s*"[^"]{6,}"/i,
  },
  { what: 'a secret in a query string', pattern: /[?&](refresh_token|access_token|client_secret|password)=[^&\s"]{6,}/i },
  { what: 'a bearer header', pattern: /Bearer\s+[\w.-]{20,}/ },
];

export function createLeakWatch() {
  const secrets = new Set<string>();
  const artifacts: { label: string; text: string }[] = [];
  return {
    /** A value that must never appear in an artifact (ignored when shorter than 6 characters). */
    secret(value: string | undefined | null): void {
      if (typeof value === 'string' && value.length >= 6) secrets.add(value);
    },
    artifact(label: string, value: unknown): void {
      artifacts.push({ label, text: typeof value === 'string' ? value : safeStringify(value) });
    },
    get artifactCount(): number {
      return artifacts.length;
    },
    scan(): Leak[] {
      const leaks: Leak[] = [];
      for (const { label, text } of artifacts) {
        for (const secret of secrets) if (text.includes(secret)) leaks.push({ artifact: label, what: `secret ${secret.slice(0, 4)}…` });
        for (const { what, pattern } of SHAPES) if (pattern.test(text)) leaks.push({ artifact: label, what });
      }
      return leaks;
    },
  };
}

export type LeakWatch = ReturnType<typeof createLeakWatch>;

function safeStringify(value: unknown): string {
  try {
    return (
      JSON.stringify(value, (_key, v: unknown) => (v instanceof Error ? { name: v.name, message: v.message, stack: v.stack } : v)) ??
      String(value)
    );
  } catch {
    return String(value);
  }
}
