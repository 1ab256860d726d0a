import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Input, Space, Tabs } from 'antd';
import { type ReactNode, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormDefinition } from '../../../contracts/report-forms';
import { definitionIssues } from '../../../domain/report-form-checks';
import { ApiError } from '../../app/api';
import { type Change, part } from './change';
import { DesignIssues } from './DesignIssues';
import { type EditorState, type EditSection, fieldKeys, newSection, toDefinition } from './editor-state';
import { errorTarget } from './error-target';
import { FormPreview } from './FormPreview';
import { ItemTools } from './ItemTools';
import { RulesCard } from './RulesCard';
import { SaveError } from './SaveError';
import { SectionCard } from './SectionCard';
import { SettingsCard } from './SettingsCard';

const orphanCodes = /^REPORT_FORM_(FIELD|AGGREGATE|INTEGER|COLUMN|ROWS)/;

interface FormEditorProps {
  initial: EditorState;
  isNew: boolean;
  ownerName?: string;
  /** Saves the working copy; a failure is shown above the save button. */
  onSave: (state: EditorState, definition: FormDefinition) => Promise<void>;
  /** The versions tab of a saved form. */
  versions?: ReactNode;
}

/** The designer: settings, sections and fields, rules; a live preview; the versions of a saved form. */
export function FormEditor({ initial, isNew, ownerName, onSave, versions }: FormEditorProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [state, setState] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const change: Change<EditorState> = (edit) =>
    setState((previous) => {
      const next = structuredClone(previous);
      edit(next);
      return next;
    });
  const definition = useMemo(() => toDefinition(state), [state]);
  const issues = useMemo(() => definitionIssues(definition), [definition]);
  const sections = part(change, (s) => s.sections);
  // A definition path (400) or the key of a field a change would orphan (409); settings errors name no field here.
  const target = useMemo(
    () =>
      errorTarget(
        error instanceof ApiError && (error.field?.startsWith('definition.') || orphanCodes.test(error.code))
          ? error.field
          : undefined,
      ),
    [error],
  );
  const sectionKeys = (except: string) =>
    new Set(state.sections.filter((s) => s.uid !== except).map((s) => s.key));

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await onSave(state, definition);
      void message.success(t('reportForms.saved'));
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const design = (
    <Space direction="vertical" size="middle" className="rforms-design">
      <SettingsCard
        settings={state.settings}
        change={part(change, (s) => s.settings)}
        isNew={isNew}
        ownerName={ownerName}
      />
      {state.sections.map((section, i) => (
        <SectionCard
          key={section.uid}
          section={section}
          index={i}
          target={target}
          change={part(change, (s) => s.sections[i] as EditSection)}
          fieldKeys={(except) => fieldKeys(state, except)}
          sectionKeys={() => sectionKeys(section.uid)}
          tools={
            <ItemTools
              list={state.sections}
              index={i}
              what={t('reportForms.what.section')}
              onList={sections}
              keepOne
            />
          }
        />
      ))}
      <Button
        icon={<PlusOutlined />}
        disabled={state.sections.length >= 30}
        onClick={() =>
          change((s) =>
            s.sections.push(
              newSection(
                t('reportForms.newSection', { n: s.sections.length + 1 }),
                new Set(s.sections.map((x) => x.key)),
                t('reportForms.newField.number'),
              ),
            ),
          )
        }
      >
        {t('reportForms.addSection')}
      </Button>
      <RulesCard state={state} change={change} />
    </Space>
  );

  return (
    <div className="rforms-editor">
      <Tabs
        items={[
          { key: 'design', label: t('reportForms.tabs.design'), children: design },
          {
            key: 'preview',
            label: t('reportForms.tabs.preview'),
            children: <FormPreview definition={definition} name={state.settings.name} />,
          },
          ...(versions
            ? [{ key: 'versions', label: t('reportForms.tabs.versions'), children: versions }]
            : []),
        ]}
      />
      <div className="rforms-save-bar">
        <DesignIssues issues={issues} />
        <SaveError error={error} />
        {isNew ? null : (
          <Input
            aria-label={t('reportForms.changeNote')}
            placeholder={t('reportForms.changeNote')}
            value={state.settings.changeNote}
            maxLength={1000}
            onChange={(e) =>
              change((s) => {
                s.settings.changeNote = e.target.value;
              })
            }
          />
        )}
        <Button type="primary" size="large" loading={busy} onClick={() => void save()}>
          {isNew ? t('reportForms.createSubmit') : t('reportForms.saveSubmit')}
        </Button>
      </div>
    </div>
  );
}
