import { useTranslation } from 'react-i18next';
import type { Mediator } from '../../../../shared/mediators/index.ts';
import { formatSlots, telHref } from './format.ts';
import { languageName } from './language-names.ts';

/** One contact with one-tap call and e-mail links. Names and notes stay in their original language. */
export function ContactCard({ mediator, availableNow }: { mediator: Mediator; availableNow: boolean }) {
  const { t, i18n } = useTranslation(['mediators', 'common']);
  const locale = i18n.language;
  return (
    <li className="contact-card" data-testid="contact">
      <h3 className="contact-name">{mediator.name}</h3>
      <p className="badges">
        {availableNow && <span className="badge badge-now">{t('availableNow')}</span>}
        {mediator.demo && <span className="badge badge-demo">{t('demo')}</span>}
      </p>
      <p>
        {mediator.languages
          .map((language) => `${languageName(language.code, locale)} (${t(`levels.${language.level}`)})`)
          .join(', ')}
        {mediator.otherLanguages && <span lang="de">{`, ${mediator.otherLanguages}`}</span>}
      </p>
      {mediator.modes.length > 0 && <p>{mediator.modes.map((mode) => t(`modes.${mode}`)).join(' · ')}</p>}
      {mediator.availability.length > 0 && (
        <p>
          {t('reachable')}: {formatSlots(mediator.availability, locale)}
        </p>
      )}
      {mediator.area && <p lang="de">{mediator.area}</p>}
      {mediator.notes && (
        <p className="card-meta" lang="de">
          {mediator.notes}
        </p>
      )}
      <div className="call-actions">
        {mediator.phone && (
          <a className="button-link" href={telHref(mediator.phone)}>
            {t('call', { number: mediator.phone })}
          </a>
        )}
        {mediator.email && (
          <a className="button-link secondary" href={`mailto:${mediator.email}`}>
            {t('email', { address: mediator.email })}
          </a>
        )}
      </div>
    </li>
  );
}
