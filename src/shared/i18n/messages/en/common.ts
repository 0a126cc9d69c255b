export const common = {
  save: 'Save',
  cancel: 'Cancel',
  close: 'Close',
  loading: 'Loading…',
  yes: 'Yes',
  no: 'No',
  remote: 'Remote',
  local: 'Local',
  listSeparator: ' · ',
  processCount: '{count, plural, =0 {no processes} one {# process} other {# processes}}',
} as const;
