import type { AppInfo } from '../../../shared/model';
import { useT } from '../../app/i18n';
import { HOST_NAMES } from './about-footer';

/** Everything app.info says, for bug reports. */
export function AboutPanel({ info }: { info: AppInfo }) {
  const { t } = useT();
  return (
    <section className="card" aria-labelledby="about-heading">
      <h3 id="about-heading">{t('about.heading')}</h3>
      <dl className="facts">
        <dt>{t('about.version')}</dt>
        <dd>{info.version}</dd>
        <dt>{t('about.host')}</dt>
        <dd>{t(HOST_NAMES[info.host])}</dd>
        <dt>{t('about.platform')}</dt>
        <dd>{info.platform}</dd>
        {Object.entries(info.runtimes).map(([name, version]) => (
          <div key={name} className="facts-row">
            <dt>{name}</dt>
            <dd>{version}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
