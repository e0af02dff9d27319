import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  PARTNER_KINDS,
  REGIONS,
  type Partner,
  type PartnerUpdate,
} from '../../../../shared/catalog/index.ts';
import { FormField } from '../../app/FormField.tsx';
import { Link } from '../../app/router.tsx';
import { AdminGate } from './AdminGate.tsx';
import { usePartner, usePartners, useUpdatePartner } from './queries.ts';

export function PartnersScreen() {
  const { t } = useTranslation('admin');
  const partners = usePartners();
  const collator = new Intl.Collator('de');
  const sorted = [...(partners.data ?? [])].sort((a, b) => collator.compare(a.name, b.name));
  return (
    <AdminGate title={t('partners.title')}>
      <ul className="card-list">
        {sorted.map((partner) => (
          <li key={partner.id}>
            <Link className="card" href={`/admin/partners/${encodeURIComponent(partner.id)}`}>
              <span className="card-title" lang="de">
                {partner.name}
              </span>
              <span className="card-meta">{t('partners.edit')}</span>
            </Link>
          </li>
        ))}
      </ul>
    </AdminGate>
  );
}

export function PartnerEditScreen({ id }: { id: string }) {
  const { t } = useTranslation('admin');
  const partner = usePartner(id);
  return (
    <AdminGate title={t('partners.editTitle')}>
      {partner.isPending ? (
        <p role="status">{t('loading')}</p>
      ) : partner.data ? (
        <PartnerForm partner={partner.data} />
      ) : (
        <p>{t('partners.notFound')}</p>
      )}
    </AdminGate>
  );
}

function PartnerForm({ partner }: { partner: Partner }) {
  const { t } = useTranslation(['admin', 'common']);
  const [form, setForm] = useState({
    name: partner.name,
    kind: partner.kind,
    region: partner.region,
    seat: partner.seat,
    website: partner.website ?? '',
  });
  const update = useUpdatePartner();
  const fields = update.data && !update.data.ok ? update.data.fields : undefined;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body: PartnerUpdate = { ...form, website: form.website.trim() || null };
    update.mutate({ id: partner.id, update: body });
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormField
        label={t('partners.name')}
        value={form.name}
        onChange={(e) => setForm({ ...form, name: e.target.value })}
        errors={fields?.name}
        required
      />
      <FormField id="partner-kind" label={t('partners.kind')} errors={fields?.kind}>
        <select
          id="partner-kind"
          value={form.kind}
          onChange={(e) => setForm({ ...form, kind: e.target.value as Partner['kind'] })}
        >
          {PARTNER_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`common:kinds.${kind}`)}
            </option>
          ))}
        </select>
      </FormField>
      <FormField id="partner-region" label={t('partners.region')} errors={fields?.region}>
        <select
          id="partner-region"
          value={form.region}
          onChange={(e) => setForm({ ...form, region: e.target.value as Partner['region'] })}
        >
          {REGIONS.map((region) => (
            <option key={region} value={region}>
              {t(`common:regions.${region}`)}
            </option>
          ))}
        </select>
      </FormField>
      <FormField
        label={t('partners.seat')}
        value={form.seat}
        onChange={(e) => setForm({ ...form, seat: e.target.value })}
        errors={fields?.seat}
      />
      <FormField
        label={t('partners.website')}
        type="url"
        inputMode="url"
        value={form.website}
        onChange={(e) => setForm({ ...form, website: e.target.value })}
        errors={fields?.website}
      />
      <p role="status" className={update.data && !update.data.ok ? 'form-error' : undefined}>
        {update.data &&
          (update.data.ok ? t('saved') : update.data.code === 'offline' ? t('offline') : t('saveFailed'))}
      </p>
      <button type="submit" disabled={update.isPending}>
        {t('partners.save')}
      </button>
    </form>
  );
}
