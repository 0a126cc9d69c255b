import type { MessageId } from '../../../shared/i18n';
import type { AppInfo } from '../../../shared/model';
import { useT } from '../../app/i18n';
import type { CallState } from '../../components/use-call';

export const HOST_NAMES: Record<AppInfo['host'], MessageId> = {
  electron: 'about.hostElectron',
  web: 'about.hostWeb',
  cli: 'about.hostCli',
};

/** Name, version and host of the core this page talks to, as app.info reports them. */
export function AboutFooter({ info }: { info: CallState<AppInfo> }) {
  const { t } = useT();
  return (
    <footer className="app-footer" aria-label={t('about.footer')}>
      {info.status === 'done' ? (
        <p>
          <span data-testid="about-name">{info.data.name}</span> <span data-testid="about-version">{info.data.version}</span>
          {' · '}
          <span data-testid="about-host" data-host={info.data.host}>
            {t(HOST_NAMES[info.data.host])}
          </span>
          {' · '}
          <span>{info.data.platform}</span>
        </p>
      ) : info.status === 'failed' ? (
        <p>{t('about.unavailable')}</p>
      ) : (
        <p>{t('about.loading')}</p>
      )}
    </footer>
  );
}
