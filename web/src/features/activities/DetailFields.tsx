import { useTranslation } from 'react-i18next';
import {
  ACTIVITY_FORMATS,
  ACTIVITY_TYPES,
  type FieldErrorCodes,
} from '../../../../shared/activities/index.ts';
import { CATEGORY_IDS, type CategoryId } from '../../../../shared/catalog/index.ts';
import type { ActivitySuggestions } from '../../data/index.ts';
import { CheckboxGroup, Field } from './Field.tsx';
import { OFFERED_LANGUAGES, type ActivityFormState } from './form-model.ts';
import { ListField } from './ListField.tsx';

export type ListDrafts = Record<'cooperationPartners' | 'targetGroups' | 'links', string>;

/** The optional fields of an entry (DESIGN.md §8), behind "add details". */
export function DetailFields({
  form,
  set,
  errors,
  suggestions,
  drafts,
  setDraft,
}: {
  form: ActivityFormState;
  set: <K extends keyof ActivityFormState>(field: K, value: ActivityFormState[K]) => void;
  errors: FieldErrorCodes;
  suggestions: ActivitySuggestions | undefined;
  drafts: ListDrafts;
  setDraft: (field: keyof ListDrafts, text: string) => void;
}) {
  const { t } = useTranslation(['activities', 'common']);
  const datalist = (field: 'place' | 'organisingUnit' | 'fundingProgramme') => suggestions?.[field] ?? [];
  const textField = (field: 'place' | 'organisingUnit' | 'fundingProgramme') => (
    <Field label={t(`form.${field}`)} errors={errors[field]}>
      {(props) => (
        <>
          <input
            {...props}
            type="text"
            value={form[field]}
            onChange={(e) => set(field, e.target.value)}
            list={datalist(field).length ? `${props.id}-list` : undefined}
            autoComplete="off"
          />
          {datalist(field).length > 0 && (
            <datalist id={`${props.id}-list`}>
              {datalist(field).map((value) => (
                <option key={value} value={value} />
              ))}
            </datalist>
          )}
        </>
      )}
    </Field>
  );
  const countField = (field: 'participantCount' | 'sessions', hint?: string) => (
    <Field label={t(`form.${field}`)} hint={hint} errors={errors[field]}>
      {(props) => (
        <input
          {...props}
          type="number"
          inputMode="numeric"
          min={0}
          step={1}
          value={form[field]}
          onChange={(e) => set(field, e.target.value)}
        />
      )}
    </Field>
  );

  return (
    <div className="details-grid">
      <Field label={t('form.endDate')} errors={errors.endDate}>
        {(props) => (
          <input
            {...props}
            type="date"
            value={form.endDate}
            min={form.date}
            onChange={(e) => set('endDate', e.target.value)}
          />
        )}
      </Field>
      <Field label={t('form.type')} errors={errors.type}>
        {(props) => (
          <select {...props} value={form.type} onChange={(e) => set('type', e.target.value)}>
            <option value="">{t('form.none')}</option>
            {ACTIVITY_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`types.${type}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('form.format')} errors={errors.format}>
        {(props) => (
          <select {...props} value={form.format} onChange={(e) => set('format', e.target.value)}>
            <option value="">{t('form.none')}</option>
            {ACTIVITY_FORMATS.map((format) => (
              <option key={format} value={format}>
                {t(`formats.${format}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {textField('place')}
      {countField('participantCount', t('form.countHint'))}
      {countField('sessions')}
      <CheckboxGroup<CategoryId>
        legend={t('form.secondaryCategories')}
        options={CATEGORY_IDS.filter((c) => String(c) !== form.category)}
        value={form.secondaryCategories}
        onChange={(next) => set('secondaryCategories', next)}
        errors={errors.secondaryCategories}
        label={(c) => t(`common:categories.${c}.short`)}
      />
      {textField('organisingUnit')}
      <ListField
        label={t('form.cooperationPartners')}
        values={form.cooperationPartners}
        onChange={(next) => set('cooperationPartners', next)}
        suggestions={suggestions?.cooperationPartners}
        errors={errors.cooperationPartners}
        draft={drafts.cooperationPartners}
        onDraft={(text) => setDraft('cooperationPartners', text)}
      />
      <ListField
        label={t('form.targetGroups')}
        values={form.targetGroups}
        onChange={(next) => set('targetGroups', next)}
        suggestions={suggestions?.targetGroups}
        errors={errors.targetGroups}
        draft={drafts.targetGroups}
        onDraft={(text) => setDraft('targetGroups', text)}
      />
      <CheckboxGroup<string>
        legend={t('form.languages')}
        options={[
          ...OFFERED_LANGUAGES,
          ...form.languages.filter((l) => !(OFFERED_LANGUAGES as readonly string[]).includes(l)),
        ]}
        value={form.languages}
        onChange={(next) => set('languages', next)}
        errors={errors.languages}
        label={(code) => t(`languages.${code as (typeof OFFERED_LANGUAGES)[number]}`, { defaultValue: code })}
      />
      {textField('fundingProgramme')}
      <ListField
        label={t('form.links')}
        hint={t('form.linksHint')}
        type="url"
        values={form.links}
        onChange={(next) => set('links', next)}
        errors={errors.links}
        draft={drafts.links}
        onDraft={(text) => setDraft('links', text)}
      />
      <Field label={t('form.note')} hint={t('form.noteHint')} errors={errors.note}>
        {(props) => (
          <textarea {...props} rows={3} value={form.note} onChange={(e) => set('note', e.target.value)} />
        )}
      </Field>
    </div>
  );
}
