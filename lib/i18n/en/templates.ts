// The options page's quick-reply templates.

export const templates = {
  templatesTitle: 'Quick-reply templates',
  templatesEmpty: 'No templates yet.',
  newTemplate: 'New template',
  editTemplateTitle: 'Edit the template',
  templateName: 'Template name',
  templateNameTooLong: 'At most 60 characters',
  templateText: 'Text',
  templateTextHint: '{count} characters. Ozon allows 1–1000 characters per message once the placeholders are filled.',
  templateTextTooLong: 'At most 1200 characters',
  placeholdersTitle: 'Placeholders (filled in for each chat):',
  placeholderPosting: 'shipment number',
  placeholderOrder: 'order number',
  placeholderCustomer: 'customer’s name',
  placeholderProduct: 'product name',
  placeholderSeller: 'your store’s name',
  insertPlaceholder: 'Insert the placeholder for the {name}',
  saveTemplate: 'Save template',
  deleteTemplateConfirm: 'Delete the template “{name}”?',
};
