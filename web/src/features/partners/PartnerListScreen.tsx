import { useTranslation } from 'react-i18next';
import { PARTNER_KINDS, type Partner, type PartnerKind } from '../../../../shared/catalog/index.ts';
import { Link } from '../../app/router.tsx';
import { ListState } from '../../app/ListState.tsx';
import { Original } from '../../i18n/index.ts';
import { useMeasureCountsByPartner, usePartners } from './queries.ts';

export function PartnerListScreen() {
  const { t } = useTranslation(['partners', 'common']);
  const partners = usePartners();
  const counts = useMeasureCountsByPartner();
  const groups = groupByKind(partners.data ?? []);

  return (
    <>
      <h1>{t('title')}</h1>
      <p className="lead">{t('intro', { count: partners.data?.length ?? 0 })}</p>
      <ListState query={partners} empty={t('empty')}>
        {groups.map(([kind, members]) => (
          <section key={kind} aria-labelledby={`kind-${kind}`} className="group">
            <h2 id={`kind-${kind}`}>
              {t(`common:kinds.${kind}`)} <span className="count">({members.length})</span>
            </h2>
            <ul className="card-list" data-testid="partner-list">
              {members.map((partner) => (
                <li key={partner.id}>
                  <Link className="card" href={`/partners/${encodeURIComponent(partner.id)}`}>
                    <span className="card-title">
                      <Original>{partner.name}</Original>
                    </span>
                    <span className="card-meta">
                      {t('measureCount', { count: counts.data?.get(partner.id) ?? 0 })}
                      {partner.seat && (
                        <>
                          {' · '}
                          <Original>{partner.seat}</Original>
                        </>
                      )}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </ListState>
    </>
  );
}

function groupByKind(partners: Partner[]): [PartnerKind, Partner[]][] {
  const collator = new Intl.Collator('de');
  return PARTNER_KINDS.map(
    (kind) =>
      [kind, partners.filter((p) => p.kind === kind).sort((a, b) => collator.compare(a.name, b.name))] as [
        PartnerKind,
        Partner[],
      ],
  ).filter(([, members]) => members.length > 0);
}
