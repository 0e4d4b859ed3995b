// The options page's frame and the words its sections share.

export const options = {
  optionsTitle: 'Seller Sidekick settings',
  navLabel: 'Sections',
  loadError: 'Could not load the settings: {message}',
  deleted: 'Deleted',
  rangeError: 'Enter a whole number from {min} to {max}',
  editNamed: 'Edit “{name}”',
  deleteNamed: 'Delete “{name}”',
  removeNamed: 'Remove “{name}”',
  moveUpNamed: 'Move “{name}” up',
  moveDownNamed: 'Move “{name}” down',
  deleteConfirmYes: 'Yes, delete',
};
