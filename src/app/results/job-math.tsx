import type { Job, JobEstimate, Lang, ResolvedAssumptions, UnitSystem } from '../../engine';
import { jobDerivation } from '../../presentation/derivation';
import { DerivationList } from './derivation-list';

/** A job card's "計算式": loaded when first opened, as nothing of it is needed for the first results. */
export default function JobMath({
  job,
  result,
  assumptions,
  lang,
  units,
}: {
  job: Job;
  result: JobEstimate;
  assumptions: ResolvedAssumptions;
  lang: Lang;
  units: UnitSystem;
}) {
  return <DerivationList lines={jobDerivation(job, result, assumptions, lang, units).lines} testId={`math-${job.id}`} />;
}
