import { useEffect, useState } from 'react';

/** Copies `text` to the clipboard and says so in a live region; says how to copy by hand if it cannot. */
export function CopyButton({
  text,
  label,
  done,
  failed,
  describedBy,
}: {
  text: string;
  label: string;
  done: string;
  failed: string;
  describedBy?: string;
}) {
  const [state, setState] = useState<'idle' | 'done' | 'failed'>('idle');
  useEffect(() => {
    if (state === 'idle') return;
    const timer = setTimeout(() => setState('idle'), 4000);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setState('done');
    } catch {
      setState('failed');
    }
  };
  return (
    <span className="copy">
      <button type="button" className="secondary" onClick={() => void copy()} aria-describedby={describedBy}>
        {label}
      </button>
      <span role="status" className="copy-status">
        {state === 'done' ? done : state === 'failed' ? failed : ''}
      </span>
    </span>
  );
}
