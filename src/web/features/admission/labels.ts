import { useTranslation } from 'react-i18next';
import type vi from '../../locales/vi.json';
import type { AdmissionStageKey, AdmissionStepKey } from './api';

export function useAdmissionLabels() {
  const { t } = useTranslation();
  return {
    stage: (stage: AdmissionStageKey) => t(`admission.stages.${stage}`),
    step: (step: AdmissionStepKey | 'close') => t(`admission.steps.${step}`),
  };
}

export type AdmissionField = keyof (typeof vi)['admission']['fields'];

/** The label of a form field of this module. */
export function useFieldLabel() {
  const { t } = useTranslation();
  return (key: AdmissionField) => t(`admission.fields.${key}`);
}
