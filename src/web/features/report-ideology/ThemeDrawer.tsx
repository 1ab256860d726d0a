import { EditOutlined } from '@ant-design/icons';
import { Button, Drawer } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format';
import { useIsPhone } from '../../app/useMediaQuery';
import type { OverviewFilter, ReportTheme, ThemeOverviewRow } from './api';
import { HandlingForm } from './HandlingForm';
import { RecurringTag, ThemeStatusTag } from './labels';
import { ThemeMentions } from './ThemeMentions';

interface ThemeDrawerProps {
  theme: ThemeOverviewRow | null;
  filter: Omit<OverviewFilter, 'status'>;
  onClose: () => void;
  onEdit: (theme: ReportTheme) => void;
  onSaved: (theme: ReportTheme) => void;
}

/** One theme: what it covers, how it is being handled, and every opinion the units raised about it. */
export function ThemeDrawer({ theme, filter, onClose, onEdit, onSaved }: ThemeDrawerProps) {
  const { t } = useTranslation();
  const phone = useIsPhone();
  return (
    <Drawer
      open={theme !== null}
      onClose={onClose}
      title={theme?.name ?? ''}
      size={phone ? '100%' : 640}
      closable={{ 'aria-label': t('common.close') }}
      destroyOnHidden
    >
      {theme ? (
        <div className="stack">
          <div className="ideology-facts">
            <span className="ideology-theme-name">
              <ThemeStatusTag status={theme.status} />
              {theme.recurring ? <RecurringTag /> : null}
            </span>
            <span className="muted">{t('reportIdeology.drawer.owner', { unit: theme.owner.name })}</span>
            {theme.description ? <span className="ideology-text">{theme.description}</span> : null}
            {theme.status !== 'open' && theme.handlingNote ? (
              <span className="ideology-text">
                <span className="muted">{t('reportIdeology.handling.note')}:</span> {theme.handlingNote}
              </span>
            ) : null}
            {theme.handledOn ? (
              <span>
                <span className="muted">{t('reportIdeology.handling.handledOn')}:</span>{' '}
                {formatDate(theme.handledOn)}
              </span>
            ) : null}
            {theme.canEdit ? (
              <div>
                <Button icon={<EditOutlined aria-hidden />} onClick={() => onEdit(theme)}>
                  {t('reportIdeology.drawer.edit')}
                </Button>
              </div>
            ) : null}
          </div>
          {theme.canEdit ? (
            <section aria-labelledby="ideology-handling-title">
              <h3 id="ideology-handling-title" className="ideology-section-title">
                {t('reportIdeology.handling.title')}
              </h3>
              <HandlingForm theme={theme} onSaved={onSaved} />
            </section>
          ) : null}
          <section aria-labelledby="ideology-mentions-title">
            <h3 id="ideology-mentions-title" className="ideology-section-title">
              {t('reportIdeology.mentions.title')}
            </h3>
            <ThemeMentions themeId={theme.id} filter={filter} />
          </section>
        </div>
      ) : null}
    </Drawer>
  );
}
