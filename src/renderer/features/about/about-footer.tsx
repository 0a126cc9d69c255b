import type { AppInfo } from '../../../shared/model';
import type { CallState } from '../../components/use-call';

const HOST_NAMES: Record<AppInfo['host'], string> = { electron: 'desktop app', web: 'web host', cli: 'command line' };

/** Name, version and host of the core this page talks to, as app.info reports them. */
export function AboutFooter({ info }: { info: CallState<AppInfo> }) {
  return (
    <footer className="app-footer" aria-label="About Baton">
      {info.status === 'done' ? (
        <p>
          <span data-testid="about-name">{info.data.name}</span> <span data-testid="about-version">{info.data.version}</span>
          {' · '}
          <span data-testid="about-host" data-host={info.data.host}>
            {HOST_NAMES[info.data.host]}
          </span>
          {' · '}
          <span>{info.data.platform}</span>
        </p>
      ) : info.status === 'failed' ? (
        <p>Version information unavailable.</p>
      ) : (
        <p>Loading version…</p>
      )}
    </footer>
  );
}
