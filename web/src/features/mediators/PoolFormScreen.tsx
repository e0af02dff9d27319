import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { mayManagePartner } from '../../../../shared/auth/index.ts';
import { REGIONS } from '../../../../shared/catalog/index.ts';
import {
  MEDIATION_MODES,
  POOL_KINDS,
  type Pool,
  type PoolInput,
} from '../../../../shared/mediators/index.ts';
import { useSession } from '../../data/index.ts';
import { FormField } from '../../app/FormField.tsx';
import { Link, navigate } from '../../app/router.tsx';
import { languageOptions } from './language-names.ts';
import { useSavePool } from './mutations.ts';
import { usePartnerList, usePool, useOfferedLanguages } from './queries.ts';
import { SlotsEditor, slotErrors } from './SlotsEditor.tsx';

const TEXT_FIELDS = [
  'officeHoursNote',
  'area',
  'leadTime',
  'exclusions',
  'costs',
  'whoMayRequest',
  'notes',
] as const;

export function EditPoolScreen({ id }: { id: string }) {
  const { t } = useTranslation(['mediators', 'common']);
  const pool = usePool(id);
  if (pool.isPending) return <p role="status">{t('common:state.loading')}</p>;
  if (!pool.data) return <h1>{t('pool.notFound')}</h1>;
  return <PoolForm pool={pool.data} />;
}

export function NewPoolScreen() {
  return <PoolForm pool={null} />;
}

function toInput(pool: Pool): PoolInput {
  const { id: _id, source: _s, version: _v, ...input } = pool;
  return input;
}

function PoolForm({ pool }: { pool: Pool | null }) {
  const { t, i18n } = useTranslation(['mediators', 'common']);
  const session = useSession();
  const partners = usePartnerList();
  const offered = useOfferedLanguages();
  const save = useSavePool();
  const user = session.user;
  const [input, setInput] = useState<PoolInput>(
    pool
      ? toInput(pool)
      : {
          partnerId: user?.partnerId ?? '',
          name: '',
          kind: 'lay-pool',
          languages: [],
          otherLanguages: '',
          modes: [],
          officeHours: [],
          officeHoursNote: '',
          requestPhone: null,
          requestEmail: null,
          requestUrl: null,
          region: null,
          area: '',
          leadTime: '',
          exclusions: '',
          costs: '',
          whoMayRequest: '',
          notes: '',
          lastConfirmed: null,
        },
  );
  const set = (change: Partial<PoolInput>) => setInput((current) => ({ ...current, ...change }));
  const fields = save.data && !save.data.ok ? save.data.fields : undefined;
  const manageable = (partners.data ?? []).filter((partner) => mayManagePartner(user, partner.id));

  if (!user || (pool && !mayManagePartner(user, pool.partnerId)) || (!pool && manageable.length === 0)) {
    return (
      <>
        <h1>{t('manage.title')}</h1>
        <p>{t('manage.notAllowed')}</p>
      </>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = {
      ...input,
      requestPhone: input.requestPhone || null,
      requestEmail: input.requestEmail || null,
      requestUrl: input.requestUrl || null,
    };
    save.mutate(
      { id: pool?.id ?? null, input: body },
      {
        onSuccess: (result) =>
          result.ok &&
          navigate(`/mediators/pools/${encodeURIComponent(result.data.pool.id)}`, { replace: true }),
      },
    );
  };

  return (
    <>
      <p className="breadcrumb">
        <Link href={pool ? `/mediators/pools/${encodeURIComponent(pool.id)}` : '/mediators'}>
          <span className="icon-back" aria-hidden="true" />
          {pool ? <span lang="de">{pool.name}</span> : t('backToLookup')}
        </Link>
      </p>
      <h1>{pool ? t('form.editPool') : t('form.newPool')}</h1>
      <form className="form" onSubmit={submit} noValidate>
        <FormField id="pool-partner" label={t('pool.partner')} errors={fields?.partnerId}>
          <select
            id="pool-partner"
            value={input.partnerId}
            onChange={(e) => set({ partnerId: e.target.value })}
          >
            <option value="">{t('form.choosePartner')}</option>
            {manageable.map((partner) => (
              <option key={partner.id} value={partner.id} lang="de">
                {partner.name}
              </option>
            ))}
          </select>
        </FormField>
        <FormField
          label={t('form.name')}
          value={input.name}
          onChange={(e) => set({ name: e.target.value })}
          errors={fields?.name}
          required
        />
        <FormField id="pool-kind" label={t('pool.kind')} errors={fields?.kind}>
          <select
            id="pool-kind"
            value={input.kind}
            onChange={(e) => set({ kind: e.target.value as PoolInput['kind'] })}
          >
            {POOL_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </select>
        </FormField>
        <fieldset className="form-fieldset checkbox-columns">
          <legend>{t('pool.languages')}</legend>
          {languageOptions(offered.data ?? [], i18n.language).map((option) => (
            <label key={option.code} className="checkbox">
              <input
                type="checkbox"
                checked={input.languages.includes(option.code)}
                onChange={(e) =>
                  set({
                    languages: e.target.checked
                      ? [...input.languages, option.code]
                      : input.languages.filter((code) => code !== option.code),
                  })
                }
              />
              {option.name}
            </label>
          ))}
        </fieldset>
        <FormField
          label={t('form.otherLanguages')}
          value={input.otherLanguages}
          onChange={(e) => set({ otherLanguages: e.target.value })}
          errors={fields?.otherLanguages}
        />
        <fieldset className="form-fieldset">
          <legend>{t('pool.modes')}</legend>
          {MEDIATION_MODES.map((mode) => (
            <label key={mode} className="checkbox">
              <input
                type="checkbox"
                checked={input.modes.includes(mode)}
                onChange={(e) =>
                  set({
                    modes: e.target.checked ? [...input.modes, mode] : input.modes.filter((m) => m !== mode),
                  })
                }
              />
              {t(`modes.${mode}`)}
            </label>
          ))}
        </fieldset>
        <SlotsEditor
          legend={t('officeHours')}
          slots={input.officeHours}
          onChange={(officeHours) => set({ officeHours })}
          errors={slotErrors(fields, 'officeHours')}
        />
        <FormField
          label={t('form.requestPhone')}
          type="tel"
          value={input.requestPhone ?? ''}
          onChange={(e) => set({ requestPhone: e.target.value })}
          errors={fields?.requestPhone}
        />
        <FormField
          label={t('form.requestEmail')}
          type="email"
          value={input.requestEmail ?? ''}
          onChange={(e) => set({ requestEmail: e.target.value })}
          errors={fields?.requestEmail}
        />
        <FormField
          label={t('pool.requestForm')}
          type="url"
          value={input.requestUrl ?? ''}
          onChange={(e) => set({ requestUrl: e.target.value })}
          errors={fields?.requestUrl}
        />
        <FormField id="pool-region" label={t('form.region')} errors={fields?.region}>
          <select
            id="pool-region"
            value={input.region ?? ''}
            onChange={(e) => set({ region: (e.target.value || null) as PoolInput['region'] })}
          >
            <option value="">{t('form.noRegion')}</option>
            {REGIONS.map((region) => (
              <option key={region} value={region}>
                {t(`common:regions.${region}`)}
              </option>
            ))}
          </select>
        </FormField>
        {TEXT_FIELDS.map((field) => (
          <FormField
            key={field}
            label={t(`pool.${field}`)}
            value={input[field]}
            onChange={(e) => set({ [field]: e.target.value })}
            errors={fields?.[field]}
          />
        ))}
        <p role="alert" className="form-alert">
          {save.data &&
            !save.data.ok &&
            (save.data.code === 'offline' ? t('errors.offline') : t('errors.save'))}
        </p>
        <button type="submit" disabled={save.isPending}>
          {t('form.save')}
        </button>
      </form>
    </>
  );
}
