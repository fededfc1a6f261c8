// Generated from the Rust types by `src-tauri/src/commands.rs` (test `bindings`).
// Do not edit: run `UPDATE_BINDINGS=1 cargo test -p ropa-desktop bindings` instead.

export type IsoDate = string;

export type Timestamp = string;

export type Contact = { name: string, 
/**
 * Function or title ("Data Protection Officer", "Admitted to the Paris Bar").
 */
role: string, email: string, phone: string, address: string, };

export type Organisation = { id: number, name: string, 
/**
 * Company or registration number (SIREN, Companies House number...).
 */
registration: string, address: string, country: string, 
/**
 * General contact for the register (Art. 30(1)(a), 30(2)(a)).
 */
contact: Contact, dpo: Contact, 
/**
 * Representative in the Union (Art. 27), for organisations established outside it.
 */
representative: Contact, acts_as_controller: boolean, acts_as_processor: boolean, 
/**
 * How many persons it employs: under the Art. 30(5) threshold, some processing needs no
 * record (`reference::exemption`).
 */
headcount: number | null, notes: string, };

export type Controller = { id: number, organisation_id: number, name: string, address: string, country: string, contact: Contact, representative: Contact, dpo: Contact, 
/**
 * The data processing agreement with this client (Art. 28(3)).
 */
contract: Contract, 
/**
 * The notices of sub-processor changes it was sent (Art. 28(2)), oldest first.
 */
notices: Array<SentNotice>, notes: string, };

export type Site = { id: number, organisation_id: number, name: string, description: string, };

export type SubProcessor = { id: number, organisation_id: number, name: string, 
/**
 * Legal entity, when it differs from the trading name.
 */
legal_name: string, address: string, 
/**
 * Main country of establishment.
 */
country: string, 
/**
 * Privacy or DPO contact.
 */
contact: Contact, 
/**
 * What the organisation uses it for, where and under which safeguard, per site or region.
 */
services: Array<SubProcessorService>, 
/**
 * The data processing agreement with it (Art. 28(3) and (4)).
 */
contract: Contract, notes: string, };

export type SubProcessorService = { site_id: number | null, 
/**
 * Processing country.
 */
country: string, 
/**
 * Region, data centres or other place detail ("eu-west-2: Paris-Pantin & Magny-les-Hameaux").
 */
place: string, purpose: string, duration: string, 
/**
 * Safeguard for a transfer outside the EU/EEA, if any.
 */
safeguard: Safeguard | null, safeguard_detail: string, };

export type Contract = { 
/**
 * The day it was signed or took effect.
 */
signed_on: IsoDate | null, 
/**
 * Its version or reference ("v3.2", "DPA 2023-10").
 */
version: string, 
/**
 * The end of its term, or its next renewal.
 */
ends_on: IsoDate | null, 
/**
 * How the processor may engage other processors (Art. 28(2)).
 */
sub_processing: SubProcessing | null, 
/**
 * For transfers under the 2021 standard contractual clauses: the module it uses (as a
 * transfer's `scc_module`: 1 to 4).
 */
scc_module: number | null, 
/**
 * Whom to tell of a change of sub-processors.
 */
notification_contact: Contact, 
/**
 * How long the controller has to object to a new sub-processor, as the contract words it
 * ("30 days", "10 working days").
 */
objection_period: string, 
/**
 * Where the signed document is: a link or a file's name.
 */
document: string, 
/**
 * The SHA-256 of the signed document, in hexadecimal.
 */
sha256: string, };

export type SubProcessing = "specific" | "general" | { "other": string };

export type Measure = { id: number, organisation_id: number, name: string, category: MeasureCategory, description: string, };

export type MeasureCategory = "physical_access" | "system_access" | "data_access" | "authentication" | "transmission" | "encryption" | "input_control" | "logging" | "availability" | "separation" | "pseudonymisation" | "vulnerability_management" | "incident_response" | "organisational" | "other";

export type Role = "controller" | "processor";

export type Status = "draft" | "active" | "retired" | "template";

export type LawfulBasis = "consent" | "contract" | "legal_obligation" | "vital_interests" | "public_task" | "legitimate_interests" | { "other": string };

export type LegalBasis = { basis: LawfulBasis, 
/**
 * The legitimate interest pursued, the source of the legal obligation, the contract...
 */
detail: string, 
/**
 * Where the evidence is kept: the consent records, the legitimate interests assessment.
 */
evidence: string, };

export type SpecialCondition = "explicit_consent" | "employment_social_security" | "vital_interests" | "not_for_profit_body" | "made_public" | "legal_claims" | "substantial_public_interest" | "health_or_social_care" | "public_health" | "archiving_research_statistics" | { "other": string };

export type SpecialBasis = { condition: SpecialCondition, detail: string, };

export type Sensitivity = "standard" | "special_category" | "criminal_offence";

export type DataCategory = { name: string, 
/**
 * What it contains ("email, name").
 */
detail: string, sensitivity: Sensitivity, };

export type RecipientKind = "internal" | "external" | "processor" | "public_authority" | { "other": string };

export type Recipient = { name: string, kind: RecipientKind, country: string, };

export type Location = { country: string, 
/**
 * Region, site or data centre.
 */
place: string, 
/**
 * Hosting provider.
 */
provider: string, };

export type Derogation = "explicit_consent" | "contract_with_data_subject" | "contract_in_interest_of_data_subject" | "public_interest" | "legal_claims" | "vital_interests" | "public_register" | "compelling_legitimate_interests";

export type Safeguard = "adequacy" | "standard_contractual_clauses" | "binding_corporate_rules" | "code_of_conduct" | "certification" | "ad_hoc_clauses" | "public_authority_instrument" | "supervisory_authority_clauses" | "administrative_arrangement" | { "derogation": Derogation } | "privacy_shield" | { "other": string };

export type Transfer = { recipient: string, country: string, 
/**
 * Set when the recipient is an international organisation rather than a country.
 */
international_organisation: boolean, safeguard: Safeguard | null, safeguard_detail: string, 
/**
 * Where the safeguard's documentation is (a link, a file, a contact).
 */
documentation: string, 
/**
 * For the 2021 standard contractual clauses: the module used (1 controller to controller,
 * 2 controller to processor, 3 processor to processor, 4 processor to controller).
 */
scc_module: number | null, 
/**
 * The transfer impact assessment made for an Art. 46 transfer (CJEU C-311/18; EDPB
 * Recommendations 01/2020): where it is (a reference, a link)...
 */
impact_assessment: string, 
/**
 * ...and when it was made.
 */
impact_assessment_on: IsoDate | null, };

export type TimeUnit = "days" | "weeks" | "months" | "years";

export type Period = { amount: number, unit: TimeUnit, };

export type Retention = { 
/**
 * Name of the data category it applies to; empty for the whole activity.
 */
applies_to: string, period: Period | null, 
/**
 * The event the period runs from ("end of contract").
 */
from_event: string, 
/**
 * The criteria used when there is no fixed period, or a note on the period.
 */
criteria: string, };

export type DpiaStatus = "not_started" | "in_progress" | "completed";

export type Dpia = { 
/**
 * `None`: not assessed yet.
 */
required: boolean | null, status: DpiaStatus | null, 
/**
 * Link or reference to the DPIA document.
 */
reference: string, 
/**
 * The criteria of the guidelines on DPIA the processing meets, as the DPO assessed them
 * (codes of `data/dpia-criteria.tsv`); the checks add those the record's words show.
 */
criteria: Array<string>, };

export type Activity = { id: number, organisation_id: number, 
/**
 * The DPO's own reference ("HR-03").
 */
reference: string, name: string, description: string, role: Role, 
/**
 * Processor activities: the controllers it is carried out for (Art. 30(2)(a)).
 */
controller_ids: Array<number>, 
/**
 * Controller activities: joint controllers (Art. 26, 30(1)(a)).
 */
joint_controllers: Array<Contact>, purposes: Array<string>, legal_bases: Array<LegalBasis>, special_bases: Array<SpecialBasis>, 
/**
 * Art. 10 basis for criminal-offence data.
 */
criminal_basis: string, data_subjects: Array<string>, data_categories: Array<DataCategory>, source: string, recipients: Array<Recipient>, locations: Array<Location>, transfers: Array<Transfer>, 
/**
 * The record states that no personal data go to a third country or an international
 * organisation (Art. 30(1)(e)): "none", where an empty list of transfers says nothing.
 */
no_transfers: boolean, retention: Array<Retention>, measure_ids: Array<number>, subprocessor_ids: Array<number>, dpia: Dpia, 
/**
 * `None`: not assessed.
 */
automated_decisions: boolean | null, automated_decisions_detail: string, 
/**
 * Rights available to data subjects, and how they are exercised.
 */
rights: string, status: Status, 
/**
 * Owner or business function.
 */
owner: string, 
/**
 * Software or application used.
 */
software: string, 
/**
 * Date the record was created; the store sets today when empty.
 */
created_on: IsoDate | null, 
/**
 * Date of the last change; the store sets it on every write.
 */
updated_on: IsoDate | null, last_review: IsoDate | null, next_review: IsoDate | null, notes: string, };

export type Register = { organisations: Array<Organisation>, controllers: Array<Controller>, sites: Array<Site>, subprocessors: Array<SubProcessor>, measures: Array<Measure>, activities: Array<Activity>, };

export type Kind = "organisation" | "controller" | "site" | "sub_processor" | "measure" | "activity";

export type Action = "create" | "update" | "delete";

export type HistoryEntry = { seq: number, at: Timestamp, user: string, kind: Kind, entity_id: number, organisation_id: number | null, action: Action, 
/**
 * The entity's name when the change was made.
 */
label: string, before: unknown, after: unknown, 
/**
 * The labelled change (an import) this entry is part of, and its label.
 */
change: number | null, change_label: string | null, };

export type FieldChange = { field: string, before: unknown, after: unknown, };

export type ChangeInWords = { 
/**
 * The stored path of the field ("dpia.status"): stable whatever the language.
 */
field: string, label: string, 
/**
 * The value in words: a list one item per line, empty for nothing.
 */
before: string, after: string, 
/**
 * The field holds a list: a reader is shown the items that went and came.
 */
list: boolean, };

export type ActivityView = { organisation: string, controllers: Array<Controller>, subprocessors: Array<SubProcessor>, measures: Array<Measure>, id: number, organisation_id: number, 
/**
 * The DPO's own reference ("HR-03").
 */
reference: string, name: string, description: string, role: Role, 
/**
 * Processor activities: the controllers it is carried out for (Art. 30(2)(a)).
 */
controller_ids: Array<number>, 
/**
 * Controller activities: joint controllers (Art. 26, 30(1)(a)).
 */
joint_controllers: Array<Contact>, purposes: Array<string>, legal_bases: Array<LegalBasis>, special_bases: Array<SpecialBasis>, 
/**
 * Art. 10 basis for criminal-offence data.
 */
criminal_basis: string, data_subjects: Array<string>, data_categories: Array<DataCategory>, source: string, recipients: Array<Recipient>, locations: Array<Location>, transfers: Array<Transfer>, 
/**
 * The record states that no personal data go to a third country or an international
 * organisation (Art. 30(1)(e)): "none", where an empty list of transfers says nothing.
 */
no_transfers: boolean, retention: Array<Retention>, measure_ids: Array<number>, subprocessor_ids: Array<number>, dpia: Dpia, 
/**
 * `None`: not assessed.
 */
automated_decisions: boolean | null, automated_decisions_detail: string, 
/**
 * Rights available to data subjects, and how they are exercised.
 */
rights: string, status: Status, 
/**
 * Owner or business function.
 */
owner: string, 
/**
 * Software or application used.
 */
software: string, 
/**
 * Date the record was created; the store sets today when empty.
 */
created_on: IsoDate | null, 
/**
 * Date of the last change; the store sets it on every write.
 */
updated_on: IsoDate | null, last_review: IsoDate | null, next_review: IsoDate | null, notes: string, };

export type Country = { code: string, en: string, fr: string, de: string, area: Area, };

export type Area = "eu" | "eea" | "third";

export type FieldError = { 
/**
 * The field, as a dotted path into the entity ("name", "retention.0.period").
 */
field: string, 
/**
 * What is wrong with it, in each language.
 */
message: Text, };

export type CommandError = { 
/**
 * Stable code: `invalid`, `not_found`, `locked`... (see `ropa_core::Error::code`).
 */
code: string, 
/**
 * What went wrong, in each language: the window says it in its own.
 */
message: Text, 
/**
 * The fields concerned, for the form to highlight (empty when the error is not about a field).
 */
fields: Array<FieldError>, 
/**
 * For `changed_elsewhere`: the other change, for the form to show before the user chooses.
 */
changed?: ChangedElsewhere, };

export type ChangedElsewhere = { by: string, at: Timestamp, deleted: boolean, 
/**
 * Their change, field by field, in the words of the form's language (`save`).
 */
fields: Array<ChangeInWords>, };

export type StoreInfo = { path: string, schema_version: number, 
/**
 * A change that did not finish (the program stopped during it) was undone when the store
 * opened: the window says so.
 */
recovered: boolean, 
/**
 * Why the store cannot be written here, when it cannot: the window shows it, not edits it.
 */
read_only: string | null, 
/**
 * The store is damaged (why, in words): the window offers `rescue` instead of the register.
 */
damaged: Text | null, 
/**
 * The copies kept beside the store, newest first (none for a server store: its
 * administrator keeps its copies).
 */
backups: Array<Backup>, 
/**
 * The store is on a server (`path` is its address, without a password).
 */
server: boolean, 
/**
 * Why the window is not connected to its server yet: it asks for the password.
 */
disconnected: Text | null, };

export type OutsideChanges = { entries: number, users: Array<string>, last: Timestamp, };

export type Rescue = "recover" | "newest_copy";

export type Rescued = { damaged_kept_at: string, 
/**
 * For a recovery: what could not be saved, each in a sentence.
 */
lost: Array<string>, 
/**
 * For a copy: when it was made.
 */
copy_made: Timestamp | null, };

export type Backup = { path: string, 
/**
 * Why it was taken: "import", "restore", "v4" (before a migration from schema 4).
 */
reason: string, made: string, size: number, };

export type FoundText = { entries: Array<FoundEntry>, 
/**
 * History entries (earlier versions, who made them) that hold it.
 */
history_entries: number, 
/**
 * Labelled changes (an import's file name, who made it) that hold it.
 */
changes: number, 
/**
 * The copies kept beside the store that hold it.
 */
copies: Array<string>, };

export type FoundEntry = { kind: Kind, id: number, name: string, 
/**
 * The fields it occurs in, named in the interface's language.
 */
fields: Array<string>, };

export type ErasedText = { change: number, copies_rewritten: Array<string>, copies_removed: Array<string>, };

export type Change = { entry: HistoryEntry, changes: Array<ChangeInWords>, };

export type ImportRequest = { 
/**
 * The file the user chose or typed.
 */
path: string, 
/**
 * The organisation the rows belong to (created if missing).
 */
organisation: string | null, 
/**
 * Which layout the file is read as (`auto`: whichever fits best).
 */
preset: Preset, 
/**
 * `(header, field)` pairs: the user's changes to the mapping.
 */
mappings: Array<[string, string]>, dry_run: boolean, skip_invalid: boolean, 
/**
 * The sheets of a workbook to read (all when empty).
 */
sheets: Array<string>, 
/**
 * What to do with rows that match an activity already in the register...
 */
existing: Existing, 
/**
 * ...and, for some of those activities, something else.
 */
choices: Array<[number, Existing]>, 
/**
 * The window's language: the words of what an update changes.
 */
lang: Lang, };

export type ImportOutcome = { report: ImportReport, refused: Array<Issue>, 
/**
 * The fields a column can be mapped to, named in the request's language.
 */
fields: Array<FieldChoice>, };

export type ExportRequest = { format: ExportFormat, 
/**
 * For `xlsx`: ropa's, the CNIL's or the ICO's layout.
 */
layout: Layout, 
/**
 * The file the user chose or typed.
 */
path: string, organisation: number | null, controller: number | null, 
/**
 * The document's language.
 */
lang: Lang, 
/**
 * The register as it stood at the end of this day (YYYY-MM-DD).
 */
as_of: string | null, 
/**
 * The CSV's separator.
 */
delimiter: Separator, 
/**
 * The user said an existing file there may be replaced (asked, or chose it in the save
 * dialog, which asks); otherwise an existing file is refused with `file_exists`.
 */
replace: boolean, };

export type ExportSummary = { path: string, bytes: number, activities: number, };

export type ExportFormat = "pdf" | "csv" | "xlsx" | "html";

export type Separator = "," | ";";

export type FieldChoice = { field: Field, label: string, };

export type Report = { findings: Array<Finding>, 
/**
 * When the reference data (adequacy decisions, countries) were last checked.
 */
reference_checked: IsoDate, 
/**
 * More than a year before today: the law may have moved since.
 */
reference_stale: boolean, 
/**
 * Completeness of each activity, and of the register.
 */
scores: Array<ActivityScore>, register_score: Score, };

export type Finding = { 
/**
 * Stable identifier of the rule (`Rule::id`: "transfer-without-safeguard").
 */
rule: string, severity: Severity, kind: Kind, entity_id: number, 
/**
 * The entry's name, to say which one without looking it up.
 */
entity_name: string, organisation_id: number, 
/**
 * The field concerned, as a path into the entry ("transfers.0.safeguard"); empty for the
 * entry as a whole.
 */
field: string, 
/**
 * What the rule rests on ("Art. 46 GDPR" / "art. 46 RGPD" / "Art. 46 DSGVO"); empty when
 * nothing in law.
 */
article: Text, message: Text, hint: Text, };

export type Severity = "error" | "warning" | "info";

export type Text = { en: string, fr: string, de: string, };

export type Score = { filled: number, total: number, };

export type ActivityScore = { activity_id: number, score: Score, };

export type Choice = { code: string, value: unknown, en: string, fr: string, de: string, };

export type Overview = { organisations: Array<Organisation>, controllers: Array<Controller>, sites: Array<Site>, subprocessors: Array<SubProcessor>, measures: Array<Measure>, activities: Array<ActivitySummary>, 
/**
 * Errors and warnings of the checks, per organisation (all its entries).
 */
organisation_checks: Array<OrganisationChecks>, };

export type OrganisationChecks = { organisation_id: number, errors: number, warnings: number, 
/**
 * Its activities' scores together: the items filled over the items, of all of them (what
 * `checks::check` gives as `register_score` for its part of the register).
 */
score: Score, };

export type ActivityDetail = { activity: Activity, findings: Array<Finding>, };

export type Concept = { 
/**
 * ropa's key for it ("email_address"), or for a measure category ropa's code.
 */
key: string, 
/**
 * Its DPV identifier ("pd:EmailAddress").
 */
dpv: string, en: string, fr: string, 
/**
 * German (the table's last column; English until it is written).
 */
de: string, 
/**
 * For a data category: standard, special category (Art. 9(1)) or criminal offence (Art. 10).
 */
sensitivity: Sensitivity | null, };

export type ActivitySummary = { id: number, organisation_id: number, name: string, reference: string, role: Role, status: Status, updated_on: IsoDate | null, controller_ids: Array<number>, subprocessor_ids: Array<number>, measure_ids: Array<number>, 
/**
 * The ISO codes of the countries its data go to or are kept in (transfers, locations,
 * recipients), recognised ones only, without repeats.
 */
countries: Array<string>, 
/**
 * The codes of its Art. 6 legal bases ("consent", "other"...).
 */
bases: Array<string>, 
/**
 * Share of the Art. 30 items filled, those an error concerns not counted (see
 * `checks::checked_completeness`).
 */
score: Score, 
/**
 * How many findings of each severity the checks have on it.
 */
errors: number, warnings: number, };

export type Vocabularies = { roles: Array<Choice>, statuses: Array<Choice>, lawful_bases: Array<Choice>, special_conditions: Array<Choice>, sensitivities: Array<Choice>, recipient_kinds: Array<Choice>, safeguards: Array<Choice>, 
/**
 * How a processor may engage another (Art. 28(2)), for a contract.
 */
sub_processing: Array<Choice>, measure_categories: Array<Choice>, dpia_statuses: Array<Choice>, 
/**
 * The criteria of the guidelines on DPIA (codes of `data/dpia-criteria.tsv`).
 */
dpia_criteria: Array<Choice>, time_units: Array<Choice>, countries: Array<Country>, 
/**
 * Suggestions from the W3C Data Privacy Vocabulary; the fields they suggest for stay free
 * text.
 */
purposes: Array<Concept>, data_subjects: Array<Concept>, data_categories: Array<Concept>, };

export type Progress = { rows: number, done: number, total: number, };

export type ImportReport = { file: string, format: Format, 
/**
 * For a CSV file: its encoding and separator.
 */
encoding: Encoding | null, delimiter: string | null, 
/**
 * Each sheet of a workbook, or the CSV file alone, with what it was read as.
 */
sheets: Array<SheetReport>, 
/**
 * Data rows and fiches read.
 */
rows: number, created: Array<string>, updated: Array<string>, unchanged: Array<string>, 
/**
 * The first `PREVIEW_ROWS` rows of activities, each with its outcome.
 */
preview: Array<PreviewRow>, 
/**
 * Organisations, controllers, sub-processors, measures and sites a row named and the store
 * did not have, created by the import.
 */
added: Array<Named>, 
/**
 * Contacts read from a contact block (the ICO template's, the CNIL register's).
 */
contacts_read: Array<Text>, warnings: Array<Issue>, 
/**
 * Rows left out with `skip_invalid`.
 */
skipped: Array<Issue>, dry_run: boolean, 
/**
 * Where the store was copied before the import (none for a dry run).
 */
backup: string | null, 
/**
 * The label the history gives this import as one change ("Import of register.xlsx").
 */
change: string, };

export type Issue = { 
/**
 * The sheet of a workbook; empty for a CSV file.
 */
sheet: string, 
/**
 * The row as a spreadsheet numbers it.
 */
row: number, 
/**
 * The column's letter ("C"); empty for the whole row.
 */
letter: string, 
/**
 * The column's header; empty for the whole row or a column without one.
 */
column: string, value: string, 
/**
 * What is wrong, in each language.
 */
message: Text, };

export type MappedColumn = { header: string, 
/**
 * Its letter ("C"), or its label's row in a fiche ("row 12").
 */
letter: string, 
/**
 * The field it fills; `None` when it maps to nothing.
 */
field: Field | null, };

export type Named = { kind: Kind, name: string, };

export type PreviewRow = { sheet: string, 
/**
 * The row as a spreadsheet numbers it (a fiche's first row).
 */
row: number, 
/**
 * The activity's name, as it is (or would be) stored; as read for a refused row.
 */
name: string, outcome: RowOutcome, 
/**
 * The activity already in the register that this row matches, if any: what the user's
 * choice (update, keep, import as new) is about.
 */
existing: number | null, 
/**
 * What an update changes, field by field.
 */
changes: Array<ChangedField>, };

export type RowOutcome = "created" | "updated" | "unchanged" | "merged" | "kept" | "refused";

export type ChangedField = { field: Field, label: string, before: string, after: string, };

export type SheetReport = { 
/**
 * The sheet's name; empty for a CSV file.
 */
name: string, kind: SheetKind, hidden: boolean, 
/**
 * Why it was read as it was, or left out, in words (empty when its kind says it all).
 */
detail: Text, 
/**
 * For a register list: the table and the layout its header fits.
 */
table: Table | null, preset: Preset | null, 
/**
 * The header row (the lower one of a two-row header), or 0.
 */
header_row: number, 
/**
 * The columns (or, for a fiche, its labels) and the field each fills.
 */
columns: Array<MappedColumn>, 
/**
 * Headers that map to no field: their cells are kept in the notes under the header.
 */
in_notes: Array<string>, 
/**
 * Headers whose lists the file separates with commas.
 */
comma_lists: Array<string>, 
/**
 * The template's own words found on the sheet (titles, instructions, links to guides,
 * contact-block labels, drop-down prompts): layout, not data, and said so here.
 */
template: Array<string>, 
/**
 * Data rows read (blank and junk rows aside).
 */
rows: number, 
/**
 * The non-empty cells the sheet holds.
 */
cells: number, };

export type SheetKind = "register" | "fiche" | "lists" | "help" | "blank_template" | "example" | "empty" | "unrecognised" | "left_out";

export type Existing = "update" | "keep" | "new";

export type Encoding = "utf8" | "utf8_bom" | "utf16_le" | "utf16_be" | "windows1252";

export type Preset = "auto" | "ropa" | "ico" | "cnil" | "dsk" | "generic";

export type Table = "activities" | "organisations" | "sites" | "controllers" | "sub_processors" | "measures";

export type Field = "id" | "organisation" | "reference" | "name" | "description" | "role" | "status" | "controllers" | "joint_controllers" | "purposes" | "legal_bases" | "special_bases" | "criminal_basis" | "data_subjects" | "data_categories" | "source" | "recipients" | "locations" | "transfers" | "no_transfers" | "retention" | "measures" | "sub_processors" | "dpia_required" | "dpia_status" | "dpia_reference" | "dpia_criteria" | "automated_decisions" | "automated_decisions_detail" | "rights" | "owner" | "software" | "created_on" | "updated_on" | "last_review" | "next_review" | "notes" | "internal_recipients" | "external_recipients" | "processor_recipients" | "transfer_countries" | "transfer_safeguards" | "special_data" | "legitimate_interest" | "legitimate_interest_assessment" | "consent_record" | "note_line";

export type Format = "csv" | "xlsx" | "xls" | "ods";

export type Layout = "ropa" | "cnil" | "ico";

export type Lang = "en" | "fr" | "de";

export type NoticePreview = { client_id: number, client: string, 
/**
 * Whom it goes to: the notification contact (or the client's contact), in one line.
 */
recipient: string, changes: number, 
/**
 * Where it starts, in words ("since our notice of …").
 */
period: string, 
/**
 * The whole notice, as its text file and the record of it keep it.
 */
text: string, };

export type SentNotice = { sent_on: IsoDate | null, 
/**
 * The changes it covered are those the history holds up to this time; the next notice
 * starts after it. None: those the history held when the notice entered the register.
 */
through: Timestamp | null, 
/**
 * How many changes it listed.
 */
changes: number, 
/**
 * Its text, as it was sent.
 */
text: string, };
