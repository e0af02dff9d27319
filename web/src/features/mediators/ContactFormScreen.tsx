import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { REGIONS } from '../../../../shared/catalog/index.ts';
import {
  LANGUAGE_LEVELS,
  MEDIATION_MODES,
  type Mediator,
  type MediatorInput,
} from '../../../../shared/mediators/index.ts';
import { FieldErrorText, FormField } from '../../app/FormField.tsx';
import { Link, navigate } from '../../app/router.tsx';
import { languageOptions } from './language-names.ts';
import { useSaveContact } from './mutations.ts';
import { useContact, useOfferedLanguages } from './queries.ts';
import { SlotsEditor, slotErrors } from './SlotsEditor.tsx';

const EMPTY: MediatorInput = {
  name: '',
  languages: [{ code: 'ar', level: 'native' }],
  otherLanguages: '',
  modes: ['in-person'],
  availability: [],
  region: null,
  area: '',
  phone: '',
  email: '',
  notes: '',
  active: true,
};

export function NewContactScreen({ poolId }: { poolId: string }) {
  return <ContactForm poolId={poolId} contact={null} />;
}

export function EditContactScreen({ id }: { id: string }) {
  const { t } = useTranslation(['mediators', 'common']);
  const contact = useContact(id);
  if (contact.isPending) return <p role="status">{t('common:state.loading')}</p>;
  if (!contact.data) return <h1>{t('form.contactNotFound')}</h1>;
  return <ContactForm poolId={contact.data.poolId} contact={contact.data} />;
}

function toInput(contact: Mediator): MediatorInput {
  const { id: _id, poolId: _p, partnerId: _pa, confirmedAt: _c, demo: _d, version: _v, ...input } = contact;
  return { ...input, phone: input.phone ?? '', email: input.email ?? '' };
}

function ContactForm({ poolId, contact }: { poolId: string; contact: Mediator | null }) {
  const { t, i18n } = useTranslation(['mediators', 'common']);
  const [input, setInput] = useState<MediatorInput>(contact ? toInput(contact) : EMPTY);
  const save = useSaveContact();
  const offered = useOfferedLanguages();
  const options = languageOptions(offered.data ?? [], i18n.language);
  const fields = save.data && !save.data.ok ? save.data.fields : undefined;
  const back = `/mediators/pools/${encodeURIComponent(poolId)}/contacts`;
  const set = (change: Partial<MediatorInput>) => setInput((current) => ({ ...current, ...change }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate(
      {
        id: contact?.id ?? null,
        poolId,
        input: { ...input, phone: input.phone || null, email: input.email || null },
      },
      { onSuccess: (result) => result.ok && navigate(back) },
    );
  };
  const languageErrors = Object.entries(fields ?? {})
    .filter(([path]) => path.startsWith('languages'))
    .flatMap(([, codes]) => codes);

  return (
    <>
      <p className="breadcrumb">
        <Link href={back}>
          <span className="icon-back" aria-hidden="true" />
          {t('manage.contactsTitle')}
        </Link>
      </p>
      <h1>{contact ? t('form.editContact') : t('form.newContact')}</h1>
      <form className="form" onSubmit={submit} noValidate>
        <FormField
          label={t('form.name')}
          value={input.name}
          onChange={(e) => set({ name: e.target.value })}
          required
          errors={fields?.name}
        />
        <fieldset className="form-fieldset">
          <legend>{t('form.languages')}</legend>
          {input.languages.map((language, index) => (
            <div className="slot-row" key={index}>
              <label>
                <span className="visually-hidden">{t('form.languageN', { n: index + 1 })}</span>
                <select
                  value={language.code}
                  onChange={(e) =>
                    set({
                      languages: input.languages.map((l, i) =>
                        i === index ? { ...l, code: e.target.value } : l,
                      ),
                    })
                  }
                >
                  {options.map((option) => (
                    <option key={option.code} value={option.code}>
                      {option.name}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                <span className="visually-hidden">{t('form.levelN', { n: index + 1 })}</span>
                <select
                  value={language.level}
                  onChange={(e) =>
                    set({
                      languages: input.languages.map((l, i) =>
                        i === index ? { ...l, level: e.target.value as (typeof LANGUAGE_LEVELS)[number] } : l,
                      ),
                    })
                  }
                >
                  {LANGUAGE_LEVELS.map((level) => (
                    <option key={level} value={level}>
                      {t(`levels.${level}`)}
                    </option>
                  ))}
                </select>
              </label>
              <button
                type="button"
                className="secondary"
                aria-label={t('form.removeLanguage', { n: index + 1 })}
                onClick={() => set({ languages: input.languages.filter((_, i) => i !== index) })}
              >
                ×
              </button>
            </div>
          ))}
          <button
            type="button"
            className="secondary"
            onClick={() => set({ languages: [...input.languages, { code: 'en', level: 'good' }] })}
          >
            {t('form.addLanguage')}
          </button>
          {languageErrors.length > 0 && (
            <p className="form-error">
              <FieldErrorText codes={languageErrors} />
            </p>
          )}
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
          legend={t('form.availability')}
          slots={input.availability}
          onChange={(availability) => set({ availability })}
          errors={slotErrors(fields, 'availability')}
        />
        <FormField id="contact-region" label={t('form.region')} errors={fields?.region}>
          <select
            id="contact-region"
            value={input.region ?? ''}
            onChange={(e) => set({ region: (e.target.value || null) as MediatorInput['region'] })}
          >
            <option value="">{t('form.noRegion')}</option>
            {REGIONS.map((region) => (
              <option key={region} value={region}>
                {t(`common:regions.${region}`)}
              </option>
            ))}
          </select>
        </FormField>
        <FormField
          label={t('pool.area')}
          value={input.area}
          onChange={(e) => set({ area: e.target.value })}
          errors={fields?.area}
        />
        <FormField
          label={t('form.phone')}
          type="tel"
          autoComplete="off"
          value={input.phone ?? ''}
          onChange={(e) => set({ phone: e.target.value })}
          errors={fields?.phone}
        />
        <FormField
          label={t('form.email')}
          type="email"
          autoComplete="off"
          value={input.email ?? ''}
          onChange={(e) => set({ email: e.target.value })}
          errors={fields?.email}
        />
        <FormField
          label={t('pool.notes')}
          value={input.notes}
          onChange={(e) => set({ notes: e.target.value })}
          errors={fields?.notes}
        />
        <label className="checkbox">
          <input type="checkbox" checked={input.active} onChange={(e) => set({ active: e.target.checked })} />
          {t('form.active')}
        </label>
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
