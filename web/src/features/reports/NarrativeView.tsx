import { narrativeBlocks, type NarrativeRun } from '../../../../shared/reports/index.ts';

/** A stored narrative rendered as React elements: read-only, never through an HTML string. */
function Runs({ runs }: { runs: NarrativeRun[] }) {
  return (
    <>
      {runs.map((run, i) => {
        const lines = run.text
          .split('\n')
          .flatMap((line, j) => (j > 0 ? [<br key={`b${j}`} />, line] : [line]));
        let content = <>{lines}</>;
        if (run.bold) content = <strong>{content}</strong>;
        if (run.href && /^(https?:|mailto:)/i.test(run.href)) content = <a href={run.href}>{content}</a>;
        return <span key={i}>{content}</span>;
      })}
    </>
  );
}

export function NarrativeView({ html }: { html: string }) {
  return (
    <>
      {narrativeBlocks(html).map((block, i) =>
        block.kind === 'paragraph' ? (
          <p key={i}>
            <Runs runs={block.runs} />
          </p>
        ) : block.ordered ? (
          <ol key={i}>
            {block.items.map((item, j) => (
              <li key={j}>
                <Runs runs={item} />
              </li>
            ))}
          </ol>
        ) : (
          <ul key={i}>
            {block.items.map((item, j) => (
              <li key={j}>
                <Runs runs={item} />
              </li>
            ))}
          </ul>
        ),
      )}
    </>
  );
}
