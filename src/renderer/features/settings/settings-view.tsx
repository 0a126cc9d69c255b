import { ComingSoon } from '../../components/coming-soon';

export function SettingsView() {
  return (
    <ComingSoon
      items={[
        'Connection profiles: several Orchestrators and tenants, each with its own sign-in.',
        'Preferences: start at login, notifications, theme and the default run target.',
      ]}
    />
  );
}
