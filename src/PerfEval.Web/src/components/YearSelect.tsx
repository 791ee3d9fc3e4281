import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { yearChoicesWithData } from '../lib/years';

/**
 * The year picker of the pages that show a year's forms: each year that has forms is marked (a dot and 有自评表), so
 * a reader sees where the data is. Each option's title is the year alone.
 */
export default function YearSelect({ value, onChange, offered, withData, width = 170 }: {
  value: number; onChange: (year: number) => void; offered: readonly number[]; withData: readonly number[]; width?: number;
}) {
  const { t } = useTranslation();
  const options = yearChoicesWithData(offered, value, withData).map((o) => ({
    value: o.value,
    title: String(o.value),
    hasData: o.hasData,
    label: (
      <span data-has-data={o.hasData}>
        {o.value}
        {o.hasData && <span className="year-has-data"> ● {t('years.hasData')}</span>}
      </span>
    ),
  }));
  return (
    <Select aria-label={t('common.year')} value={value} onChange={onChange} style={{ width }} options={options}
      data-testid="year-select" />
  );
}
