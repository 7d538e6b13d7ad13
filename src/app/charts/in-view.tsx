import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * Renders its chart only once it has come near the screen: charts below the job cards would
 * otherwise be recomputed on every keystroke while nobody looks at them. Once shown it stays shown.
 */
export function InView({ height, children }: { height: number; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [seen, setSeen] = useState(typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    if (seen || !ref.current) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setSeen(true), { rootMargin: '200px' });
    observer.observe(ref.current);
    return () => observer.disconnect();
  }, [seen]);
  return (
    <div ref={ref} style={seen ? undefined : { minHeight: height }}>
      {seen && children}
    </div>
  );
}
