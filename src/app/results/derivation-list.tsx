/** A derivation's lines (presentation/derivation.ts), as the screen and the report show them. */
export function DerivationList({ lines, testId, prefix }: { lines: string[]; testId?: string; prefix?: string }) {
  return (
    <ul className="small" data-testid={testId}>
      {lines.map((line, i) => (
        <li key={i}>
          {prefix}
          {line}
        </li>
      ))}
    </ul>
  );
}

/** The report's block of derivations under a table, kept on one page. */
export function ReportMath({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="report-math keep">
      <h3>{title}</h3>
      {children}
    </div>
  );
}
