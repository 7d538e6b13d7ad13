import { useFormatBytes } from '../hooks/use-format';

/** A byte figure as people read it (`5.78 TB`); the exact count on hover and for screen readers. */
export function Bytes({ value }: { value: number | null }) {
  const { short, exact } = useFormatBytes();
  if (value === null) return <span className="muted">—</span>;
  return (
    <span className="bytes" title={exact(value)}>
      {short(value)}
    </span>
  );
}
