import { describeFieldPath } from '../editor/field-names';
import { useT } from '../hooks/use-t';
import { useLinkState } from './link-state';

/** What was wrong with the file or link just opened, each problem with its field in words. */
export default function ProblemsBanner() {
  const t = useT();
  const problems = useLinkState((s) => s.problems);
  if (!problems) return null;
  return (
    <div className="banner banner-error" role="alert">
      <p>
        <span aria-hidden="true">✖ </span>
        {problems.title === 'link' ? t('linkProblems') : t('fileProblems', { name: problems.name ?? '' })}
      </p>
      <ul>
        {problems.problems.slice(0, 10).map((p, i) => {
          // `link: vms[1].memoryBytes` → the field in words, the path kept small for whoever fixes the file.
          const path = p.path.replace(/^link(: )?/, '');
          const whole = path === '' || path === 'file';
          return (
            <li key={i}>
              {!whole && (
                <>
                  <strong>{describeFieldPath(path, undefined, t)}</strong> <code className="small muted">({path})</code>:{' '}
                </>
              )}
              {p.message}
            </li>
          );
        })}
      </ul>
      <button type="button" className="btn-small" onClick={() => useLinkState.setState({ problems: null })}>
        {t('dismiss')}
      </button>
    </div>
  );
}
