// The answers of the public list endpoints, shared by the API (libs/campaign-setup) and the admin's public pages.
export * from './public-lists.contract';
