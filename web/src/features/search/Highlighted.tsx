import type { Segment } from '../../../../shared/search/index.ts';

/** A text with its matching words in <mark>, as computed by shared/search/highlight.ts. */
export function Highlighted({ segments }: { segments: Segment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.match ? <mark key={index}>{segment.text}</mark> : segment.text,
      )}
    </>
  );
}
