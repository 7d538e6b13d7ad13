import {
  ASSUMPTION_SOURCES,
  CONFIG_COLUMNS,
  DEFAULT_ASSUMPTIONS,
  DEFAULT_FILE_SIZES,
  FILE_SIZE_KEYS,
  type Assumptions,
  type ConfigColumn,
  type FileSizeKey,
} from '../../engine';
import { guideLocation, type MessageKey } from '../../i18n/messages';
import { BASIS_NAMES, FILE_SIZE_NAMES } from '../../i18n/terms';
import { useReportFormat, type ReportSectionProps } from './use-report-format';

type ScalarKey = keyof typeof DEFAULT_ASSUMPTIONS;

const ROWS: { key: ScalarKey; label: MessageKey; bytes?: boolean }[] = [
  { key: 'basis', label: 'basis' },
  { key: 'vmrsOverheadPercent', label: 'aVmrsOverheadPercent' },
  { key: 'hyperVSettingsBytes', label: 'aHyperVSettingsBytes', bytes: true },
  { key: 'localDestinationFactor', label: 'aLocalDestinationFactor' },
  { key: 'shadowStoragePercent', label: 'aShadowStorageMode' },
  { key: 'sourceWritePercent', label: 'aSourceWritePercent' },
  { key: 'vssMinFreeBytes', label: 'aVssMinFreeBytes', bytes: true },
];

/** Each file-size override in the guide's words: `10.0 デバイス状態を含む内部ファイル (.vmgs): 8 MB`. */
function fileSizeOverrides(a: Assumptions): { column: ConfigColumn; key: FileSizeKey; bytes: number }[] {
  const out: { column: ConfigColumn; key: FileSizeKey; bytes: number }[] = [];
  for (const column of CONFIG_COLUMNS) {
    for (const key of FILE_SIZE_KEYS) {
      const bytes = a.fileSizes?.[column]?.[key];
      if (bytes !== undefined) out.push({ column, key, bytes });
    }
  }
  return out;
}

/** Every assumption with its value, the default and the guide location; changed ones are marked. */
export function ReportAssumptions({ s }: ReportSectionProps) {
  const { t, lang, fb } = useReportFormat();
  const show = (key: ScalarKey, value: unknown, bytes?: boolean) =>
    key === 'basis'
      ? BASIS_NAMES[value as 'maximum'][lang]
      : value === 'as-needed'
        ? t('shadowStorageAsNeeded')
        : bytes
          ? fb(value as number)
          : key === 'shadowStoragePercent'
            ? `${String(value)} %`
            : String(value);
  const overrides = fileSizeOverrides(s.assumptions);
  return (
    <>
      <h3>{t('assumptionsSection')}</h3>
      <table className="report-table">
        <thead>
          <tr>
            <th>{t('assumption')}</th>
            <th>{t('value')}</th>
            <th>{t('defaultValue')}</th>
            <th>{t('source')}</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map(({ key, label, bytes }) => {
            const given = s.assumptions[key];
            const changed = given !== undefined && given !== DEFAULT_ASSUMPTIONS[key];
            return (
              <tr key={key} className={changed ? 'row-changed' : undefined}>
                <td>{t(label)}</td>
                <td>
                  {given === undefined ? (
                    <span className="muted">({t('defaultMark')})</span>
                  ) : (
                    <>
                      <strong>{show(key, given, bytes)}</strong>
                      {changed && ` ★ ${t('differsFromDefault')}`}
                    </>
                  )}
                </td>
                <td>{show(key, DEFAULT_ASSUMPTIONS[key], bytes)}</td>
                <td>{guideLocation(ASSUMPTION_SOURCES[key], lang)}</td>
              </tr>
            );
          })}
          {overrides.map(({ column, key, bytes }) => (
            <tr key={`${column}-${key}`} className="row-changed">
              <td>
                {t('aFileSizes')}: {FILE_SIZE_NAMES[key][lang]} ({column})
              </td>
              <td>
                <strong>{fb(bytes)}</strong> ★ {t('differsFromDefault')}
              </td>
              <td>{fb(DEFAULT_FILE_SIZES[column][key])}</td>
              <td>{guideLocation(ASSUMPTION_SOURCES.fileSizes, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
