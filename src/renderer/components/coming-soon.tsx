import type { ReactNode } from 'react';

/** A feature area that is planned but not built yet: says what will be here. */
export function ComingSoon({ items, children }: { items: string[]; children?: ReactNode }) {
  return (
    <section className="card coming-soon">
      <p className="coming-soon-label">Coming soon</p>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      {children}
    </section>
  );
}
