import {
  COMMITMENT_STATUS_DE,
  dateDe,
  stateLine,
  type Commitment,
  type ReportModel,
} from '../../../../shared/reports/index.ts';
import { NarrativeView } from './NarrativeView.tsx';

/**
 * The report as it will read, in German like the exported files (same model, same wording), for
 * the in-app preview. Headings start at h2: the screen has its own h1.
 */
function CommitmentList({ title, items }: { title: string; items: Commitment[] }) {
  if (!items.length) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul>
        {items.map((item) => (
          <li key={item.id}>
            <strong>{item.title}</strong> – {COMMITMENT_STATUS_DE[item.status]}
            {item.due ? ` (Ziel: ${dateDe(item.due)})` : ''}
            {item.progress ? `: ${item.progress}` : ''}
          </li>
        ))}
      </ul>
    </>
  );
}

export function ReportDocument({ model }: { model: ReportModel }) {
  const filled = model.categories.filter((category) => !category.empty);
  const empty = model.categories.filter((category) => category.empty);
  return (
    <article className="report-document" lang="de">
      <p className="report-kicker">Erfolgsfaktor Interkulturelle Öffnung – NRW stärkt Vielfalt!</p>
      <p>
        <strong>{model.partnerName}</strong> · Berichtszeitraum {model.periodText} · {stateLine(model)}
      </p>
      {model.intro
        .split(/\n\s*\n/)
        .filter((part) => part.trim())
        .map((part, i) => (
          <p key={i}>{part}</p>
        ))}
      {(model.commitments.length > 0 || model.milestones.length > 0) && (
        <section>
          <h2>Umsetzung der Beitrittsmodule</h2>
          <CommitmentList title="Beitrittsmodule" items={model.commitments} />
          <CommitmentList title="Meilensteine" items={model.milestones} />
        </section>
      )}
      {model.empty && <p className="report-empty">{model.emptyText}</p>}
      {filled.map((section) => (
        <section key={section.id}>
          <h2>
            {section.id} {section.title}
          </h2>
          {section.narrative && <NarrativeView html={section.narrative} />}
          {section.groups.map((group) => (
            <div key={group.type}>
              <h3>{group.heading}</h3>
              <ul>
                {group.entries.map((entry) => (
                  <li key={entry.id}>{entry.text}</li>
                ))}
              </ul>
            </div>
          ))}
          {section.references.length > 0 && (
            <>
              <h3>Siehe auch</h3>
              <ul>
                {section.references.map((ref) => (
                  <li key={ref.entryId}>{ref.text}.</li>
                ))}
              </ul>
            </>
          )}
        </section>
      ))}
      {empty.length > 0 && !model.empty && (
        <p className="report-empty">
          Ohne Einträge in diesem Berichtsjahr: {empty.map((c) => `${c.id} ${c.short}`).join(' · ')}
        </p>
      )}
    </article>
  );
}
