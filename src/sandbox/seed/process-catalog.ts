import { arg } from './arguments';
import type { JobOutcome, SeedArgument, SeedLogLine } from './types';

/** A process as a person would describe it; the seed turns it into a release per folder. */
export interface ProcessTemplate {
  folder: string;
  name: string;
  description: string;
  version: string;
  inputs: SeedArgument[];
  outputs: SeedArgument[];
  defaults?: Record<string, unknown>;
  isAttended?: boolean;
  hiddenForAttendedUser?: boolean;
  priority?: 'Low' | 'Normal' | 'High';
  pendingMs?: number;
  runMs?: number;
  outcome?: (input: Record<string, unknown>) => JobOutcome;
  suspend?: { afterMs: number; waitsFor: string };
  logLines?: readonly SeedLogLine[];
}

const MINUTE = 60_000;
const ok = (output: Record<string, unknown>, info?: string): JobOutcome => ({ state: 'Successful', output, info });
const fault = (info: string): JobOutcome => ({ state: 'Faulted', info });
const str = (value: unknown, fallback: string): string => (typeof value === 'string' && value !== '' ? value : fallback);
const num = (value: unknown, fallback: number): number => (typeof value === 'number' ? value : fallback);

export const PROCESS_CATALOG: readonly ProcessTemplate[] = [
  // Shared
  {
    folder: 'Shared',
    name: 'Hello World',
    description: 'Greets someone; the smallest demo process.',
    version: '1.0.2',
    inputs: [arg('in_Name', 'string')],
    outputs: [arg('out_Greeting', 'string')],
    runMs: 3_000,
    outcome: (i) => ok({ out_Greeting: `Hello, ${str(i.in_Name, 'World')}!` }),
  },
  {
    folder: 'Shared',
    name: 'Daily Health Check',
    description: 'Checks that the shared mailboxes and drives respond.',
    version: '2.3.0',
    inputs: [],
    outputs: [arg('out_ChecksPassed', 'int'), arg('out_Report', 'string')],
    outcome: () => ok({ out_ChecksPassed: 7, out_Report: '7 of 7 checks passed' }),
  },
  {
    folder: 'Shared',
    name: 'Send Status Email',
    description: 'Sends a templated status email to a distribution list.',
    version: '1.4.1',
    inputs: [arg('in_To', 'string', 'required'), arg('in_Subject', 'string', 'default')],
    outputs: [arg('out_MessageId', 'string')],
    defaults: { in_Subject: 'Status update' },
    outcome: (i) => ok({ out_MessageId: `<${str(i.in_To, 'list')}-${Date.now() % 100000}@mail.sandbox>` }),
  },
  {
    folder: 'Shared',
    name: 'Long Wait Demo',
    description: 'Waits for the given number of minutes; for following long runs.',
    version: '1.0.0',
    inputs: [arg('in_Minutes', 'int', 'default')],
    outputs: [arg('out_WaitedMinutes', 'int')],
    defaults: { in_Minutes: 10 },
    runMs: 10 * MINUTE,
    outcome: (i) => ok({ out_WaitedMinutes: num(i.in_Minutes, 10) }),
  },
  {
    folder: 'Shared',
    name: 'Always Faults Demo',
    description: 'Throws on purpose, to show how a faulted run looks.',
    version: '1.0.0',
    inputs: [],
    outputs: [],
    runMs: 2_000,
    outcome: () => fault("System.Exception: Simulated failure at 'Throw' in Main.xaml"),
  },
  {
    folder: 'Shared',
    name: 'Excel Report Merge',
    description: 'Merges the weekly Excel reports into one workbook.',
    version: '3.1.0',
    inputs: [arg('in_SourceFolder', 'string', 'required'), arg('in_SheetNames', 'strings')],
    outputs: [arg('out_RowCount', 'int')],
    outcome: (i) => ok({ out_RowCount: Array.isArray(i.in_SheetNames) ? i.in_SheetNames.length * 120 : 480 }),
  },
  // Finance
  {
    folder: 'Finance',
    name: 'Bank Reconciliation',
    description: 'Matches bank statement lines against the ledger.',
    version: '4.0.3',
    inputs: [arg('in_AccountId', 'string', 'required'), arg('in_StatementDate', 'date')],
    outputs: [arg('out_Matched', 'int'), arg('out_Unmatched', 'int')],
    runMs: 45_000,
    outcome: () => ok({ out_Matched: 412, out_Unmatched: 3 }),
  },
  {
    folder: 'Finance',
    name: 'Expense Report Audit',
    description: 'Flags expense reports that break the travel policy.',
    version: '2.2.0',
    inputs: [arg('in_Month', 'string', 'required')],
    outputs: [arg('out_Flagged', 'int')],
    outcome: () => ok({ out_Flagged: 5 }),
  },
  {
    folder: 'Finance',
    name: 'Currency Rates Update',
    description: 'Loads the ECB reference rates into the ERP.',
    version: '1.7.5',
    inputs: [],
    outputs: [arg('out_RatesLoaded', 'int')],
    outcome: () => ok({ out_RatesLoaded: 31 }),
  },
  {
    folder: 'Finance',
    name: 'Vendor Master Sync',
    description: 'Copies vendor changes from the portal into SAP.',
    version: '2.0.1',
    inputs: [arg('in_VendorId', 'string', 'required')],
    outputs: [arg('out_Updated', 'bool')],
    outcome: (i) =>
      str(i.in_VendorId, '').startsWith('X') ? fault(`Vendor ${str(i.in_VendorId, '')} was not found in SAP.`) : ok({ out_Updated: true }),
  },
  {
    folder: 'Finance',
    name: 'Budget Variance Report',
    description: 'Builds the monthly budget-vs-actuals report.',
    version: '1.3.0',
    inputs: [arg('in_CostCenter', 'string', 'default')],
    outputs: [arg('out_ReportPath', 'string')],
    defaults: { in_CostCenter: 'ALL' },
    outcome: (i) => ok({ out_ReportPath: `\\\\fs01\\reports\\variance-${str(i.in_CostCenter, 'ALL')}.xlsx` }),
  },
  // Finance/Invoices
  {
    folder: 'Finance/Invoices',
    name: 'Invoice Intake',
    description: 'Reads new invoices from the AP mailbox and queues them.',
    version: '5.2.0',
    inputs: [arg('in_Mailbox', 'string', 'required'), arg('in_MaxInvoices', 'int', 'default')],
    outputs: [arg('out_Queued', 'int'), arg('out_Summary', 'string')],
    defaults: { in_MaxInvoices: 50 },
    runMs: 20_000,
    outcome: (i) =>
      ok({
        out_Queued: num(i.in_MaxInvoices, 50),
        out_Summary: `Queued ${num(i.in_MaxInvoices, 50)} invoices from ${str(i.in_Mailbox, 'ap')}`,
      }),
  },
  {
    folder: 'Finance/Invoices',
    name: 'Invoice Approval Reminder',
    description: 'Reminds approvers of invoices waiting more than 3 days.',
    version: '1.1.0',
    inputs: [],
    outputs: [arg('out_RemindersSent', 'int')],
    outcome: () => ok({ out_RemindersSent: 12 }),
  },
  {
    folder: 'Finance/Invoices',
    name: 'Invoice Posting to SAP',
    description: 'Posts approved invoices to SAP (slow: one screen per invoice).',
    version: '3.0.4',
    inputs: [arg('in_BatchId', 'string', 'required')],
    outputs: [arg('out_Posted', 'int')],
    runMs: 3 * MINUTE,
    priority: 'High',
    outcome: () => ok({ out_Posted: 87 }),
  },
  {
    folder: 'Finance/Invoices',
    name: 'Duplicate Invoice Check',
    description: 'Finds invoices entered twice this quarter.',
    version: '1.0.6',
    inputs: [arg('in_Quarter', 'string')],
    outputs: [arg('out_Duplicates', 'int')],
    outcome: () => ok({ out_Duplicates: 2 }),
  },
  {
    folder: 'Finance/Invoices',
    name: 'PO Matching',
    description: 'Three-way match of invoices, purchase orders and receipts.',
    version: '2.4.2',
    inputs: [arg('in_Tolerance', 'decimal', 'default')],
    outputs: [arg('out_Matched', 'int')],
    defaults: { in_Tolerance: 0.02 },
    outcome: () => ok({ out_Matched: 64 }),
  },
  // Finance/Close
  {
    folder: 'Finance/Close',
    name: 'Month-End Close Checklist',
    description: 'Runs the month-end close checklist end to end.',
    version: '6.0.0',
    inputs: [arg('in_Period', 'string', 'required')],
    outputs: [arg('out_StepsDone', 'int')],
    runMs: 15 * MINUTE,
    outcome: () => ok({ out_StepsDone: 23 }),
  },
  {
    folder: 'Finance/Close',
    name: 'Accruals Journal Entry',
    description: 'Books recurring accruals for the period.',
    version: '1.5.0',
    inputs: [arg('in_Period', 'string', 'required')],
    outputs: [arg('out_JournalId', 'string')],
    outcome: (i) => ok({ out_JournalId: `JE-${str(i.in_Period, 'P00')}-0042` }),
  },
  {
    folder: 'Finance/Close',
    name: 'Intercompany Reconciliation',
    description: 'Reconciles intercompany balances between entities.',
    version: '2.1.1',
    inputs: [],
    outputs: [arg('out_Differences', 'int')],
    outcome: () => ok({ out_Differences: 0 }),
  },
  {
    folder: 'Finance/Close',
    name: 'Fixed Asset Depreciation',
    description: 'Runs the depreciation for new fixed assets.',
    version: '1.0.3',
    inputs: [],
    outputs: [],
    outcome: () => ok({}),
  },
  // HR
  {
    folder: 'HR',
    name: 'Employee Data Update',
    description: 'Applies approved changes to employee records in Workday.',
    version: '2.6.0',
    inputs: [arg('in_EmployeeId', 'string', 'required')],
    outputs: [arg('out_Changed', 'bool')],
    outcome: () => ok({ out_Changed: true }),
  },
  {
    folder: 'HR',
    name: 'Leave Balance Report',
    description: 'Emails each manager the leave balances of their team.',
    version: '1.2.0',
    inputs: [],
    outputs: [arg('out_Emails', 'int')],
    outcome: () => ok({ out_Emails: 38 }),
  },
  {
    folder: 'HR',
    name: 'Payroll Validation',
    description: 'Validates the payroll file before it goes to the bank.',
    version: '3.3.1',
    inputs: [arg('in_PayrollFile', 'string', 'required')],
    outputs: [],
    runMs: 8_000,
    outcome: (i) => fault(`Could not find file '${str(i.in_PayrollFile, 'payroll.csv')}'.`),
  },
  {
    folder: 'HR',
    name: 'Benefits Enrollment Reminder',
    description: 'Reminds staff who have not enrolled in benefits.',
    version: '1.0.1',
    inputs: [],
    outputs: [],
    outcome: () => ok({}),
  },
  // HR/Onboarding
  {
    folder: 'HR/Onboarding',
    name: 'New Hire Onboarding',
    description: 'Guides HR through a new hire set-up on this desktop.',
    version: '4.1.0',
    inputs: [arg('in_FullName', 'string', 'required'), arg('in_StartDate', 'date', 'required')],
    outputs: [arg('out_EmployeeId', 'string')],
    isAttended: true,
    outcome: () => ok({ out_EmployeeId: 'E-10442' }),
  },
  {
    folder: 'HR/Onboarding',
    name: 'Badge Request',
    description: 'Requests a building badge for a new starter.',
    version: '1.0.0',
    inputs: [arg('in_EmployeeId', 'string', 'required')],
    outputs: [],
    outcome: () => ok({}),
  },
  {
    folder: 'HR/Onboarding',
    name: 'Laptop Provisioning Request',
    description: 'Opens the IT ticket for a new starter laptop.',
    version: '1.2.3',
    inputs: [arg('in_EmployeeId', 'string', 'required'), arg('in_Model', 'string', 'default')],
    outputs: [arg('out_TicketId', 'string')],
    defaults: { in_Model: 'Standard 14"' },
    outcome: () => ok({ out_TicketId: 'INC0012345' }),
  },
  {
    folder: 'HR/Onboarding',
    name: 'Offboarding Checklist',
    description: 'Revokes access and collects equipment for leavers.',
    version: '2.0.0',
    inputs: [arg('in_EmployeeId', 'string', 'required')],
    outputs: [],
    outcome: () => ok({}),
  },
  // IT Ops
  {
    folder: 'IT Ops',
    name: 'Password Reset Helper',
    description: 'Walks the service desk through a password reset.',
    version: '1.8.0',
    inputs: [arg('in_UserName', 'string', 'required')],
    outputs: [],
    isAttended: true,
    outcome: () => ok({}),
  },
  {
    folder: 'IT Ops',
    name: 'Disk Space Cleanup',
    description: 'Clears temp folders on the file servers.',
    version: '1.1.4',
    inputs: [],
    outputs: [arg('out_FreedGb', 'decimal')],
    hiddenForAttendedUser: true,
    priority: 'Low',
    outcome: () => ok({ out_FreedGb: 41.5 }),
  },
  {
    folder: 'IT Ops',
    name: 'AD Group Audit',
    description: 'Lists privileged AD groups and their members.',
    version: '2.0.2',
    inputs: [],
    outputs: [arg('out_Groups', 'int')],
    outcome: () => ok({ out_Groups: 17 }),
  },
  {
    folder: 'IT Ops',
    name: 'Service Restart',
    description: 'Restarts a Windows service on the app servers.',
    version: '1.0.9',
    inputs: [arg('in_ServiceName', 'string', 'required')],
    outputs: [arg('out_Restarted', 'bool')],
    outcome: () => ok({ out_Restarted: true }),
  },
  {
    folder: 'IT Ops',
    name: 'Certificate Expiry Scan',
    description: 'Finds TLS certificates that expire within 30 days.',
    version: '1.3.0',
    inputs: [arg('in_Days', 'int', 'default')],
    outputs: [arg('out_Expiring', 'int')],
    defaults: { in_Days: 30 },
    outcome: () => ok({ out_Expiring: 4 }),
  },
  {
    folder: 'IT Ops',
    name: 'Backup Verification',
    description: "Restores last night's backups to a scratch server and checks them.",
    version: '2.2.0',
    inputs: [],
    outputs: [arg('out_Verified', 'int')],
    runMs: 20 * MINUTE,
    outcome: () => ok({ out_Verified: 12 }),
  },
  // Sales
  {
    folder: 'Sales',
    name: 'Lead Enrichment',
    description: 'Adds company data to new leads in the CRM.',
    version: '3.0.0',
    inputs: [arg('in_Since', 'date')],
    outputs: [arg('out_Enriched', 'int')],
    outcome: () => ok({ out_Enriched: 120 }),
  },
  {
    folder: 'Sales',
    name: 'CRM Opportunity Sync',
    description: 'Syncs opportunities between the CRM and the ERP.',
    version: '2.5.1',
    inputs: [],
    outputs: [arg('out_Synced', 'int')],
    outcome: () => ok({ out_Synced: 57 }),
  },
  {
    folder: 'Sales',
    name: 'Quote Generator',
    description: 'Builds a quote document from the selected opportunity.',
    version: '1.9.0',
    inputs: [arg('in_OpportunityId', 'string', 'required')],
    outputs: [arg('out_QuotePath', 'string')],
    isAttended: true,
    outcome: (i) => ok({ out_QuotePath: `C:\\Quotes\\${str(i.in_OpportunityId, 'OPP')}.pdf` }),
  },
  {
    folder: 'Sales',
    name: 'Weekly Pipeline Report',
    description: 'Sends the weekly pipeline summary to sales leads.',
    version: '1.4.0',
    inputs: [],
    outputs: [],
    outcome: () => ok({}),
  },
  {
    folder: 'Sales',
    name: 'Customer Onboarding Email',
    description: 'Sends the welcome pack to a new customer.',
    version: '1.0.4',
    inputs: [arg('in_CustomerEmail', 'string', 'required')],
    outputs: [],
    outcome: () => ok({}),
  },
  // Sales/EMEA
  {
    folder: 'Sales/EMEA',
    name: 'VAT Number Validation',
    description: 'Checks customer VAT numbers against VIES.',
    version: '1.2.0',
    inputs: [arg('in_VatNumber', 'string', 'required')],
    outputs: [arg('out_Valid', 'bool')],
    outcome: (i) =>
      /^[A-Z]{2}[0-9A-Z]{8,12}$/.test(str(i.in_VatNumber, ''))
        ? ok({ out_Valid: true })
        : fault(`VIES rejected VAT number '${str(i.in_VatNumber, '')}'.`),
  },
  {
    folder: 'Sales/EMEA',
    name: 'EMEA Commission Calc',
    description: 'Calculates monthly commissions for EMEA reps.',
    version: '2.0.0',
    inputs: [arg('in_Month', 'string', 'required')],
    outputs: [arg('out_Total', 'decimal')],
    outcome: () => ok({ out_Total: 48210.75 }),
  },
  // Last, so the processes above keep their release ids.
  {
    folder: 'Finance',
    name: 'Invoice Approval',
    description: 'Routes an invoice to a manager and waits for the approval task.',
    version: '1.1.0',
    inputs: [arg('in_InvoiceId', 'string', 'default')],
    outputs: [arg('out_Approved', 'bool')],
    defaults: { in_InvoiceId: 'INV-2291' },
    runMs: 6_000,
    // A long-running workflow: it suspends on its Wait for Form Task and resumes when the task is done.
    suspend: { afterMs: 2_000, waitsFor: 'Waiting for a task: Approve invoice' },
    logLines: [
      { level: 'Info', message: 'Invoice Approval execution started' },
      { level: 'Info', message: 'Reading the invoice', isReportStatus: true },
      { level: 'Info', message: 'Approval task created for the finance manager' },
      { level: 'Info', message: 'Approval received', isReportStatus: true },
      { level: 'Info', message: 'Invoice Approval execution ended' },
    ],
    outcome: () => ok({ out_Approved: true }),
  },
  {
    folder: 'Shared',
    name: 'Log Stream Demo',
    description: 'Writes a log line every half second; for following a run’s log live.',
    version: '1.0.0',
    inputs: [],
    outputs: [arg('out_Lines', 'int')],
    runMs: 60_000,
    logLines: Array.from({ length: 120 }, (_, i): SeedLogLine => {
      const n = i + 1;
      if (n % 10 === 0) return { level: 'Info', message: `Processed ${n} of 120 items`, isReportStatus: true };
      if (n % 25 === 0) return { level: 'Warn', message: `Item ${n} took longer than expected` };
      return { level: 'Info', message: `Item ${n} done` };
    }),
    outcome: () => ok({ out_Lines: 120 }),
  },
];
