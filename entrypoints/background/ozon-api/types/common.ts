// Types every subject of the client shares.

/** A uint64/int64 id as a decimal string, e.g. "3000000000817031942". */
export type DecimalId = string;

/** A date-time: a Date or an ISO 8601 string. */
export type DateInput = Date | string;

export type SortDir = 'ASC' | 'DESC';
