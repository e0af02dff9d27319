import { reportingYearOf } from '../../../../shared/catalog/reporting-year.ts';

/** The partner network began in 2012 (the server answers 404 for earlier years). */
export const FIRST_REPORT_YEAR = 2012;
/** The first year with content in the app: the imported 2020/21 brochure. */
export const FIRST_CONTENT_YEAR = 2021;

export const currentReportingYear = () => reportingYearOf(new Date().toISOString().slice(0, 10));
export const isReportYear = (year: number) =>
  Number.isInteger(year) && year >= FIRST_REPORT_YEAR && year <= currentReportingYear() + 1;
