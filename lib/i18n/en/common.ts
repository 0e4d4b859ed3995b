// Words more than one screen uses (the sidebar, the popup, the options page).

export const common = {
  loading: 'Loading…',
  saved: 'Saved',
  saving: 'Saving…',
  edit: 'Edit',
  delete: 'Delete',
  remove: 'Remove',
  cancel: 'Cancel',
  fieldRequired: 'Required',
};
