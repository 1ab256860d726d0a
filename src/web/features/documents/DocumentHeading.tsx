import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { documentDate, placeAndDate } from '../../../domain/document-dates';
import { type DocumentDetail, issuersQuery } from './api';

/** The top of the paper (36-HD/VPTW): issuing body and "*", the Party's name, number, place and date, title. */
export function DocumentHeading({ document: d }: { document: DocumentDetail }) {
  const { t } = useTranslation();
  const issuers = useQuery(issuersQuery);
  const superior = issuers.data?.items.find((i) => i.id === d.issuerId)?.superiorName;
  const dateLine = d.issuedOn
    ? d.place
      ? placeAndDate(d.place, d.issuedOn)
      : documentDate(d.issuedOn)
    : null;
  return (
    <div className="document-paper">
      <div className="document-paper-head">
        <div className="document-paper-issuer">
          {superior ? <div className="document-paper-superior">{superior}</div> : null}
          <div className="document-paper-body-name">{d.issuerName}</div>
          <div aria-hidden>*</div>
          <div>
            {d.numberText ? t('documents.paper.number', { number: d.numberText }) : t('documents.noNumber')}
          </div>
        </div>
        <div className="document-paper-party">
          <span>{t('documents.paper.party')}</span>
          {dateLine ? <div className="document-paper-date">{dateLine}</div> : null}
        </div>
      </div>
      <div className="document-paper-type">{t(`documents.type.${d.type}`)}</div>
      <p className="document-paper-summary">{d.summary}</p>
    </div>
  );
}
