import { ClearOutlined, EditOutlined, InboxOutlined, NumberOutlined } from '@ant-design/icons';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { Alert, Button, Card, Segmented, Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentStatuses, documentTypeKeys } from '../../../contracts/documents';
import { useMe } from '../../app/auth';
import { errorText } from '../../app/errors';
import { formatNumber } from '../../app/format';
import { ButtonLink } from '../../components/ButtonLink';
import { LoadMoreFooter } from '../../components/LoadMoreFooter';
import { PageHeader } from '../../components/PageHeader';
import { SearchBox } from '../../components/SearchBox';
import { canWriteDocuments, documentsQuery } from './api';
import { DocumentResults } from './DocumentResults';
import { IssuerSelect } from './IssuerSelect';
import { activeFilters, type DocumentsSearch } from './search';
import './documents.css';

type DirectionTab = 'incoming' | 'outgoing' | 'all';

const yearsBack = 25;

/** "Văn bản": the registry of incoming and outgoing documents, with folded search and filters. */
export function DocumentsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const search = useSearch({ from: '/app/documents' });
  const navigate = useNavigate({ from: '/documents' });
  const filters = activeFilters(search);
  const list = useInfiniteQuery(documentsQuery(filters));
  const documents = list.data?.pages.flatMap((page) => page.items) ?? [];
  const total = list.data?.pages[0]?.total ?? 0;
  const capped = list.data?.pages[0]?.totalCapped ?? false;
  const [searchText, setSearchText] = useState(search.q ?? '');
  useEffect(() => setSearchText(search.q ?? ''), [search.q]);

  const update = (patch: Partial<DocumentsSearch>) =>
    void navigate({ search: (previous) => ({ ...previous, ...patch }), replace: true });
  const thisYear = new Date().getFullYear();
  const narrowed = Object.keys(activeFilters({ ...search, direction: undefined })).length > 0;

  return (
    <>
      <PageHeader
        title={t('documents.title')}
        intro={t('documents.intro')}
        extra={
          <>
            <ButtonLink href="/documents/numbers" icon={<NumberOutlined aria-hidden />}>
              {t('documents.numbers.button')}
            </ButtonLink>
            {canWriteDocuments(me) ? (
              <>
                <ButtonLink href="/documents/new?direction=incoming" icon={<InboxOutlined aria-hidden />}>
                  {t('documents.registerIncoming')}
                </ButtonLink>
                <ButtonLink
                  type="primary"
                  href="/documents/new?direction=outgoing"
                  icon={<EditOutlined aria-hidden />}
                >
                  {t('documents.draftOutgoing')}
                </ButtonLink>
              </>
            ) : null}
          </>
        }
      />
      <div className="stack">
        <Card>
          <search className="document-search">
            <Segmented<DirectionTab>
              aria-label={t('documents.directionLabel')}
              value={search.direction ?? 'all'}
              onChange={(next) => update({ direction: next === 'all' ? undefined : next })}
              options={[
                { value: 'incoming', label: t('documents.direction.incoming') },
                { value: 'outgoing', label: t('documents.direction.outgoing') },
                { value: 'all', label: t('documents.direction.all') },
              ]}
            />
            <SearchBox
              id="document-search"
              label={t('documents.searchLabel')}
              help={t('documents.searchHelp')}
              placeholder={t('documents.searchPlaceholder')}
              value={searchText}
              onChange={setSearchText}
              onSearch={(q) => update({ q })}
            />
            <div className="document-filters">
              <div className="document-filter">
                <label htmlFor="document-filter-type" className="field-label">
                  {t('documents.fields.type')}
                </label>
                <Select
                  id="document-filter-type"
                  value={search.type}
                  onChange={(type) => update({ type: type || undefined })}
                  options={documentTypeKeys.map((key) => ({ value: key, label: t(`documents.type.${key}`) }))}
                  placeholder={t('documents.allValues')}
                  allowClear
                  showSearch={{ optionFilterProp: 'label' }}
                  style={{ width: '100%' }}
                />
              </div>
              <div className="document-filter">
                <label htmlFor="document-filter-issuer" className="field-label">
                  {t('documents.fields.issuer')}
                </label>
                <IssuerSelect
                  id="document-filter-issuer"
                  value={search.issuerId}
                  onChange={(issuerId) => update({ issuerId })}
                  placeholder={t('documents.allValues')}
                />
              </div>
              <div className="document-filter">
                <label htmlFor="document-filter-year" className="field-label">
                  {t('documents.fields.year')}
                </label>
                <Select
                  id="document-filter-year"
                  value={search.year}
                  onChange={(year?: number) => update({ year: year || undefined })}
                  options={Array.from({ length: yearsBack }, (_, i) => thisYear - i).map((year) => ({
                    value: year,
                    label: String(year),
                  }))}
                  placeholder={t('documents.allValues')}
                  allowClear
                  style={{ width: '100%' }}
                />
              </div>
              <div className="document-filter">
                <label htmlFor="document-filter-status" className="field-label">
                  {t('documents.fields.status')}
                </label>
                <Select
                  id="document-filter-status"
                  value={search.status}
                  onChange={(status) => update({ status: status || undefined })}
                  options={documentStatuses.map((key) => ({
                    value: key,
                    label: t(`documents.status.${key}`),
                  }))}
                  placeholder={t('documents.allValues')}
                  allowClear
                  style={{ width: '100%' }}
                />
              </div>
            </div>
            {narrowed ? (
              <Button
                icon={<ClearOutlined aria-hidden />}
                onClick={() => {
                  setSearchText('');
                  void navigate({ search: { direction: search.direction }, replace: true });
                }}
              >
                {t('documents.clearFilters')}
              </Button>
            ) : null}
          </search>
        </Card>
        <Card
          title={
            <h2 className="card-title" aria-live="polite">
              {list.isPending
                ? t('documents.loading')
                : t(capped ? 'documents.foundMore' : 'documents.found', { n: formatNumber(total) })}
            </h2>
          }
        >
          {list.error ? (
            <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 12 }} />
          ) : null}
          <DocumentResults documents={documents} loading={list.isPending && !list.error} />
          <LoadMoreFooter shown={documents.length} total={total} list={list} />
        </Card>
      </div>
    </>
  );
}
