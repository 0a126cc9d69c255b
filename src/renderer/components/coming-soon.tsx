import type { ReactNode } from 'react';
import { useT } from '../app/i18n';

/** A feature area that is planned but not built yet: says what will be here. */
export function ComingSoon({ items, children }: { items: string[]; children?: ReactNode }) {
  const { t } = useT();
  return (
    <section className="card coming-soon">
      <p className="coming-soon-label">{t('components.comingSoon')}</p>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      {children}
    </section>
  );
}
