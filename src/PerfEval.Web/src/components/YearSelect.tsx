import { useTranslation } from 'react-i18next';
import { yearChoicesWithData } from '../lib/years';
import PlainSelect from './PlainSelect';

/**
 * The year picker of the pages that show a year's forms: each year that has forms is marked (● 有自评表), so a reader
 * sees where the data is. Each option's value is the year alone.
 */
export default function YearSelect({ value, onChange, offered, withData, width = 170 }: {
  value: number; onChange: (year: number) => void; offered: readonly number[]; withData: readonly number[]; width?: number;
}) {
  const { t } = useTranslation();
  const options = yearChoicesWithData(offered, value, withData).map((o) => ({
    value: o.value,
    label: o.hasData ? `${o.value} ● ${t('years.hasData')}` : String(o.value),
  }));
  return (
    <PlainSelect label={t('common.year')} value={value} onChange={(y) => { if (y !== undefined) onChange(y); }} width={width}
      options={options} testId="year-select" />
  );
}
