import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBatonProcess } from '../support/baton-process';

let home: string;
beforeAll(() => {
  home = mkdtempSync(join(tmpdir(), 'baton-cli-language-'));
});
afterAll(() => rmSync(home, { recursive: true, force: true }));

/** `baton` as a person runs it in a fresh shell, in the locale given (none: English, whatever this machine's is). */
function baton(args: string[], locale: Record<string, string> = {}) {
  const noLocale = { LANG: undefined, LC_ALL: undefined, LC_MESSAGES: undefined };
  return runBatonProcess(args, { home, env: { ...noLocale, ...locale, BATON_LOG_LEVEL: 'warn' } });
}

const GERMAN = { LANG: 'de_DE.UTF-8' };

describe('baton --help in the language LANG names', () => {
  it('speaks German for LANG=de_DE.UTF-8: headings, the program, its commands and options', async () => {
    const { code, stdout } = await baton(['--help'], GERMAN);
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^Aufruf: baton \[options\] \[command\]\n\nBaton: UiPath-Orchestrator-Prozesse aus Ihrem Terminal ausführen\.\n/,
    );
    expect(stdout).toMatch(/^Optionen:$/m);
    expect(stdout).toMatch(/^ {2}--verbose +auf stderr zeigen, was Baton tut/m);
    expect(stdout).toMatch(/^Befehle:$/m);
    expect(stdout).toMatch(/^ {2}folders \[options\] +die Orchestrator-Ordner auflisten, die Sie/m);
    expect(stdout).toMatch(/^ {2}-h, --help +Hilfe zum Befehl anzeigen$/m);
    expect(stdout).not.toMatch(/Usage:|Options:|Commands:|display help for command/);
  }, 60_000);

  it('says baton run --help in German, its flags and placeholders as they are', async () => {
    const { code, stdout } = await baton(['run', '--help'], GERMAN);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Aufruf: baton run \[options\] <name>$/m);
    expect(stdout).toMatch(/^einen Prozess als Orchestrator-Auftrag starten; Exit 0 Erfolgreich/m);
    expect(stdout).toMatch(/^Argumente:\n {2}name +der Prozessname \(oder seine Katalog-ID\)$/m);
    expect(stdout).toMatch(/^ {2}--input <key=value> +ein Eingabeargument \(wiederholbar\);/m);
    expect(stdout).toContain('(Standard: [])');
    expect(stdout).toMatch(/^ {2}--wait +die Ausführung bis zu ihrem Ende verfolgen/m);
  }, 60_000);

  it('says baton profile --help in Japanese for LANG=ja_JP.UTF-8', async () => {
    const { code, stdout } = await baton(['profile', '--help'], { LANG: 'ja_JP.UTF-8' });
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /^使い方: baton profile \[options\] \[command\]\n\n接続プロファイルを管理します \(Orchestrator の URL、テナント、サインイン方法\)\n/,
    );
    expect(stdout).toMatch(/^オプション:$/m);
    expect(stdout).toMatch(/^コマンド:$/m);
    expect(stdout).toMatch(/^ {2}add \[options\] <name> +接続プロファイルを追加します$/m);
    expect(stdout).toMatch(/^ {2}list \[options\] +接続プロファイルを一覧表示します \(\* がアクティブなもの\)$/m);
  }, 60_000);

  it('stays English, exactly as before, without LANG', async () => {
    const { code, stdout } = await baton(['--help']);
    expect(code).toBe(0);
    // As commander wrote it before the catalog, wrapped at 80 columns.
    expect(stdout.split('\n').slice(0, 24)).toEqual([
      'Usage: baton [options] [command]',
      '',
      'Baton: run UiPath Orchestrator processes from your terminal.',
      '',
      'Options:',
      '  -V, --version                     print the version',
      '  --json                            machine-readable output: one JSON value on',
      '                                    stdout',
      '  --secret-store <store>            where secrets are kept (default: the OS',
      '                                    keychain, else an owner-only file) (choices:',
      '                                    "auto", "keychain", "file", "memory", env:',
      '                                    BATON_SECRET_STORE)',
      '  --verbose                         show what Baton does on stderr (the log file',
      '                                    always has it)',
      "  --robot-processes <dir>           a folder of command processes for Baton's",
      '                                    own robot bridge (BATON_ROBOT_PROCESSES)',
      '  --log-format <format>             log lines on stderr: human sentences, or',
      '                                    JSON for collectors (default: json with',
      '                                    --json) (choices: "human", "json")',
      '  -h, --help                        display help for command',
      '',
      'Commands:',
      '  call [options] <method> [params]  call any contract method with JSON params,',
      "                                    e.g. baton call app.info '{}'",
    ]);
    expect(stdout).toMatch(/^ {2}help \[command\] +display help for command$/m);
  }, 60_000);
});

describe("baton's refusals in the language LANG names", () => {
  it('says a bad --port in German on stderr, and keeps the --json payload English with its message ids', async () => {
    const said = await baton(['web', '--port', 'nope'], GERMAN);
    expect(said.code).toBe(2);
    expect(said.stdout).toBe('');
    expect(said.stderr).toBe(
      'Fehler: --port muss eine Zahl von 0 bis 65535 sein, nicht „nope“.\nHinweis: Verwenden Sie --port 0, damit Baton einen freien Port wählt.\n',
    );

    const json = await baton(['web', '--port', 'nope', '--json'], GERMAN);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout)).toEqual({
      error: {
        code: 'VALIDATION',
        message: '--port must be a number from 0 to 65535, not "nope".',
        hint: 'Use --port 0 to let Baton pick a free port.',
        messageText: [{ id: 'cli.badPort', values: { port: 'nope' } }],
        hintText: [{ id: 'cli.portHint' }],
      },
    });
  }, 60_000);

  it('adds the usage hint in German to a refusal that has none, and in English without LANG', async () => {
    const german = await baton(['reminders', 'edit', 'r1', '--on', '--off'], GERMAN);
    expect(german.code).toBe(2);
    expect(german.stderr).toBe(
      'Fehler: Wählen Sie --on oder --off, nicht beides.\nHinweis: Führen Sie `baton <Befehl> --help` aus, um zu sehen, was der Befehl annimmt.\n',
    );
    const english = await baton(['reminders', 'edit', 'r1', '--on', '--off']);
    expect(english.stderr).toBe(
      'error: Choose --on or --off, not both.\nhint: Run `baton <command> --help` to see what the command accepts.\n',
    );
  }, 60_000);
});

describe('what baton prints for a person, in the language LANG names', () => {
  it('lists, adds and refuses profiles in German; the refusal with --json stays English', async () => {
    const empty = await baton(['profile', 'list'], GERMAN);
    expect(empty).toMatchObject({ code: 0, stdout: 'Noch keine Profile. Fügen Sie eines hinzu: baton profile add NAME --url URL\n' });

    const added = await baton(['profile', 'add', 'Prod', '--url', 'https://orch.example', '--tenant', 'Default', '--use'], GERMAN);
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/^Profil Prod hinzugefügt \(on-prem, https:\/\/orch\.example\/?\)\. Es ist das aktive Profil\.\n$/);

    const unknown = await baton(['profile', 'use', 'Staging'], GERMAN);
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toBe(
      'Fehler: Es gibt kein Profil namens „Staging“.\nHinweis: Verwenden Sie eines von: Prod (baton profile list).\n',
    );

    const json = await baton(['profile', 'use', 'Staging', '--json'], GERMAN);
    expect(JSON.parse(json.stdout)).toMatchObject({
      error: { code: 'NOT_FOUND', message: 'There is no profile named "Staging".', hint: 'Use one of: Prod (baton profile list).' },
    });
  }, 60_000);
});
