// The client's public types: requests as the extension writes them (camelCase), results after normalisation.
// Every 64-bit id (message, order, sku, customer, warehouse…) is a decimal string: JS numbers lose digits past 2^53.
export type * from './common';
export type * from './seller';
export type * from './chat';
export type * from './posting';
