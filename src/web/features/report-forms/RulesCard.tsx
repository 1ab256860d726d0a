import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Input, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ruleOperators } from '../../../contracts/report-forms';
import { type Change, part } from './change';
import { type EditorState, type EditRule, newRule, numberFields } from './editor-state';
import { ItemTools } from './ItemTools';
import { opText } from './labels';

/** Checks between numbers, "A ≤ B + C", picked from the form's number fields. */
export function RulesCard({ state, change }: { state: EditorState; change: Change<EditorState> }) {
  const { t } = useTranslation();
  const numbers = numberFields(state);
  const options = numbers.map((f) => ({ value: f.key, label: f.label || f.key }));
  const rules = part(change, (s) => s.rules);
  const what = t('reportForms.what.rule');
  const ruleChange = (i: number): Change<EditRule> => part(change, (s) => s.rules[i] as EditRule);
  return (
    <Card title={t('reportForms.rules')} className="rforms-card">
      <Typography.Paragraph type="secondary">{t('reportForms.rulesHelp')}</Typography.Paragraph>
      {numbers.length < 2 ? <Alert type="info" showIcon title={t('reportForms.rulesNeedNumbers')} /> : null}
      {state.rules.map((rule, i) => (
        <div key={rule.uid} className="rforms-rule">
          <Select
            aria-label={t('reportForms.ruleLeft')}
            value={rule.left}
            options={options}
            onChange={(left) =>
              ruleChange(i)((r) => {
                r.left = left;
              })
            }
            className="rforms-rule-field"
          />
          <Select
            aria-label={t('reportForms.ruleOp')}
            value={rule.op}
            options={ruleOperators.map((op) => ({ value: op, label: opText[op] }))}
            onChange={(op) =>
              ruleChange(i)((r) => {
                r.op = op;
              })
            }
            className="rforms-rule-op"
          />
          <Select
            mode="multiple"
            aria-label={t('reportForms.ruleRight')}
            value={rule.right}
            options={options}
            onChange={(right) =>
              ruleChange(i)((r) => {
                r.right = right;
              })
            }
            className="rforms-rule-fields"
          />
          <Input
            aria-label={t('reportForms.ruleLabel')}
            placeholder={t('reportForms.ruleLabel')}
            value={rule.label ?? ''}
            maxLength={300}
            onChange={(e) =>
              ruleChange(i)((r) => {
                r.label = e.target.value || null;
              })
            }
            className="rforms-rule-label"
          />
          <ItemTools list={state.rules} index={i} what={what} onList={rules} />
        </div>
      ))}
      <Button
        icon={<PlusOutlined />}
        disabled={numbers.length < 2 || state.rules.length >= 60}
        onClick={() =>
          change((s) => void s.rules.push(newRule(s, numbers[1]?.key ?? '', numbers[0]?.key ?? '')))
        }
      >
        {t('reportForms.addRule')}
      </Button>
    </Card>
  );
}
