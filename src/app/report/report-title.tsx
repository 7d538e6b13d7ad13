import { BASIS_NAMES } from '../../i18n/terms';
import { LOCALE } from '../../i18n/messages';
import { LINK_WARN_LENGTH } from '../share/share-controls';
import { QrCode } from './qr-code';
import { useReportFormat, type ReportSectionProps } from './use-report-format';

declare const __APP_VERSION__: string;

/** Title block: the scenario, date, version, basis and source, with the share link as text and QR code. */
export function ReportTitle({ s, e, link }: ReportSectionProps & { link: string }) {
  const { t, lang, units } = useReportFormat();
  const url = location.href.split('#')[0] + link;
  const date = new Date().toLocaleDateString(LOCALE[lang], { year: 'numeric', month: 'long', day: 'numeric' });
  return (
    <>
      <header className="report-title keep">
        <div>
          <p className="muted small">{t('appTitle')}</p>
          <h1>{t('reportTitle')}</h1>
          <p className="report-name">{s.name}</p>
          <dl className="kv small">
            <dt>{t('reportDate')}</dt>
            <dd>{date}</dd>
            <dt>{t('appVersion')}</dt>
            <dd>{__APP_VERSION__}</dd>
            <dt>{t('basis')}</dt>
            <dd>{BASIS_NAMES[e.basis][lang]}</dd>
            <dt>{t('units')}</dt>
            <dd>{t(units === 'decimal' ? 'unitsMeaningDecimal' : 'unitsMeaningBinary')}</dd>
            <dt>{t('source')}</dt>
            <dd>{t('appSubtitle')}</dd>
          </dl>
          {s.notes && <p className="small">{s.notes}</p>}
        </div>
        <div className="report-qr">{link && <QrCode text={url} size={150} label={t('shareLink')} fallback={<p className="small">{t('qrTooLong')}</p>} />}</div>
      </header>
      <p className="report-link small">
        <strong>{t('shareLink')}:</strong>{' '}
        {/* A link past what chat tools and mailers carry would fill pages (8,000 VMs: 104,000 characters): the file is the way. */}
        {link.length > LINK_WARN_LENGTH ? t('linkTooLong', { n: link.length, max: LINK_WARN_LENGTH }) : <span className="wrap">{url}</span>}
      </p>
    </>
  );
}
