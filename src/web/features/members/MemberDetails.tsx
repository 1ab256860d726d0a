import { Card, Descriptions, type DescriptionsProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../app/format';
import { useIsPhone } from '../../app/useMediaQuery';
import type { Member } from './api';
import { displayValue, fieldLabel, type LabelledField } from './field-values';
import { useCodeLabels } from './labels';
import { MemberStatusTag, PositionList, ScrollRegion, UnitLink } from './MemberBits';

type Item = NonNullable<DescriptionsProps['items']>[number];

function Section({ title, items }: { title: string; items: Item[] }) {
  const isPhone = useIsPhone();
  return (
    <Card title={<h2 className="card-title">{title}</h2>}>
      <Descriptions
        column={{ xs: 1, sm: 1, md: 2 }}
        bordered
        size="small"
        layout={isPhone ? 'vertical' : 'horizontal'}
        items={items}
      />
    </Card>
  );
}

/** The whole record in sections with labels; dates dd/mm/yyyy, code lists by name, "not recorded" when empty. */
export function MemberDetails({ member }: { member: Member }) {
  const { t } = useTranslation();
  const labels = useCodeLabels();
  const empty = <span className="muted">{t('members.notRecorded')}</span>;

  const field = (name: LabelledField & keyof Member, className?: string): Item => {
    const text = displayValue(name, member[name], labels);
    return {
      key: name,
      label: fieldLabel(t, name),
      children: text === null ? empty : <span className={className ?? 'break-anywhere'}>{text}</span>,
    };
  };
  const custom = (key: string, label: string, children: ReactNode): Item => ({ key, label, children });

  return (
    <>
      <Section
        title={t('memberForm.sections.identity')}
        items={[
          field('fullName'),
          field('birthDate'),
          field('sex'),
          field('ethnicityCode'),
          field('religionCode'),
          field('citizenId', 'mono'),
        ]}
      />
      <Section
        title={t('memberForm.sections.party')}
        items={[
          custom(
            'unit',
            t('memberForm.fields.unitId'),
            <UnitLink unitId={member.unitId} name={member.unitName} />,
          ),
          custom(
            'status',
            t('memberForm.fields.status'),
            <span className="profile-status">
              <MemberStatusTag status={member.status} />
              <span>{t('members.since', { date: formatDate(member.statusSince) })}</span>
            </span>,
          ),
          field('admissionDate'),
          field('officialDate'),
          custom(
            'partyAge',
            t('members.partyAge'),
            member.partyAgeYears === null ? empty : t('members.years', { count: member.partyAgeYears }),
          ),
          field('cardNumber', 'mono'),
          field('recordNumber', 'mono'),
          ...(member.admissionAgeException ? [field('admissionAgeException')] : []),
          custom(
            'positions',
            t('members.columns.positions'),
            member.positions.length > 0 ? <PositionList positions={member.positions} /> : empty,
          ),
        ]}
      />
      <Section
        title={t('memberForm.sections.education')}
        items={[
          field('generalEducation'),
          field('professionalDegree'),
          field('major'),
          field('academicTitle'),
          field('theoryLevel'),
        ]}
      />
      <Section
        title={t('memberForm.sections.work')}
        items={[field('job'), field('workplace'), field('phone', 'nowrap'), field('email')]}
      />
      <AddressesCard member={member} />
    </>
  );
}

/** Old (3-level) and new (2-level, from 01/07/2025) addresses side by side, as the national forms show them. */
function AddressesCard({ member }: { member: Member }) {
  const { t } = useTranslation();
  const isPhone = useIsPhone();
  const title = t('memberForm.sections.addresses');
  const cell = (value: string | null) =>
    value ? (
      <span className="break-anywhere">{value}</span>
    ) : (
      <span className="muted">{t('members.notRecorded')}</span>
    );
  if (isPhone) {
    // One column: each address under its own label ("Quê quán (địa chỉ cũ)" …).
    const items = (['hometownOld', 'hometownNew', 'residenceOld', 'residenceNew'] as const).map((name) => ({
      key: name,
      label: fieldLabel(t, name),
      children: cell(member[name]),
    }));
    return <Section title={title} items={items} />;
  }
  return (
    <Card title={<h2 className="card-title">{title}</h2>}>
      <ScrollRegion label={title}>
        <table className="diff-table address-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <td />
              <th scope="col">{t('memberForm.addressesOld')}</th>
              <th scope="col">{t('memberForm.addressesNew')}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('members.hometown')}</th>
              <td>{cell(member.hometownOld)}</td>
              <td>{cell(member.hometownNew)}</td>
            </tr>
            <tr>
              <th scope="row">{t('members.residence')}</th>
              <td>{cell(member.residenceOld)}</td>
              <td>{cell(member.residenceNew)}</td>
            </tr>
          </tbody>
        </table>
      </ScrollRegion>
    </Card>
  );
}
