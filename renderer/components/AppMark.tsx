/** The app's mark: an attribution chain of three linked sources. */
export function AppMark({ size = 22 }: { size?: number }) {
  return (
    <svg className="app-mark" width={size} height={size} viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <rect width="24" height="24" rx="6" fill="var(--color-accent)" />
      <path
        d="M7 16.5 12 8l5 5.5"
        fill="none"
        stroke="var(--color-on-accent)"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
      <circle cx="7" cy="16.5" r="2.2" fill="var(--color-on-accent)" />
      <circle cx="12" cy="8" r="2.2" fill="var(--color-on-accent)" />
      <circle cx="17" cy="13.5" r="2.2" fill="var(--color-on-accent)" />
    </svg>
  );
}
