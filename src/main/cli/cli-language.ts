import { loadTranslator, pickLocale, type Locale, type Translator } from '../../shared/i18n';

/**
 * The language of a `baton` command: English unless the locale variables say otherwise, in
 * POSIX order (LC_ALL, then LC_MESSAGES, then LANG). `de_DE.UTF-8` → `de`; `C`, `POSIX` and
 * languages Baton does not speak → English. `--json` output never changes with it.
 */
export function cliLocale(env: Record<string, string | undefined>): Locale {
  const value = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((candidate) => candidate !== undefined && candidate.trim() !== '');
  if (!value) return 'en';
  // `language_TERRITORY.codeset@modifier`: only the first part names the language.
  const tag = value.trim().split(/[.@]/)[0] ?? '';
  if (tag === 'C' || tag === 'POSIX') return 'en';
  return pickLocale([tag]);
}

/** The translator for this invocation, its catalog loaded. */
export function cliTranslator(env: Record<string, string | undefined>): Promise<Translator> {
  return loadTranslator(cliLocale(env));
}
