/**
 * What each Orchestrator API version has, as data: Baton learns the version once per connection
 * (the `api-supported-versions` header) and reads fields, `$select`, endpoints and headers from
 * the row that applies. Facts: ../shared/reference/orchestrator-versions.md (§ numbers below).
 *
 * Caveat (§0): the number is not a complete schema key (22.4.4 and 22.10.1 both say 15.0), so a
 * field enters a row only from the version where every build reporting it has it.
 */

/**
 * 19.10 and 20.4 send no version header (§1.2). Baton tells them apart without an extra request:
 * 20.4's FolderDto has `IsPersonal` (SW2004:17191), 19.10's does not, so the first folder row
 * of the probe says which; and a sign-in through Identity Server means 20.4 (Identity Server
 * arrived with 20.4, §1.1).
 */
export type LegacyProduct = '19.10' | '20.4';

/** How Baton can list the folders a person may use, in the order it tries them. */
export type FolderListing =
  /** `GET /api/Folders/GetAllForCurrentUser` (v18+): folders the person is assigned to, no SubFolders.View needed (§3.2). */
  | 'current-user'
  /** `GET /odata/Folders` (every version): only folders where the caller holds SubFolders.View or Units.View (§4). */
  | 'odata-folders'
  /** `GET /api/FoldersNavigation/GetAllFoldersForCurrentUser` (every version) but 403 for OAuth tokens (§3.2): legacy sign-in only. */
  | 'navigation';

export interface ApiDialect {
  /** The number the server reported (the maximum of the header's list), or null when it sent none (19.10, 20.4). */
  apiVersion: number | null;
  /** For servers without a number: which product Baton recognised (see LegacyProduct), if any. */
  legacyProduct?: LegacyProduct;
  /** Products this row stands for, for messages and docs. */
  products: string;
  /** `$select` of a catalog listing: only ReleaseDto fields this version has (§2.1); an unknown one is a 400 (§2.7). */
  releaseFields: readonly string[];
  /**
   * `$select` of the lean listing a warm refresh asks first: the fewest fields that tell whether a
   * cached release changed (identity, folder, package version and a change stamp). A subset of
   * `releaseFields`, so a full row gives the same stamp.
   */
  releaseChangeFields: readonly string[];
  /** StartProcessDto knows `Reference` (20.10+, §2.4): an ambiguous start can be looked up. */
  hasReference: boolean;
  /**
   * `Strategy: ModernJobsCount` (modern folders): `yes` from 20.4, `no` on 19.10 (JobsCount only,
   * §2.4). `try`: a server without a number that Baton could not tell apart: ModernJobsCount first,
   * and on its refusal (which creates nothing) the 19.10 body once.
   */
  modernJobsCount: 'yes' | 'no' | 'try';
  /** `GET /odata/Releases` without a folder header plus `mandatoryPermissions` (20.10+, §3.3). */
  hasCrossFolderListing: boolean;
  /** Requests may carry `X-UIPATH-FolderKey` (folder keys from 20.10, §2.3; the header documented from 21.10), which survives id changes. */
  hasFolderKey: boolean;
  /** Folder listings to try, in this fixed order. */
  folderListings: readonly FolderListing[];
  /** `startInfo.InputArguments` maxLength (20.10+ swagger: 10000, §2.4); undefined: not published. */
  inputArgumentsMaxLength: number | undefined;
}

const RELEASE_FIELDS_1910 = [
  'Id',
  'Key',
  'Name',
  'ProcessKey',
  'ProcessVersion',
  'Description',
  'InputArguments',
  'Arguments',
  'IsProcessDeleted',
];
const RELEASE_FIELDS_V11 = [...RELEASE_FIELDS_1910, 'RequiresUserInteraction', 'OrganizationUnitId', 'OrganizationUnitFullyQualifiedName'];
// IsAttended and HiddenForAttendedUser: v17 (ORCH ReleaseV17Fields, FLOOR:42; 22.10.1 refuses HiddenForAttendedUser).
// LastModificationTime: v15 (CLI-15), the change stamp of the lean listing from the v17 row on.
const RELEASE_FIELDS_V17 = [...RELEASE_FIELDS_V11, 'IsAttended', 'HiddenForAttendedUser', 'LastModificationTime'];

/*
 * The lean listing's fields. The argument list (`Arguments`, most of a row's bytes) belongs to the
 * package version, so `ProcessVersion` says when it changed. What a person can edit on a release
 * without a new version (name, description, default inputs) moves `LastModificationTime` where the
 * version has it (inferred: an audited entity's stamp); before the v17 row the release's own
 * defaults (`InputArguments`, usually null: a few bytes) stand in, and a renamed release shows its
 * new name after its next version or a full refresh.
 */
const CHANGE_FIELDS_1910 = ['Id', 'Key', 'ProcessVersion', 'InputArguments'];
const CHANGE_FIELDS_V11 = [...CHANGE_FIELDS_1910, 'OrganizationUnitId'];
const CHANGE_FIELDS_V17 = ['Id', 'Key', 'ProcessVersion', 'LastModificationTime', 'OrganizationUnitId'];

/** Rows by the lowest API version they apply from; a version between rows takes the row below it. */
const BEFORE_2010 = {
  apiVersion: null,
  hasReference: false,
  hasCrossFolderListing: false,
  hasFolderKey: false,
  folderListings: ['odata-folders', 'navigation'],
  inputArgumentsMaxLength: undefined,
} as const;

/** Servers without a number, by what Baton recognised. */
const LEGACY: Record<LegacyProduct | 'unknown', ApiDialect> = {
  '19.10': {
    ...BEFORE_2010,
    legacyProduct: '19.10',
    products: '19.10',
    releaseFields: RELEASE_FIELDS_1910,
    releaseChangeFields: CHANGE_FIELDS_1910,
    modernJobsCount: 'no',
  },
  // RequiresUserInteraction arrived with 20.4 (SW2004 ReleaseDto).
  '20.4': {
    ...BEFORE_2010,
    legacyProduct: '20.4',
    products: '20.4',
    releaseFields: [...RELEASE_FIELDS_1910, 'RequiresUserInteraction'],
    releaseChangeFields: CHANGE_FIELDS_1910,
    modernJobsCount: 'yes',
  },
  unknown: {
    ...BEFORE_2010,
    products: '19.10 or 20.4 (no API version reported)',
    releaseFields: RELEASE_FIELDS_1910,
    releaseChangeFields: CHANGE_FIELDS_1910,
    modernJobsCount: 'try',
  },
};

/** Rows by the lowest API version they apply from; a version between rows takes the row below it. */
const DIALECTS: readonly ApiDialect[] = [
  LEGACY.unknown,
  {
    apiVersion: 11,
    products: '20.10 (API 11–12)',
    releaseFields: RELEASE_FIELDS_V11,
    releaseChangeFields: CHANGE_FIELDS_V11,
    hasReference: true,
    modernJobsCount: 'yes',
    hasCrossFolderListing: true,
    hasFolderKey: false,
    folderListings: ['odata-folders', 'navigation'],
    inputArgumentsMaxLength: 10_000,
  },
  {
    // X-UIPATH-FolderKey is documented from 21.10's "Building API requests" on (orchestrator-api.md §2.2, D-build).
    apiVersion: 13,
    products: '21.10 to 23.4 (API 13–16)',
    releaseFields: RELEASE_FIELDS_V11,
    releaseChangeFields: CHANGE_FIELDS_V11,
    hasReference: true,
    modernJobsCount: 'yes',
    hasCrossFolderListing: true,
    hasFolderKey: true,
    folderListings: ['odata-folders', 'navigation'],
    inputArgumentsMaxLength: 10_000,
  },
  {
    apiVersion: 17,
    products: '23.10 to 25.10 (API 17)',
    releaseFields: RELEASE_FIELDS_V17,
    releaseChangeFields: CHANGE_FIELDS_V17,
    hasReference: true,
    modernJobsCount: 'yes',
    hasCrossFolderListing: true,
    hasFolderKey: true,
    folderListings: ['odata-folders', 'navigation'],
    inputArgumentsMaxLength: 10_000,
  },
  {
    apiVersion: 18,
    products: 'Automation Cloud and Automation Suite (API 18+)',
    releaseFields: RELEASE_FIELDS_V17,
    releaseChangeFields: CHANGE_FIELDS_V17,
    hasReference: true,
    modernJobsCount: 'yes',
    hasCrossFolderListing: true,
    hasFolderKey: true,
    folderListings: ['current-user', 'odata-folders', 'navigation'],
    inputArgumentsMaxLength: 10_000,
  },
];

/**
 * `api-supported-versions` → the highest version it lists (ORCH splits on `,` and keeps the
 * maximum, OAS:257-279); null when absent or unreadable.
 */
export function parseApiVersionHeader(value: string | null | undefined): number | null {
  if (!value) return null;
  const numbers = value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => /^\d+(\.\d+)?$/.test(part))
    .map(Number);
  return numbers.length === 0 ? null : Math.max(...numbers);
}

/** The dialect of a server that reported `apiVersion` (null: reported none; then `legacyProduct` if recognised). */
export function dialectFor(apiVersion: number | null, legacyProduct?: LegacyProduct): ApiDialect {
  if (apiVersion === null) return LEGACY[legacyProduct ?? 'unknown'];
  let chosen = DIALECTS[1]!;
  for (const row of DIALECTS) if (row.apiVersion !== null && row.apiVersion <= apiVersion) chosen = row;
  // Below 11 yet reported: treat as the oldest numbered row (nothing older reports a number, §1.1).
  return { ...chosen, apiVersion };
}

/**
 * The row a server most likely speaks before it has said its version (Automation Cloud and
 * current on-premises servers): what a request asked ahead of the version probe is built for.
 */
export const NEWEST_DIALECT: ApiDialect = DIALECTS[DIALECTS.length - 1]!;

/** Every row, for docs and tests. */
export const ALL_DIALECTS: readonly ApiDialect[] = [LEGACY['19.10'], LEGACY['20.4'], ...DIALECTS];

/** Which of 19.10 and 20.4 answered with these folder rows, for a server without a number (see LegacyProduct). */
export function recogniseLegacyProduct(folderRows: readonly Record<string, unknown>[], tokenKind: string): LegacyProduct | undefined {
  const [row] = folderRows;
  if (row) return 'IsPersonal' in row ? '20.4' : '19.10';
  return tokenKind === 'legacy' ? undefined : '20.4';
}

/** The row's `products` as a select key of `serviceErrors.startCannotTellHint`, which says them in the person's language. */
export type ProductsKey = 'v1910' | 'v204' | 'unknown' | 'v11' | 'v13' | 'v17' | 'cloud';

export function productsKey(dialect: Pick<ApiDialect, 'apiVersion' | 'legacyProduct'>): ProductsKey {
  const version = dialect.apiVersion;
  if (version === null) return dialect.legacyProduct === '19.10' ? 'v1910' : dialect.legacyProduct === '20.4' ? 'v204' : 'unknown';
  if (version >= 18) return 'cloud';
  if (version >= 17) return 'v17';
  return version >= 13 ? 'v13' : 'v11';
}
