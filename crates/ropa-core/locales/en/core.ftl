# The record of processing activities (the PDF): its titles, labels and notes.

pdf-title-controller = Record of processing activities — Article 30(1) GDPR
pdf-title-processor = Record of all categories of processing activities carried out on behalf of a controller — Article 30(2) GDPR
pdf-title-both = Record of processing activities — Article 30(1) and (2) GDPR
pdf-title-extract = Extract of the record of processing activities carried out on behalf of the controller — Article 30(2) GDPR
pdf-running = Record of processing activities (GDPR Article 30)
pdf-fingerprint-note-extract = Two copies of this extract with the same fingerprint hold the same content.
pdf-all-measures = All the measures of Annex B
pdf-col-place = Country and place
pdf-part-for = Part concerning the controller:
pdf-roles = Acting as
pdf-role-controller = controller
pdf-role-processor = processor
pdf-address = Address
pdf-registration = Registration number
pdf-contact = Contact
pdf-dpo = Data protection officer
pdf-representative = Representative in the Union (Art. 27)
pdf-representative-not-required = Not required (established in the EU/EEA)
pdf-generated = Generated on
pdf-last-change = Register last changed on
pdf-completeness = { $percent }% of the Article 30 items recorded ({ $filled } of { $total }, over the activities in this document)
pdf-completeness-label = Completeness
pdf-fingerprint = Content fingerprint
pdf-fingerprint-note = Two copies with the same fingerprint hold the same register.
pdf-contents = Contents
pdf-page = Page
pdf-controller-record = Controller record — Article 30(1)
pdf-processor-record = Processor record — Article 30(2)
pdf-annexes = Annexes
pdf-annex-subprocessors = Annex A — Sub-processors by site or region
pdf-annex-processors = Annex A — Processors by site or region
pdf-processors = Processors
pdf-annex-measures = Annex B — Technical and organisational security measures
pdf-annex-transfers = Annex C — Transfers to third countries or international organisations
pdf-not-recorded = Not recorded
pdf-no-controller = Controller not recorded
pdf-a1-controller = (a) Name and contact details of the controller
pdf-a1-joint = (a) Joint controllers
pdf-b1-purposes = (b) Purposes of the processing
pdf-c1-subjects = (c) Categories of data subjects
pdf-c1-data = (c) Categories of personal data
pdf-d1-recipients = (d) Categories of recipients
pdf-e1-transfers = (e) Transfers to third countries or international organisations
pdf-f1-erasure = (f) Time limits for erasure
pdf-g1-security = (g) Technical and organisational security measures
pdf-a2-processor = (a) Name and contact details of the processor
pdf-a2-controller = (a) Controller on whose behalf the processor acts
pdf-b2-processing = (b) Categories of processing carried out on behalf of the controller
pdf-c2-transfers = (c) Transfers to third countries or international organisations
pdf-d2-security = (d) Technical and organisational security measures
pdf-other = Other information
pdf-legal-basis = Lawful basis (Art. 6(1))
pdf-special-basis = Condition for special-category data (Art. 9(2))
pdf-locations = Processing and storage locations
pdf-subprocessors = Sub-processors
pdf-dpia = Data protection impact assessment
pdf-dpia-not-required = not required
pdf-dpia-required = required
pdf-dpia-criteria = criteria met (WP248)
pdf-yes = Yes
pdf-no = No
pdf-status = Status
pdf-description = Description
pdf-created = Record created on
pdf-updated = Record last updated on
pdf-last-review = Last reviewed on
pdf-next-review = Next review due on
pdf-col-subprocessor = Sub-processor
pdf-col-site = Site or region
pdf-col-country = Country
pdf-col-purpose = Purpose
pdf-col-safeguard = Safeguard
pdf-col-measure = Measure
pdf-col-category = Category
pdf-col-description = Description
pdf-col-activity = Activity
pdf-col-recipient = Recipient
pdf-all-sites = All sites
pdf-no-safeguard = No safeguard recorded
pdf-no-transfers = None: no personal data go to a third country or an international organisation
pdf-special-flag = special category
pdf-criminal-flag = criminal offences
pdf-processor-basis = For the controller to decide (processor activity)
pdf-international-organisation = international organisation
pdf-scc-module = module
pdf-impact-assessment = transfer impact assessment
pdf-contracts = Data processing agreements (Art. 28(3) and (4))
pdf-contract-client = client (controller)
pdf-contract-subprocessor = sub-processor
pdf-contract-processor = processor
pdf-contract-signed = signed on
pdf-contract-objection = objection period
pdf-col-party = With
pdf-col-agreement = Agreement
pdf-col-ends = Ends or renews on
pdf-col-sub-processing = Sub-processing (Art. 28(2))
pdf-col-document = Signed document

page-of = Page { $page } of { $pages }

# Words the files and the history share.

international-organisation = International organisation
period-days = { $n } { $n ->
        [one] day
       *[other] days
    }
period-weeks = { $n } { $n ->
        [one] week
       *[other] weeks
    }
period-months = { $n } { $n ->
        [one] month
       *[other] months
    }
period-years = { $n } { $n ->
        [one] year
       *[other] years
    }
retention-from = from
comment-on = Comment on { $on }: { $text }
not-applicable = Not applicable


# What an import says of what it read: warnings and errors on cells, rows and sheets. A value
# from the file is quoted as the file wrote it.

import-change = Import of { $file }
contact-role-controller = controller contact
contact-role-dpo = data protection officer
contact-role-representative = representative
value-legal-basis = legal basis
value-special-condition = Art. 9 condition
value-recipient-kind = recipient kind
value-safeguard = safeguard
value-sub-processing = way of engaging sub-processors
import-not-scc-module = '{ $text }' is not a module of the standard contractual clauses (1 to 4); not read
import-not-known-yet = '{ $text }' says the value is not known yet: the field is left empty (the checks will ask for it) and the words kept in the notes
import-not-an-id = '{ $text }' is not an ID (a whole number)
import-not-a-role = '{ $text }' is not a role (Controller or Processor); read as Controller
import-not-a-status = '{ $text }' is not a status (Draft, Active, Retired); read as Draft
import-not-a-sensitivity = '{ $text }' is not a sensitivity; read as standard
import-not-a-period = '{ $text }' is not a period such as "3 years"
import-not-a-dpia-status = '{ $text }' is not a DPIA status; kept in the DPIA reference
import-not-a-dpia-criterion = '{ $text }' is not one of the nine criteria of the guidelines on DPIA; not read
import-unknown-value = '{ $text }' is not a { $what } ropa knows; kept as written
import-unknown-country = '{ $text }' is not a country ropa knows; kept as written
import-not-yes-or-no = '{ $text }' is neither yes nor no ({ $what }); left unanswered
import-read-as-yes-no = '{ $text }' read as { $read } ({ $what }); the rest of it is not kept
import-neither-yes-nor-no = '{ $text }' is neither Yes nor No ({ $what })
import-not-a-headcount = '{ $text }' is not a number of persons (Headcount)
import-not-a-notice = '{ $text }' is not part of a notice as ropa writes it (sent on | changes covered up to | how many changes | text)
import-not-a-measure-category = '{ $text }' is not a measure category; read as Other
import-no-such-date = '{ $text }' is not a date that exists
import-not-a-date = '{ $text }' is not a date (write it as YYYY-MM-DD or DD/MM/YYYY)
import-kept-in-notes = { $what }; kept in the notes
import-spreadsheet-error = the cell holds a spreadsheet error ({ $error }); left empty
import-formula-without-result = the cell holds a formula (={ $formula }) whose result the file does not store; left empty (open the file in Excel or LibreOffice and save it, to store the results)
import-comments-unreadable = the sheet's comments could not be read ({ $detail }); they are not imported
import-contact-kept = the file gives the { $role } as "{ $given }"; the organisation's ("{ $kept }") is kept
import-no-organisation = the row names no organisation; give one with --org NAME
import-no-organisation-in = the row names no organisation; give one with --org NAME ({ $file })
import-organisation-from-contacts = no organisation given: the activities are recorded for "{ $organisation }", the controller the contact block names (give --org NAME to choose another)
import-id-of-another-organisation = ID { $id } is an activity of another organisation
import-reference-taken = the reference '{ $reference }' is also that of '{ $other }' ({ $at }): references tell activities apart, give each its own
import-also-on-sheet = '{ $name }' is also on sheet "{ $sheet }" (row { $row }): read as one activity, its lists united; give the rows different names if they are two activities
import-differs-in = { $field }: "{ $there }" on { $at }, "{ $here }" here
import-same-name-differs = this row and { $at } name the same activity '{ $name }' but differ in { $differences }; make them agree, or give the rows different names
import-repeats = repeats what { $at } says of '{ $name }'; merged
import-list-and-fiche = { $field }: the list says "{ $list }", the fiche (sheet "{ $sheet }", row { $row }) "{ $fiche }"; the fiche's is kept
import-conflict-start = a version-control conflict begins here (<<<<<<<); this marker row is skipped
import-conflict-end = a version-control conflict ends here (>>>>>>>); this marker row is skipped
import-conflict-marker = a version-control conflict marker (=======); skipped
import-separator-row = a row of nothing but separators; skipped
import-header-repeated = the header row repeated; skipped
import-total-line = a total line ("{ $text }"), not an activity; skipped
import-inside-conflict = this row lies inside a version-control conflict (from row { $start }): the file holds two versions of these rows and both were read; check which one is right
import-continues = no name of its own: read as more of '{ $name }' (row { $row }) above, as a row per data category or a merged name cell says
import-continues-refused = continues '{ $name }' (row { $row }), which is refused: correct that row first
import-nameless = an activity needs a name or a purpose; this row has neither
import-nameless-below = an activity needs a name or a purpose; this row has neither, and adds to no list of '{ $name }' (row { $row }) above, so it does not continue it: give it a name, or put its values on row { $row }
import-fiche-nameless = the fiche gives no name and no purpose: an activity needs one
import-comment-not-imported = a comment on a row that is not an activity; not imported
import-comment-outside = a comment on a cell outside the activities' rows; not imported
import-forbidden-removed = control or text-direction characters removed ({ $characters }): a register does not keep them
import-no-activity-in-row = a row with no activity in it (no name, no purpose); this cell was not imported
import-no-activity = no activity in this row
import-dated-from-review = no creation date: the record is dated from its last review ({ $reviewed })
import-template-example = the template's own example ("{ $name }"), not an activity of yours; skipped
import-above-header = above the header row, and not a contact detail ropa reads; not imported
import-not-a-column-of = not a column of ropa's { $file } file; not imported
import-sheet-not-asked = left out: not among the sheets asked for
import-sheet-blank-fiche = the register's blank fiche: nothing filled in; left out
import-sheet-example = the template's own example ("{ $name }"); left out
import-sheet-fiche-of = the fiche of "{ $name }"
import-sheet-activities = a list of activities, header on row { $row }
import-sheet-table = ropa's { $table } table
import-sheet-lists = the lists of the template's drop-down menus; left out
import-sheet-help = help text; left out
import-sheet-no-header = no header row found in its first { $rows } rows (expected column names such as "Name", "Purposes" or "Nom du traitement"); not read
import-sheet-not-read = this sheet was not read: no header row found in its first { $rows } rows; its { $cells } cells are not imported (name its columns, or choose its header with --map)
import-sheet-hidden = this sheet is hidden in the workbook, yet holds activities: they were read as in force; if they are retired, change their status or leave the sheet out (--sheet)
import-sheet-joined = , joined to its row in "{ $list }" (row { $row })
import-invalid = { $file }: { $count ->
        [one] { $count } row is
       *[other] { $count } rows are
    } invalid; nothing was imported:
import-more-invalid = … and { $count } more

# What went wrong (errors), and what is wrong with what was given (invalid fields). A detail the
# system or SQLite gives is quoted as it comes.

error-invalid = { $entity } is invalid: { $fields }
error-not-a-store = { $path }: not a ropa store ({ $reason }); the file was left untouched
error-newer-store = { $path }: written by a newer version of ropa (store schema { $found }, this version knows up to { $supported }); the file was left untouched
error-locked-by = { $path }: { $holder } is writing to the store, and did not finish in { $waited } seconds; nothing was written: try again when it has finished
error-locked = { $path }: another program is writing to the store, and did not finish in { $waited } seconds; nothing was written: try again when it has finished
error-read-only = { $path }: the store is read-only here ({ $reason }); nothing was written. To change the register, copy the file to a folder you can write to and open the copy
error-changed-elsewhere = { $entity } was changed by { $by } at { $at } since you opened it{ $fields }; nothing was written: reload it to see that change, or save yours over it
error-deleted-elsewhere = { $entity } was deleted by { $by } at { $at } since you opened it{ $fields }; nothing was written: reload it to see that change, or save yours over it
error-io = { $path }: { $message }
error-full = { $path }: the disk is full (or the file would grow larger than the system allows): nothing was written; free some space and try again
error-disk = { $path }: the disk could not be written or read ({ $detail }); nothing was written: check the disk and the space left on it, then try again
error-not-found = no { $kind } with ID { $id }
error-corrupt = { $path }: the store is damaged ({ $detail }); nothing was written to it. To get the register back, `ropa recover { $path }` saves what can still be read into a new store, and `ropa --db { $path } backups` lists the copies kept beside it
error-database = { $path }: database error: { $detail }
error-no-name-given = no { $kind } name given
error-nothing-matches = no { $kind } matches '{ $query }'
error-several-match = '{ $query }' matches more than one { $kind }: { $names }; give more of the name
error-no-organisation-yet = the register holds no organisation yet
error-choose-organisation = the store holds several organisations ({ $names }): choose one
error-not-a-client = { $client } is not a client of { $organisation }
error-no-such-change = there is no change { $id } (`ropa history` numbers them)
error-change-undone-already = change { $id }, "{ $label }", was taken back already (by change { $by })
error-nothing-to-undo = no change { $id } to undo
error-no-such-version = no change { $seq } in the history of { $kind } { $id }
io-disk-full = the disk is full: nothing was written; free some space and try again
io-too-large = the file would be larger than the system allows: nothing was written
io-permission-denied = permission denied: this file or folder cannot be written or read by you
io-read-only = the disk is read-only: nothing can be written there
invalid-name-required = a name is required
invalid-forbidden-characters = holds control or text-direction characters ({ $characters }) that a register does not keep; remove them
invalid-dpia-criterion = '{ $code }' is not one of the criteria of the guidelines on DPIA
invalid-scc-module = the standard contractual clauses have modules 1 to 4
invalid-zero-period = a period of zero needs a note saying what it means ("no storage")
invalid-no-transfers-yet-some = the record states there are no transfers, yet lists some: remove them or the statement
invalid-review-before-creation = the last review is before the record was created
invalid-too-long = text longer than { $bytes } bytes
invalid-erase-too-short = give at least { $count } characters: a shorter text would match all over the register
invalid-undo-changed-since = cannot be taken back in one step: { $entries } changed again since; take the later changes back first (`ropa history` lists them), or restore each entry from its history
invalid-id-taken = ID { $id } is not free
invalid-other-organisation = an entry cannot move to another organisation
invalid-still-used = still used by { $uses }
invalid-no-organisation = no organisation with ID { $id }
invalid-name-taken = another { $kind } is already named '{ $name }' (ID { $id })
invalid-push-organisation-exists = { $server } has an organisation named '{ $name }' already: a register is pushed beside the server's, not into it (import its spreadsheets instead, or rename one)
invalid-listed-twice = ID { $id } is listed twice
invalid-no-such-entry = no { $kind } with ID { $id }
invalid-entry-of-other-organisation = { $kind } { $id } belongs to another organisation
error-file-exists = { $path } exists already; nothing was written
error-notice-changed = The register changed since this notice was prepared; it is shown again as it now reads: read it, then record it.
error-not-exported = { $path } was not exported here
invalid-exists-already = exists already
opened-created = created a new store at { $path }
opened-migrated = upgraded the store from schema { $from } to { $to }; the previous file was copied to { $backup }
opened-read-only = { $path }: opened for reading only ({ $reason }): the register can be read and exported, not changed
opened-recovered = { $path }: the last change did not finish (ropa was stopped during it); it was undone, and the register is as it was before it
io-not-found = no such file or folder
import-no-such-sheet = the workbook has no sheet named "{ $sheet }"; its sheets are { $sheets }
import-no-header = no header row found in the first { $rows } rows (expected column names such as "Name", "Purposes", "Purpose of processing" or "Nom de l'activité")
import-map-not-a-field = --map '{ $header }={ $field }': '{ $field }' is not a field; use one of: { $fields }, notes, ignore
import-map-no-column = --map '{ $header }={ $field }': the file has no column '{ $header }'
import-no-register = no sheet holds a register ropa can read ({ $sheets }); a register list needs a header row with column names such as "Name" or "Purposes"
error-server-address = { $address }: { $problem }
error-unreachable = { $server }: the server cannot be reached ({ $detail }); nothing was written
error-server = { $server }: the server refused it ({ $detail }); nothing was written
server-url-scheme = a server store's address begins with postgres://
server-url-no-user = give the user before the host: postgres://USER@HOST/DATABASE
server-url-no-database = give the database after the host: postgres://USER@HOST/DATABASE
server-url-host = give the server's host: postgres://USER@HOST/DATABASE
server-url-port = '{ $port }' is not a port (1 to 65535)
server-url-sslmode = sslmode '{ $mode }': use disable, prefer, require, verify-ca or verify-full
server-url-parameter = '{ $parameter }' is not a parameter ropa reads; only sslmode is
server-url-password = the address holds a password, which would stay in the shell's history and the list of processes: give it in PGPASSWORD instead, or let ropa ask for it
error-written-meanwhile = { $server }: another person wrote to the register at the same moment; nothing of this change was written: try again
error-denied = { $server }: you may not do this here ({ $detail }); ask the register's administrator for the right; nothing was written
error-older-server = { $server } is a store of schema { $found }, older than this ropa's ({ $supported }): ask your administrator to run `ropa admin upgrade`; nothing was changed
error-file-only = { $server } is a register on a server: this is done on a file store (copies, recovery and erasure on the server are its administrator's work)
admin-no-role = { $server } has no role '{ $role }': the server's administrator creates it first (CREATE ROLE … LOGIN)
profile-none = { $file } holds no profile: write one a line, NAME = postgres://USER@HOST/DATABASE
profile-unknown = no profile '{ $name }' in { $file } (its profiles: { $names })

# A notice of changes to sub-processors, for a client (Art. 28(2)).

notice-title = Notice of changes to sub-processors
notice-to = To
notice-from = From
notice-date = Date
notice-change = Change
notice-before = Before
notice-after = After
notice-activities = Activities concerned
notice-intro = { $changes ->
    [one] One change
   *[other] { $changes } changes
} to the sub-processors of the processing carried out on your behalf, { $period }:
notice-since-date = since { $date }
notice-since-notice = since our notice of { $date }
notice-since-last-notice = since our last notice
notice-since-contract = since the agreement of { $date }
notice-since-beginning = since the register began
notice-no-change = No change to the sub-processors { $period }.
notice-objection = Under the agreement, you may object to a change within { $period }.
notice-objection-unknown = The agreement's period to object is not recorded in the register.
notice-added = { $name } added as a sub-processor
notice-removed = { $name } no longer a sub-processor
notice-replaced = { $old } replaced by { $name }
notice-changed = { $name } changed
notice-transfer-added = Transfer added: { $name }
notice-transfer-changed = Transfer changed: { $name }
notice-transfer-removed = Transfer ended: { $name }
notice-legal-name = legal entity
notice-country = country
notice-service = service
notice-every-site = every site
notice-no-safeguard = no safeguard recorded
notice-scc-module = SCC module

# The public list of sub-processors.

sublist-title = Sub-processors of { $organisation }
sublist-updated = Last changed on { $date }.
sublist-empty = No sub-processor is recorded.
sublist-intro = The sub-processors engaged in processing personal data on our clients' behalf, by site or region: what each does, where it processes the data, and on what basis data leave the European Economic Area.
sublist-every-site = Every site and region
sublist-col-name = Sub-processor
sublist-col-service = Service
sublist-col-country = Where
sublist-col-mechanism = Transfer mechanism
sublist-col-changed = Last changed
sublist-within-eea = Within the EU/EEA: no transfer
sublist-not-recorded = Not recorded
sublist-generated = Made from { $organisation }'s record of processing activities on { $date }.
