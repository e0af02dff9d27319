import { useTranslation } from 'react-i18next';
import type { ActivityInput } from '../../../../shared/activities/index.ts';
import { CATEGORY_IDS, type CategoryId } from '../../../../shared/catalog/index.ts';
import {
  entryLineDe,
  narrativeOf,
  type PreviousYearReport,
  type ReportCategorySection,
  type ReportDraft,
} from '../../../../shared/reports/index.ts';
import { NarrativeEditor } from './NarrativeEditor.tsx';
import { NarrativeView } from './NarrativeView.tsx';

interface Props {
  section: ReportCategorySection;
  entries: ActivityInput[];
  draft: ReportDraft;
  onChange: (draft: ReportDraft) => void;
  readOnly: boolean;
  previous: PreviousYearReport | null;
}

/** One category of the report: the officer's narrative, the compiled entries (hide, move), last year. */
export function CategorySection({ section, entries, draft, onChange, readOnly, previous }: Props) {
  const { t } = useTranslation(['reports', 'common']);
  const id = section.id;
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const hiddenHere = entries.filter(
    (entry) =>
      draft.hiddenEntries.includes(entry.id) && (draft.movedEntries[entry.id] ?? entry.category) === id,
  );
  const previousSection = previous?.categories.find((category) => category.id === id);

  const setHidden = (entryId: string, hidden: boolean) =>
    onChange({
      ...draft,
      hiddenEntries: hidden
        ? [...draft.hiddenEntries, entryId]
        : draft.hiddenEntries.filter((other) => other !== entryId),
    });
  const moveTo = (entryId: string, target: CategoryId) => {
    const moved = { ...draft.movedEntries };
    if (byId.get(entryId)?.category === target) delete moved[entryId];
    else moved[entryId] = target;
    onChange({ ...draft, movedEntries: moved });
  };

  return (
    <section className="report-category" aria-labelledby={`category-${id}-title`}>
      <h2 id={`category-${id}-title`}>
        {id} {t(`common:categories.${id}.long`)}
      </h2>
      <NarrativeEditor
        id={`narrative-${id}`}
        label={t('editor.categoryNarrative', { category: t(`common:categories.${id}.short`) })}
        hint={t('editor.narrativeHint')}
        value={narrativeOf(draft, id)}
        readOnly={readOnly}
        onChange={(html) => onChange({ ...draft, narratives: { ...draft.narratives, [String(id)]: html } })}
      />

      <h3>{t('editor.compiled')}</h3>
      {section.groups.length === 0 && <p className="form-hint">{t('editor.noEntries')}</p>}
      {section.groups.map((group) => (
        <div key={group.type} className="entry-group">
          <h4 lang="de">{group.heading}</h4>
          <ul className="compiled-entries">
            {group.entries.map((entry) => (
              <li key={entry.id}>
                <p lang="de">{entry.text}</p>
                {entry.movedFrom && (
                  <p className="form-hint">{t('editor.movedFrom', { category: entry.movedFrom })}</p>
                )}
                {!readOnly && (
                  <div className="entry-controls">
                    <label>
                      <span>{t('editor.moveTo')}</span>
                      <select
                        value={id}
                        onChange={(e) => moveTo(entry.id, Number(e.target.value) as CategoryId)}
                      >
                        {CATEGORY_IDS.map((target) => (
                          <option key={target} value={target}>
                            {target} {t(`common:categories.${target}.short`)}
                          </option>
                        ))}
                      </select>
                    </label>
                    <button type="button" className="secondary" onClick={() => setHidden(entry.id, true)}>
                      {t('editor.hide')}
                      <span className="visually-hidden">: {entry.title}</span>
                    </button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {section.references.length > 0 && (
        <>
          <h4>{t('editor.seeAlso')}</h4>
          <ul className="compiled-entries">
            {section.references.map((ref) => (
              <li key={ref.entryId} lang="de">
                {ref.text}
              </li>
            ))}
          </ul>
        </>
      )}
      {hiddenHere.length > 0 && (
        <details className="hidden-entries">
          <summary>{t('editor.hiddenEntries', { count: hiddenHere.length })}</summary>
          <ul className="compiled-entries">
            {hiddenHere.map((entry) => (
              <li key={entry.id}>
                <p lang="de">{entryLineDe(entry)}</p>
                {!readOnly && (
                  <button type="button" className="secondary" onClick={() => setHidden(entry.id, false)}>
                    {t('editor.unhide')}
                    <span className="visually-hidden">: {entry.title}</span>
                  </button>
                )}
              </li>
            ))}
          </ul>
        </details>
      )}
      {previous && (
        <details className="last-year">
          <summary>{t('editor.lastYear', { label: previous.yearLabel })}</summary>
          <div lang="de">
            {previousSection && (previousSection.narrative || previousSection.lines.length) ? (
              <>
                {previousSection.narrative && <NarrativeView html={previousSection.narrative} />}
                {previousSection.lines.length > 0 && (
                  <ul>
                    {previousSection.lines.map((line, i) => (
                      <li key={i}>{line}</li>
                    ))}
                  </ul>
                )}
              </>
            ) : (
              <p className="form-hint">{t('editor.lastYearEmpty')}</p>
            )}
          </div>
        </details>
      )}
    </section>
  );
}
