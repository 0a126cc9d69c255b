import { useEffect, useRef, useState, type MouseEvent } from 'react';
import type { BatonError } from '../../shared/errors';
import type { AppInfo } from '../../shared/model';
import { ConnectionBanner } from '../components/connection-banner';
import { ErrorBanner } from '../components/error-banner';
import { useCall, type CallState } from '../components/use-call';
import { AboutFooter } from '../features/about';
import { OfflineBanner } from '../features/connectivity';
import { DiagnosticsView } from '../features/diagnostics';
import { ProcessesView } from '../features/processes';
import { RobotIndicator, RobotView } from '../features/robot';
import { RunsView } from '../features/runs';
import { JobsView } from '../features/jobs';
import { AccountMenu, SessionProvider } from '../features/account';
import { NotificationCenter } from '../features/notifications';
import { PaletteOverlay, PaletteWindow } from '../features/palette';
import { PreferencesView, ThemeFromPreferences } from '../features/preferences';
import { ReminderPrompts } from '../features/reminders';
import { SignInGate } from '../features/sign-in';
import { AREAS, hrefOf, useArea, type AreaId } from './areas';
import { useBatonApi, useConnectionState } from './baton-context';
import { useT } from './i18n';

export function AppShell() {
  // The desktop app's always-on-top quick-launch window loads this page at #/palette.
  if (window.location.hash.startsWith('#/palette')) {
    return (
      <>
        <ThemeFromPreferences />
        <PaletteWindow onClose={() => window.close()} />
      </>
    );
  }
  return (
    // The Electron preload means a desktop with a system browser; the web host shows the sign-in link instead.
    <SessionProvider opensSystemBrowser={window.baton !== undefined}>
      <Shell />
    </SessionProvider>
  );
}

function Shell() {
  const api = useBatonApi();
  const { t } = useT();
  const connection = useConnectionState();
  const area = useArea();
  const info = useCall(() => api.app.info());
  const [dismissed, setDismissed] = useState<BatonError | undefined>();
  const heading = useRef<HTMLHeadingElement>(null);
  const isFirstArea = useRef(true);

  // Moving focus to the new area's heading tells screen-reader users that the view changed.
  useEffect(() => {
    if (isFirstArea.current) {
      isFirstArea.current = false;
      return;
    }
    heading.current?.focus();
  }, [area]);

  // A call that failed while the link was down is worth one more try once it is back.
  const { retry: retryInfo } = info;
  const hasInfoFailed = info.status === 'failed';
  useEffect(() => {
    if (connection.status === 'open' && hasInfoFailed) retryInfo();
  }, [connection.status, hasInfoFailed, retryInfo]);

  const labelId = AREAS.find((candidate) => candidate.id === area)?.label;
  const label = labelId ? t(labelId) : '';
  // While the link is down the connection banner already says why calls fail.
  const infoError = info.status === 'failed' && info.error !== dismissed && connection.status === 'open' ? info.error : undefined;

  return (
    <div className="app">
      <ThemeFromPreferences />
      <PaletteOverlay />
      <a className="skip-link" href="#main" onClick={skipToMain}>
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <p className="app-name">
          <span className="app-logo" aria-hidden="true">
            ◆
          </span>
          {t('app.name')}
        </p>
        <RobotIndicator />
        <AccountMenu />
      </header>
      <ConnectionBanner state={connection} />
      {connection.status === 'open' ? <OfflineBanner /> : null}
      {infoError && area !== 'diagnostics' ? (
        <ErrorBanner error={infoError} onRetry={info.retry} onDismiss={() => setDismissed(infoError)} />
      ) : null}
      <div className="app-body">
        <nav className="app-nav" aria-label={t('app.mainNavigation')}>
          <ul>
            {AREAS.map((candidate) => (
              <li key={candidate.id}>
                <a href={hrefOf(candidate.id)} aria-current={candidate.id === area ? 'page' : undefined}>
                  {t(candidate.label)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <main id="main" className="app-main" tabIndex={-1}>
          <h1 ref={heading} tabIndex={-1}>
            {label}
          </h1>
          {connection.status === 'open' ? <ReminderPrompts /> : null}
          <AreaView area={area} info={info} />
        </main>
      </div>
      <AboutFooter info={info} />
      {/* The desktop shows notifications through the OS; the web page shows them here. */}
      {window.baton === undefined ? <NotificationCenter /> : null}
    </div>
  );
}

function AreaView({ area, info }: { area: AreaId; info: CallState<AppInfo> & { retry(): void } }) {
  switch (area) {
    case 'processes':
      return (
        <SignInGate>
          <ProcessesView />
        </SignInGate>
      );
    case 'runs':
      return <RunsView />;
    case 'jobs':
      return (
        <SignInGate>
          <JobsView />
        </SignInGate>
      );
    case 'robot':
      return <RobotView />;
    case 'diagnostics':
      return <DiagnosticsView info={info} onRetryInfo={info.retry} />;
    case 'settings':
      return <PreferencesView />;
  }
}

// With hash routing a plain #main link would be read as an area change; move focus directly.
function skipToMain(event: MouseEvent<HTMLAnchorElement>): void {
  event.preventDefault();
  document.getElementById('main')?.focus();
}
