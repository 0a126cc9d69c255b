import { describe, expect, it } from 'vitest';
import { createConsoleLogger, teeLogger } from '../../../src/main/platform';

function lines(options: Parameters<typeof createConsoleLogger>[0] = {}) {
  const written: string[] = [];
  const logger = createConsoleLogger({ ...options, write: (line) => void written.push(line) });
  return { logger, written };
}

describe('the console logger', () => {
  it('gives people one readable line per warning, with no JSON around it', () => {
    const { logger, written } = lines({ format: 'human', level: 'warn' });
    logger.info('Robot connection state', { state: 'connecting' });
    logger.warn('The settings file could not be read;\n it was set aside.', { file: '/x' });
    logger.child('vault').error('Stored secret unreadable', { token: 'eyJhbGciOi.eyJzdWIiOiJ4In0.c2lnbmF0dXJlMTIz' });
    expect(written).toEqual(['warning: The settings file could not be read; it was set aside.', 'error: Stored secret unreadable']);
  });

  it('adds the fields, redacted, with --verbose', () => {
    const { logger, written } = lines({ format: 'human', level: 'debug', withFields: true });
    logger.debug('Refreshing', { profile: 'Prod', refreshToken: 'rt-secret' });
    expect(written).toEqual(['debug: Refreshing profile=Prod refreshToken=[redacted]']);
  });

  it('writes JSON lines for collectors, where a field cannot overwrite the entry’s own keys', () => {
    const { logger, written } = lines({ format: 'json', scope: 'web' });
    logger.info('Web host listening', { origin: 'http://127.0.0.1:1', message: 'forged', level: 'error', at: 'then' });
    const entry = JSON.parse(written[0]!) as Record<string, unknown>;
    expect(entry).toMatchObject({ level: 'info', scope: 'web', message: 'Web host listening', origin: 'http://127.0.0.1:1' });
    expect(entry['field.message']).toBe('forged');
    expect(entry['field.level']).toBe('error');
    expect(entry.at).not.toBe('then');
  });

  it('sends each entry to every logger of a tee', () => {
    const terminal = lines({ format: 'human', level: 'warn' });
    const file = lines({ format: 'json', level: 'info' });
    const both = teeLogger(terminal.logger, file.logger).child('cli');
    both.info('Signed in');
    both.warn('Offline');
    expect(terminal.written).toEqual(['warning: Offline']);
    expect(file.written.map((line) => (JSON.parse(line) as { message: string; scope: string }).message)).toEqual(['Signed in', 'Offline']);
  });
});
