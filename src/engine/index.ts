/**
 * The sizing engine's public face: read a scenario, estimate it, and cite the rules. Pure: no React,
 * DOM or store imports, so the app, the CLI and the tests share one implementation.
 */
export { parseScenario, scenarioSchema, type Problem, type ParseResult } from './parse-scenario';
export { parseEntityEdit, parseWholeEdit, type EditProblem, type EditResult } from './parse-edit';
export { formatPath } from './scenario-checks';
export { estimate, estimateSteps, requiredCapacityTotal, type EstimateOptions } from './estimate';
export { RULES, FINDING_RULE, LINE_ITEM_RULE, type RuleEntry, type FindingRule } from './rules';
export * from './estimate-types';
export * from './scenario-schema';
export {
  DEFAULT_ASSUMPTIONS,
  ASSUMPTION_SOURCES,
  WINDOWS_DEFAULT_SHADOW_STORAGE_PERCENT,
  resolveAssumptions,
  type ResolvedAssumptions,
  type ShadowStorageSetting,
} from './assumptions';
export { DEFAULT_FILE_SIZES, FILE_SIZE_KEYS, type FileSizeKey } from './file-size-table';
export { CONFIG_COLUMNS, COLUMN_TABLE, configColumnOf, type ConfigColumn } from './config-column';
export { LIMITS } from './limits';
export { formatBytes, formatExactBytes, type UnitSystem } from './format-bytes';
export { isLocalDestination, sizeDestination } from './destination';
export type { Lang, Localized } from './lang';
export { problemMessage, type ProblemCode } from './problem-messages';
export { KiB, MiB, GiB, TiB } from './units';
