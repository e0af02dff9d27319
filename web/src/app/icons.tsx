/**
 * Inline SVG icons (no icon font, no third-party request). Icons that point somewhere carry
 * `mirror-rtl` and are flipped on right-to-left screens; SVGs are not mirrored by the bidi
 * algorithm the way the characters ‹ › are.
 */
const common = {
  'aria-hidden': true,
  focusable: false,
  width: '1.25em',
  height: '1.25em',
  viewBox: '0 0 24 24',
  fill: 'none',
  stroke: 'currentColor',
  strokeWidth: 2,
  strokeLinecap: 'round',
  strokeLinejoin: 'round',
} as const;

export function GlobeIcon() {
  return (
    <svg {...common} className="icon">
      <circle cx="12" cy="12" r="9" />
      <path d="M3 12h18M12 3c2.5 2.6 3.8 5.6 3.8 9s-1.3 6.4-3.8 9c-2.5-2.6-3.8-5.6-3.8-9S9.5 5.6 12 3z" />
    </svg>
  );
}

/** Points back: left on left-to-right screens, right on right-to-left ones. */
export function BackIcon() {
  return (
    <svg {...common} className="icon mirror-rtl" data-icon="back">
      <path d="M15 5l-7 7 7 7" />
    </svg>
  );
}

/** Points forward (into a detail): right on left-to-right screens, left on right-to-left ones. */
export function ForwardIcon() {
  return (
    <svg {...common} className="icon mirror-rtl" data-icon="forward">
      <path d="M9 5l7 7-7 7" />
    </svg>
  );
}

export function ExpandIcon() {
  return (
    <svg {...common} className="icon">
      <path d="M6 9l6 6 6-6" />
    </svg>
  );
}

export function CheckIcon() {
  return (
    <svg {...common} className="icon">
      <path d="M5 12.5l4.5 4.5L19 7" />
    </svg>
  );
}
