/** Small inline SVG icons (decorative: the button around them carries the accessible name). */
const PATHS = {
  close: 'M6 6l12 12M18 6L6 18',
  panels: 'M4 5h16M4 12h16M4 19h16',
  sun: 'M12 4V2m0 20v-2m8-8h2M2 12h2m13.66-5.66l1.41-1.41M4.93 19.07l1.41-1.41m0-11.32L4.93 4.93m14.14 14.14l-1.41-1.41M12 8a4 4 0 100 8 4 4 0 000-8z',
  moon: 'M20 14.5A8 8 0 019.5 4a8 8 0 1010.5 10.5z',
  pilcrow: 'M13 4v16M17 4v16M19 4H9.5a4.5 4.5 0 000 9H13',
  quote: 'M7 7h4v4H8c0 2 1 3 3 3v2c-3 0-4-2-4-5V7zm7 0h4v4h-3c0 2 1 3 3 3v2c-3 0-4-2-4-5V7z',
} as const;

/** A one-path, stroked, decorative SVG: the shell every icon of the reader shares. */
export function StrokeIcon({
  path,
  className,
  size,
  strokeWidth,
}: {
  path: string;
  className: string;
  size: number;
  strokeWidth: number;
}) {
  return (
    <svg
      className={className}
      viewBox="0 0 24 24"
      width={size}
      height={size}
      aria-hidden="true"
      focusable="false"
    >
      <path
        d={path}
        fill="none"
        stroke="currentColor"
        strokeWidth={strokeWidth}
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

export function Icon({ name }: { name: keyof typeof PATHS }) {
  return <StrokeIcon path={PATHS[name]} className="icon" size={20} strokeWidth={2} />;
}
