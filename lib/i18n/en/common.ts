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
  // A name quoted in running text (the portal's filter names in a refusal)
  quoted: '«{text}»',
  // Between the items of a list in running text (store names, filter names)
  listSeparator: ', ',
};
