import type { Translate } from '../../lib/i18n';
import type { PageKind, PageStatus, Target } from '../../lib/types';
import type { PopupKey } from './strings';

const KIND_KEYS: Record<PageKind, PopupKey> = {
  notice: 'kindNotice',
  news: 'kindNews',
  speech: 'kindSpeech',
  report: 'kindReport',
  other: 'kindOther',
};

interface Props {
  t: Translate<PopupKey>;
  status: PageStatus;
  scriptLabel: string;
  targetName: (target: Target) => string;
}

export function StatusSummary({ t, status, scriptLabel, targetName }: Props) {
  const { meta, counts } = status;
  const metaRows: [PopupKey, string | null][] = [
    ['metaTitle', meta.title],
    ['metaDate', meta.date],
    ['metaOrg', meta.org],
    ['metaDocNumber', meta.docNumber],
  ];
  return (
    <section class="status" aria-labelledby="status-heading">
      <h2 id="status-heading" class="gl-visually-hidden">
        {t('statusHeading')}
      </h2>
      <p class={status.isOfficial ? 'badge badge-official' : 'badge'}>
        {status.isOfficial ? t('official') : t('notOfficial')}
      </p>
      <dl class="status-grid">
        <dt>{t('script')}</dt>
        <dd>{scriptLabel}</dd>
        <dt>{t('shownAs')}</dt>
        <dd>{status.converted ? t('shownConverted', { target: targetName(status.converted) }) : t('shownOriginal')}</dd>
        <dt>{t('kind')}</dt>
        <dd>{t(KIND_KEYS[status.kind])}</dd>
      </dl>
      <ul class="counts">
        <li>
          <strong>{counts.tasks}</strong> {t('tasks')}
        </li>
        <li>
          <strong>{counts.stats}</strong> {t('statistics')}
        </li>
        <li>
          <strong>{counts.clipped}</strong> {t('clipped')}
        </li>
      </ul>
      {metaRows.some(([, value]) => value) && (
        <dl class="meta">
          {metaRows.map(
            ([key, value]) =>
              value && (
                <div key={key}>
                  <dt>{t(key)}</dt>
                  <dd>{value}</dd>
                </div>
              ),
          )}
        </dl>
      )}
      {status.skippedFrames > 0 && <p class="gl-muted">{t('skippedFrames', { n: status.skippedFrames })}</p>}
    </section>
  );
}
