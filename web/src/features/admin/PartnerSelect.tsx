import { useTranslation } from 'react-i18next';
import { usePartners } from './queries.ts';

/** A labelled select of the partner organisations on the device. */
export function PartnerSelect({
  id,
  label,
  value,
  onChange,
  hideLabel = false,
}: {
  id: string;
  label: string;
  value: string | null;
  onChange: (partnerId: string) => void;
  hideLabel?: boolean;
}) {
  const { t } = useTranslation('admin');
  const partners = usePartners();
  const collator = new Intl.Collator('de');
  const sorted = [...(partners.data ?? [])].sort((a, b) => collator.compare(a.name, b.name));
  return (
    <>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('choosePartner')}</option>
        {sorted.map((partner) => (
          <option key={partner.id} value={partner.id} lang="de">
            {partner.name}
          </option>
        ))}
      </select>
    </>
  );
}
