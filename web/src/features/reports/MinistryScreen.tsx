import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORY_IDS, reportingYearLabel } from '../../../../shared/catalog/index.ts';
import { REPORT_STATES } from '../../../../shared/reports/index.ts';
import { useSession } from '../../data/index.ts';
import { Link, navigate } from '../../app/router.tsx';
import { ColumnChart, HorizontalBarChart } from './Charts.tsx';
import { IntrosEditor } from './IntrosEditor.tsx';
import { useRecordReminder } from './mutations.ts';
import { useYearOverview } from './queries.ts';
import { currentReportingYear, FIRST_CONTENT_YEAR } from './years.ts';

/** The ministry's view of a reporting year: every partner's status, reminders, brochure, charts. */
export function MinistryScreen({ year }: { year: number }) {
  const { t, i18n } = useTranslation(['reports', 'common']);
  const session = useSession();
  const { data: cached, isLoading, refresh, online } = useYearOverview(year);
  const remind = useRecordReminder(year);
  const [chosenYear, setChosenYear] = useState(String(year));
  const label = reportingYearLabel(year);
  const title = <h1>{t('ministry.title', { label })}</h1>;
  const date = (iso: string | null) => (iso ? new Date(iso).toLocaleDateString(i18n.language) : '–');
  const years = Array.from(
    { length: currentReportingYear() + 1 - FIRST_CONTENT_YEAR + 1 },
    (_, i) => currentReportingYear() + 1 - i,
  );

  if (session.status === 'signed-in' && session.user.role !== 'admin') {
    return (
      <>
        {title}
        <p role="alert">{t('ministry.forbidden')}</p>
      </>
    );
  }
  if (isLoading || (!cached && refresh === 'loading')) {
    return (
      <>
        {title}
        <p role="status">{t('common:state.loading')}</p>
      </>
    );
  }
  if (!cached) {
    return (
      <>
        {title}
        <p role="alert">{refresh === 'forbidden' ? t('ministry.forbidden') : t('ministry.noData')}</p>
      </>
    );
  }
  const { overview, fetchedAt } = cached;
  const outstanding = overview.partners.filter((p) => p.state !== 'submitted');
  const submitted = overview.partners.length - outstanding.length;
  const chooseYear = (event: FormEvent) => {
    event.preventDefault();
    navigate(`/ministry/reports/${chosenYear}`);
  };
  const monthLabel = (month: string) =>
    new Date(`${month}-15T12:00:00Z`).toLocaleDateString(i18n.language, { month: 'short', year: '2-digit' });

  return (
    <>
      {title}
      <p className="lead">{t('ministry.intro')}</p>
      <form className="year-form" onSubmit={chooseYear}>
        <label htmlFor="ministry-year">{t('ministry.year')}</label>
        <select id="ministry-year" value={chosenYear} onChange={(e) => setChosenYear(e.target.value)}>
          {years.map((y) => (
            <option key={y} value={y}>
              {reportingYearLabel(y)}
            </option>
          ))}
        </select>
        <button type="submit">{t('ministry.show')}</button>
      </form>
      {!online && <p className="notice">{t('ministry.offline', { when: date(fetchedAt) })}</p>}

      <h2>{t('ministry.summary')}</h2>
      <dl className="state-summary">
        {REPORT_STATES.map((state) => (
          <div key={state}>
            <dt>{t(`states.${state}`)}</dt>
            <dd>{overview.partners.filter((p) => p.state === state).length}</dd>
          </div>
        ))}
      </dl>
      <div className="table-scroll" tabIndex={0} role="region" aria-labelledby="status-caption">
        <table className="report-table status-table">
          <caption id="status-caption">{t('ministry.title', { label })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('ministry.partner')}</th>
              <th scope="col">{t('ministry.state')}</th>
              <th scope="col">{t('ministry.updated')}</th>
              <th scope="col">{t('ministry.submittedAt')}</th>
              <th scope="col">{t('ministry.reminders')}</th>
            </tr>
          </thead>
          <tbody>
            {overview.partners.map((p) => (
              <tr key={p.partnerId} data-partner={p.partnerId}>
                <th scope="row">
                  <Link href={`/reports/${encodeURIComponent(p.partnerId)}/${year}`}>{p.partnerName}</Link>
                </th>
                <td>
                  <span className={`state-badge state-${p.state}`}>{t(`states.${p.state}`)}</span>
                </td>
                <td>{date(p.updatedAt)}</td>
                <td>{date(p.submittedAt)}</td>
                <td className="num">{p.reminders}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <section aria-labelledby="reminders-title">
        <h2 id="reminders-title">{t('ministry.remindersTitle')}</h2>
        <p className="form-hint">{t('ministry.remindersIntro')}</p>
        {outstanding.length === 0 ? (
          <p>{t('ministry.allSubmitted')}</p>
        ) : (
          <ul className="reminders">
            {outstanding.map((p) => (
              <li key={p.partnerId}>
                <span>
                  <strong>{p.partnerName}</strong> ({t(`states.${p.state}`)}) –{' '}
                  {p.reminders
                    ? t('ministry.reminded', { count: p.reminders, when: date(p.remindedAt) })
                    : t('ministry.neverReminded')}
                </span>
                <button
                  type="button"
                  className="secondary"
                  disabled={!online || remind.isPending}
                  onClick={() => remind.mutate(p.partnerId)}
                >
                  {t('ministry.remind')}
                  <span className="visually-hidden">: {p.partnerName}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="brochure-title">
        <h2 id="brochure-title">{t('ministry.brochure')}</h2>
        <p>{t('ministry.brochureIntro', { count: submitted })}</p>
        <div className="button-row">
          <a className="button-link" href={`/api/brochure/${year}.docx`} download>
            {t('ministry.brochureDocx')}
          </a>
          <a className="button-link" href={`/api/brochure/${year}.html`}>
            {t('ministry.brochureHtml')}
          </a>
        </div>
      </section>

      <IntrosEditor key={year} year={year} overview={overview} online={online} />

      <section aria-labelledby="charts-title">
        <h2 id="charts-title">{t('ministry.charts')}</h2>
        <HorizontalBarChart
          title={t('ministry.byCategory')}
          labelHeading={t('editor.category')}
          rows={CATEGORY_IDS.map((id) => ({
            label: `${id} ${t(`common:categories.${id}.short`)}`,
            value: overview.stats.byCategory[id] ?? 0,
          }))}
        />
        <ColumnChart
          title={t('ministry.byMonth')}
          labelHeading={t('ministry.month')}
          rows={overview.stats.byMonth.map((m) => ({ label: monthLabel(m.month), value: m.count }))}
        />
      </section>
    </>
  );
}
