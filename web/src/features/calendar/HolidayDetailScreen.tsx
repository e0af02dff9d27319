import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  entryText,
  faithName,
  tableCoverage,
  type CalendarEntry,
} from '../../../../shared/calendar/index.ts';
import { Link } from '../../app/router.tsx';
import { addDays, formatDate, formatRange, LONG } from './dates.ts';
import { downloadHolidayIcs } from './download.ts';
import { AdminPanel } from './AdminPanel.tsx';
import { CopyButton } from './CopyButton.tsx';
import { detailHref, HolidayBadges } from './HolidayItem.tsx';
import { useEntry, useOtherYears } from './queries.ts';
import './calendar.css';
import { formatList } from '../../i18n/index.ts';

/** `/calendar/:holidayId`: one holiday with its dates, notes, description, greeting and .ics download. */
export function HolidayDetailScreen({ id }: { id: string }) {
  const { t } = useTranslation('calendar');
  const entry = useEntry(id);
  if (entry.isError) return <p role="alert">{t('loadError')}</p>;
  if (entry.data === undefined) return <p role="status">{t('loading')}</p>;
  if (entry.data === null) {
    return (
      <>
        <h1>{t('detail.notFoundTitle')}</h1>
        <p>{t('detail.notFound')}</p>
        <Link href="/calendar">{t('detail.back')}</Link>
      </>
    );
  }
  return <HolidayDetail entry={entry.data} />;
}

function HolidayDetail({ entry }: { entry: CalendarEntry }) {
  const { t, i18n } = useTranslation('calendar');
  const lang = i18n.language;
  const text = entryText(entry, lang);
  const greetingId = useId();
  const year = Number(entry.date.slice(0, 4));
  const backHref = `/calendar?year=${year}&month=${Number(entry.date.slice(5, 7))}`;

  return (
    <article className="holiday-detail" data-testid="holiday-detail">
      <p className="breadcrumb">
        <Link href={backHref}>
          <span className="icon-back" aria-hidden="true" /> {t('detail.back')}
        </Link>
      </p>
      <h1>{text.name}</h1>
      <HolidayBadges entry={entry} />
      <dl className="facts">
        <dt>{t('detail.date')}</dt>
        <dd data-testid="holiday-date">
          <time dateTime={entry.date}>{formatRange(entry.date, entry.end, lang, LONG)}</time>
        </dd>
        {entry.nativeDate && (
          <>
            <dt>{t('detail.nativeDate')}</dt>
            <dd data-testid="native-date">
              {entry.nativeDate.label} ({t(`detail.calendars.${entry.nativeDate.calendar}`)})
            </dd>
          </>
        )}
        <dt>{t('detail.faiths', { count: entry.faiths.length })}</dt>
        <dd>
          {formatList(
            entry.faiths.map((faith) => faithName(faith, lang)),
            lang,
          )}
        </dd>
      </dl>
      <Notes entry={entry} />
      {text.description && (
        <section aria-labelledby="about-heading">
          <h2 id="about-heading">{t('detail.about')}</h2>
          <p>{text.description}</p>
        </section>
      )}
      {text.observance && (
        <section aria-labelledby="observance-heading">
          <h2 id="observance-heading">{t('detail.observance')}</h2>
          <p>{text.observance}</p>
        </section>
      )}
      {text.greeting && (
        <section aria-labelledby="greeting-heading" className="greeting">
          <h2 id="greeting-heading">{t('detail.greeting')}</h2>
          <p id={greetingId} className="greeting-text" data-testid="greeting">
            {text.greeting}
          </p>
          <CopyButton
            text={text.greeting}
            label={t('detail.copy')}
            done={t('detail.copied')}
            failed={t('detail.copyFailed')}
            describedBy={greetingId}
          />
        </section>
      )}
      <p>
        <button type="button" onClick={() => downloadHolidayIcs(entry, lang)} data-testid="add-to-calendar">
          {t('detail.addToCalendar')}
        </button>
      </p>
      <OtherYears entry={entry} />
      <AdminPanel entry={entry} />
    </article>
  );
}

function Notes({ entry }: { entry: CalendarEntry }) {
  const { t, i18n } = useTranslation('calendar');
  const lang = i18n.language;
  const coverage = entry.source === 'table' ? tableCoverage(entry.faith) : null;
  const moon = entry.nativeDate?.calendar === 'islamic-umalqura';
  const override = entry.override;
  const notes = [
    entry.beginsEveningBefore && (
      <li key="evening">{t('detail.eveningNote', { date: formatDate(addDays(entry.date, -1), lang) })}</li>
    ),
    entry.approximate && (
      <li key="approximate">{moon ? t('detail.moonNote') : t('detail.approximateNote')}</li>
    ),
    coverage && <li key="table">{t('detail.tableNote', { from: coverage.from, to: coverage.to })}</li>,
    override && (
      <li key="override" data-testid="override-note">
        {t('detail.overrideNote', { source: override.sourceText })}
        {override.sourceUrl && (
          <>
            {' '}
            <a href={override.sourceUrl} rel="noopener noreferrer" target="_blank">
              {t('detail.sourceLink')}
            </a>
          </>
        )}
        {override.computedDate && override.computedDate !== entry.date && (
          <> {t('detail.computedNote', { date: formatDate(override.computedDate, lang) })}</>
        )}
      </li>
    ),
  ].filter(Boolean);
  if (notes.length === 0) return null;
  return (
    <ul className="notes" data-testid="holiday-notes">
      {notes}
    </ul>
  );
}

/** The same holiday in the surrounding years, for planning ahead. */
function OtherYears({ entry }: { entry: CalendarEntry }) {
  const { t, i18n } = useTranslation('calendar');
  const year = Number(entry.date.slice(0, 4));
  const years = [year - 1, year + 1, year + 2, year + 3];
  const others = useOtherYears(entry.holidayKey, years);
  if (!others.data || others.data.length === 0) return null;
  return (
    <section aria-labelledby="other-years-heading">
      <h2 id="other-years-heading">{t('detail.otherYears')}</h2>
      <ul className="other-years">
        {others.data.map((other) => (
          <li key={other.id}>
            <Link href={detailHref(other)}>
              {formatRange(other.date, other.end, i18n.language, {
                day: 'numeric',
                month: 'long',
                year: 'numeric',
              })}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
