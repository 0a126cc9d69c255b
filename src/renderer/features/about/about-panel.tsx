import type { AppInfo } from '../../../shared/model';

/** Everything app.info says, for bug reports. */
export function AboutPanel({ info }: { info: AppInfo }) {
  return (
    <section className="card" aria-labelledby="about-heading">
      <h3 id="about-heading">About this Baton</h3>
      <dl className="facts">
        <dt>Version</dt>
        <dd>{info.version}</dd>
        <dt>Host</dt>
        <dd>{info.host}</dd>
        <dt>Platform</dt>
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
