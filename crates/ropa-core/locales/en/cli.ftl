# The command line's words: what `ropa` says as it works, and `ropa show`'s labels.

# `ropa show`: one activity in the terminal.

show-activity = Activity { $id }: { $name }
show-organisation = Organisation
show-role = Role
show-status = Status
show-description = Description
show-controllers = Controllers (Art. 30(2)(a))
show-joint-controllers = Joint controllers (Art. 30(1)(a))
show-purposes = Purposes (Art. 30(1)(b))
show-categories-of-processing = Categories of processing (Art. 30(2)(b))
show-legal-basis = Legal basis (Art. 6(1))
show-legal-basis-processor = the controller's to decide (processor activity)
show-evidence-record = record: { $evidence }
show-special-bases = Art. 9(2) conditions
show-data-subjects-30 = Data subjects (Art. 30(1)(c))
show-data-subjects = Data subjects
show-personal-data-30 = Personal data (Art. 30(1)(c))
show-personal-data = Personal data
show-recipients-30 = Recipients (Art. 30(1)(d))
show-recipients = Recipients
show-locations = Locations
show-transfers-30-1 = Transfers (Art. 30(1)(e))
show-transfers-30-2 = Transfers (Art. 30(2)(c))
show-no-transfers = none: no personal data go to a third country or an international organisation
show-no-safeguard = no safeguard recorded
show-transfer = { $recipient } in { $country }: { $safeguard }
show-transfer-country = { $country }: { $safeguard }
show-retention = Retention (Art. 30(1)(f))
show-retention-processor = Retention
show-measures-30-1 = Security measures (Art. 30(1)(g))
show-measures-30-2 = Security measures (Art. 30(2)(d))
show-subprocessors = Sub-processors
show-processors = Processors
show-dpia = DPIA
show-dpia-not-required = not required
show-dpia-required-no-progress = required, progress not recorded
show-dpia-required = required, { $status }
show-none = none
show-yes = yes
show-created = Created
show-updated = Updated
show-last-review = Last review
show-next-review = Next review
show-not-recorded = Not recorded
show-kind-not-recorded = kind not recorded
show-as-written = { $text } (as written)

# What `ropa` says as it works.

cli-cannot-write = cannot write the output: { $error }
cli-no-data-dir = no data directory is known for this user; give the store with --db PATH
cli-dry-run-empty = { $path } does not exist yet; the dry run uses an empty store and creates nothing
cli-value-empty = (empty)
count-activity = { $count ->
        [one] { $count } activity
       *[other] { $count } activities
    }
count-organisation = { $count ->
        [one] { $count } organisation
       *[other] { $count } organisations
    }
count-site = { $count ->
        [one] { $count } site
       *[other] { $count } sites
    }
count-controller = { $count ->
        [one] { $count } controller
       *[other] { $count } controllers
    }
count-sub-processor = { $count ->
        [one] { $count } sub-processor
       *[other] { $count } sub-processors
    }
count-measure = { $count ->
        [one] { $count } security measure
       *[other] { $count } security measures
    }
count-entry = { $count ->
        [one] { $count } entry
       *[other] { $count } entries
    }
demo-added = Added the example register of { $organisation }.
demo-kept = { $organisation } is already in the store; left as it is.
list-empty = No processing activities yet. `ropa demo` loads an example register.
list-id = ID
list-organisation = ORGANISATION
list-role = ROLE
list-status = STATUS
list-name = NAME
history-empty = No changes recorded yet.
history-change = — change { $id }: { $label }
history-entry = { $action } { $kind } { $id } "{ $label }"
recover-saved = Saved into { $path }: { $saved } ({ $entries ->
        [one] { $entries } history entry read
       *[other] { $entries } history entries read
    }; recorded there as change { $change }).
recover-nothing = nothing
recover-unreadable-one = Could not read history entry { $from }.
recover-unreadable = Could not read history entries { $from } to { $to }.
recover-lost = Not saved: { $what }
recover-all = Everything the store's history holds was saved. Check it with `ropa --db { $path } list`.
recover-compare = Compare with the newest copy (`ropa --db { $path } backups`) before using the new store.
backups-none = No copies of { $path } yet: one is taken before each import and migration.
backups-title = Copies of { $path } (the newest { $kept } are kept; `ropa restore FILE` puts one back):
backups-import = before an import
backups-restore = before a restore
backups-upgrade = before the upgrade from schema { $version }
backups-other = before: { $reason }
purge-too-short = give at least { $count } characters to erase (a name, an e-mail address, a phone number): a shorter text would match all over the register
purge-absent = "{ $text }" does not occur in the register, its history or the copies beside it.
purge-occurs = "{ $text }" occurs in:
purge-entry = { $kind } "{ $name }" (ID { $id }): { $fields }
purge-history = { $count ->
        [one] { $count } entry
       *[other] { $count } entries
    } of the history (earlier versions of entries, and who made them)
purge-changes = { $count ->
        [one] { $count } labelled change
       *[other] { $count } labelled changes
    } (an import's file name, who made it)
purge-copy = the copy { $path }
purge-ask = Nothing was changed. To erase it from all of these (replaced by "[erased on DATE]"), run again with --yes.
purge-done = Erased. The store was rewritten so that the old bytes are gone from it; the erasure is recorded as change { $change } (without the text).
purge-rewritten = Rewritten the same way: { $path }
purge-removed = Removed (a copy ropa cannot rewrite: of an older version, or damaged): { $path }
purge-outside = Files outside the store are not changed: the spreadsheets you imported and the exports already made still hold it; delete or edit them yourself. The same data written otherwise ("06 12 …" for "+33 6 12 …") is another text to erase.
restore-no-copy = { $path }: no such copy of the store (`ropa backups` lists them)
restore-done = Restored { $path }: { $count ->
        [one] { $count } entry
       *[other] { $count } entries
    } changed, recorded as change { $change } (`ropa undo` takes it back). The store as it was is copied to { $copy }.
undo-no-change = there is no change { $id } (`ropa history` numbers them)
undo-nothing-left = there is no change left to take back
undo-done = Took back change { $id }, "{ $what }": { $count ->
        [one] the entry it wrote is as it was
       *[other] the { $count } entries it wrote are as they were
    } before it.
progress-pdf = Writing the PDF
progress-workbook = Writing the workbook
progress-export = Exporting
progress-import = Importing
export-pdf-done = Wrote the record of { $organisation } to { $path } ({ $size } bytes).
export-done = Wrote { $what } to { $path }.
export-xlsx-name = Note: the file is an Excel workbook (.xlsx) whatever its name; name it .xlsx for spreadsheet applications to open it.
import-not-kept = nothing was imported; the new store at { $path } was not kept
import-left-out = Left out: { $file } is not one of ropa's files; import it on its own (`ropa import FILE`).
import-csv = { $file }: { $encoding }, separator { $separator }, { $layout } ({ $table }), header on row { $row }.
import-tab = tab
import-workbook = { $file }: { $format }, { $count ->
        [one] { $count } sheet
       *[other] { $count } sheets
    }:
import-sheet = "{ $name }"{ $hidden }: { $detail }{ $layout }{ $rows }.
import-hidden = { " " }(hidden)
import-sheet-rows = ; { $count ->
        [one] { $count } row
       *[other] { $count } rows
    }
import-nothing = Nothing to import: no data rows.
import-warning = Warning: { $issue }
import-in-notes = Column "{ $column }"{ $on } has no field of its own: kept in the notes (or map it with --map '{ $column }=field').
import-in-notes-unnamed = A column without a header{ $on } has no field of its own: kept in the notes.
import-on-sheet = { " " }(sheet "{ $sheet }")
import-comma-lists = Column "{ $column }"{ $on } separates its items with commas: read as lists.
import-contact = Read from the contact block: { $contact }.
import-would = { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    } read: would create { $created }, update { $updated }, leave { $unchanged } unchanged{ $refused }{ $skipped }.
import-done = { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    } read: { $created } created, { $updated } updated, { $unchanged } unchanged{ $skipped }.
import-refused = , refuse { $count }
import-skipped = , { $count } skipped
import-would-create = would create: { $name }
import-would-update = would update: { $name }
import-more-create = … and { $count } more to create
import-more-update = … and { $count } more to update
import-added = Added { $kind }: { $name }
import-would-add = Would add { $kind }: { $name }
import-more-warnings = … and { $count } more warnings
import-skipped-row = Skipped: { $issue }
import-backup = The store was copied to { $path } before the import.
import-dry-run = Dry run: nothing was written.
import-one-change = The history records this as one change, "{ $change }" (`ropa undo` takes it back).
progress-rows = { $count ->
        [one] { $count } row
       *[other] { $count } rows
    }
admin-created = { $server } is now a ropa store (schema { $schema }): ropa's tables were created.
admin-already = { $server } is a ropa store already (schema { $schema }); nothing was changed.
admin-needs-server = ropa admin, push and pull work on a server store: give it with --db postgres://USER@HOST/DATABASE
cli-password = Password of { $user } on { $server }:
admin-access-read = { $role } may read the register of { $organisation }.
admin-access-write = { $role } may read and change the register of { $organisation }.
admin-access-none = { $role } may no longer use any register of { $server }.
admin-upgraded = { $server } was brought from server version { $from } to { $to }.
admin-up-to-date = { $server } is up to date (server version { $version }); nothing was changed.
push-done = Copied { $entries } entries and { $history } history entries of { $file } into { $server }.
pull-done = Copied { $entries } entries and { $history } history entries of { $server } into { $file }.

notice-format = { $path }: a notice is written as .pdf, .txt (an e-mail's body) or .csv
notice-written = Wrote the notice to { $client } of { $changes ->
    [one] one change
   *[other] { $changes } changes
} { $period } to { $path }.
notice-written-none = No change to the sub-processors of { $client } { $period }; the notice saying so is in { $path }.
notice-recorded = Recorded as sent to { $client } on { $date }: the next notice starts after it.

sublist-format = { $path }: the list of sub-processors is written as .html or .pdf
sublist-which-org = the store holds several organisations: say whose list it is with --org NAME
sublist-done = Wrote the sub-processors of { $organisation } ({ $lines ->
    [one] one service
   *[other] { $lines } services
}) to { $path }.
duplicated = Created activity { $id } “{ $name }”, a copy of { $from } “{ $original }”, as a draft.
