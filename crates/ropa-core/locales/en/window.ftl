# The window's words in English (the desktop app; the PDF, checks and command line are in
# core.ftl and checks.ftl). The window reads this file with @fluent/bundle (ui/src/lib/i18n.ts);
# the ids are its message keys, and ui/src/lib/messages.ts, generated from this English file, names
# them for TypeScript (`npm run messages` in ui/ after adding or removing one).
#
# A number that chooses a word is a select on `$count`: `[one]` and `*[other]` each on its line.
# Write plain spaces: a count that opens a message is kept with the word after it, and French
# spacing is added by the window.

appTitle = Records of processing activities
activities = Processing activities
noOrganisations = This register is empty.
noOrganisationsHint = Load the example register to look around, import the spreadsheet you keep today, or start with your organisation.
noActivities = No processing activities recorded for this organisation yet.
name = Name
role = Role
status = Status
controller = Controller
processor = Processor
dpo = Data protection officer
notRecorded = Not recorded
controllers = Controllers (clients)
subprocessors = Sub-processors
measures = Security measures
store = Store
storeRecovered = The last change to the register did not finish (ropa was stopped during it, by a crash or a power cut). It was undone: the register is as it was before it.
understood = Understood
close = Close
headcount = Persons employed (Art. 30(5))
deleteActivityQuestion = Delete “{ $name }” from the register? Its history keeps every version, and it can be restored from there.
deleteEntryQuestion = Delete “{ $name }”? Its history keeps every version, and it can be restored from there.
keepIt = Keep it
replaceQuestion = { $path } exists already. Replace it with this export?
replaceFile = Replace it
dpiaCriteria = Criteria of the guidelines on DPIA (WP248) the processing meets
internationalOrganisation = International organisation
sccModule = Module
sccModule1 = controller to controller
sccModule2 = controller to processor
sccModule3 = processor to processor
sccModule4 = processor to controller
impactAssessment = Transfer impact assessment (where)
impactAssessmentOn = Transfer impact assessment: date
erase = Erase a person's data
eraseTitle = Erase a person's data
eraseHint = When the law requires it (GDPR Art. 17), a name, an e-mail address or a phone number can be erased from the whole register: its entries, its history and the copies kept beside the store. Where it occurs is shown first.
eraseText = Name, e-mail address or phone number
eraseFind = Find where it occurs
eraseWhere = Where it occurs
eraseWhereText = “{ $text }” occurs in:
eraseNowhere = “{ $text }” does not occur in the register, its history or the copies beside it.
eraseInHistory = { $count ->
        [one] { $count } history entry (an earlier version, who made it)
       *[other] { $count } history entries (earlier versions, who made them)
    }
eraseInChanges = { $count ->
        [one] { $count } labelled change (an import’s file name, who made it)
       *[other] { $count } labelled changes (an import’s file name, who made it)
    }
eraseInCopy = the copy
eraseRun = Erase it everywhere…
eraseQuestion = “{ $text }” will be replaced by “[erased on DATE]” everywhere above, and the files rewritten so that it cannot be read back. This cannot be undone. Erase it?
eraseConfirm = Erase
eraseDone = Erased. The store was rewritten; copies rewritten: { $rewritten }, removed: { $removed }. The history records the erasure, without the text. Files outside the store (the spreadsheets you imported, exports already made) still hold it: delete or edit them yourself.
readOnlyStore = This store can only be read here (a read-only disk or folder, or a file you may not change): you can look through the register and export it, not change it. To change it, copy the file to a folder you can write to and open the copy.
outsideChanges = { $count ->
        [one] Another program changed this register ({ $users }, { $when }): one entry. The list now shows it.
       *[other] Another program changed this register ({ $users }, { $when }): { $count } entries. The list now shows them.
    }
conflictChanged = { $by } changed this entry on { $when }, after you opened it. Nothing was saved.
conflictDeleted = { $by } deleted this entry on { $when }, after you opened it. Nothing was saved.
conflictFields = Their change
conflictReload = Show their version (drop my changes)
conflictOverwrite = Save mine over it
conflictRecreate = Save mine as it is
damagedTitle = This store is damaged
damagedText = Part of the file cannot be read (a failing disk, or a copy cut short). Nothing has been written to it. Choose how to get the register back: the damaged file is kept beside it either way.
rescueRecover = Save what it still holds
rescueCopy = Go back to the copy of { $when }
noCopies = No copy of this store was kept beside it.
rescuedRecovered = The register was saved from the damaged file, which is kept at { $path }.
rescuedCopy = The register is back as it was on { $when }; the damaged file is kept at { $path }.
notSaved = Could not be saved:
copiesKept = Copies kept beside the store
copyReason_import = before an import
copyReason_restore = before a restore
copyReason_migration = before an upgrade
restoreHint = To go back to one: ropa restore FILE (the register as it is now is copied first).
language = Language
shortcuts = Keyboard shortcuts
shortcutNew = New processing activity
shortcutSave = Save the form on screen
shortcutSearch = Search the register
shortcutExport = Export
shortcutEscape = Close the innermost list, question or form (asking if it has changes)
shortcutMove = Move in the list of activities
shortcutOpen = Open the activity
shortcutHelp = This list
theme = Colours
themeSystem = As the desktop
themeLight = Light
activity = Processing activity
themeDark = Dark
loading = Loading…
errorTitle = Something went wrong
retry = Try again
organisation = Organisation
activitiesCount = { $count ->
        [one] { $count } activity
       *[other] { $count } activities
    }
address = Address
after = After
all = All
alsoCreated = Also created, as the rows name them
appliesTo = Data concerned
asOf = As it stood on
automatedDecisions = Automated decisions (Art. 22)
backupAt = A copy of the store as it was:
basisDetail = Detail (interest, law, contract)
before = Before
cancel = Cancel
checks = Checks
column = Column
columnMapping = Column mapping
contactPerson = Contact
controllerFilter = Client
controllersServed = Controllers it is carried out for
country = Country
createdOn = Created
criteria = Criteria
dataCategories = Categories of personal data
dataCategory = Data category
dataSubjects = Categories of data subjects
delete = Delete
deletedMessage = Deleted.
demoLoaded = The example register is loaded.
description = Description
detail = Detail
discard = Discard changes
discardQuestion = This form has changes that are not saved.
documentLanguage = Language of the document
documentation = Documentation
dpiaRequired = DPIA required
dpiaStatus = DPIA status
email = E-mail
encoding = Encoding
evidence = Evidence kept
export = Export
exportDone = Written:
exportFor = For
exportTitle = Export the record
exporting = Exporting
field = Field
format = Format
formatCsv = CSV (spreadsheet)
formatSubprocessors = Public list of sub-processors (HTML)
subprocessorsListHint = The page processors publish for their clients: per site or region, each sub-processor with its service, country, transfer mechanism and last change, as the register stands today. One file, no script, ready to print or to put on a website.
formatPdf = PDF (for the supervisory authority)
fromEvent = From
function = Function
groupMore = DPIA, rights, review and notes
headerRow = header on row
history = History
identity = Identity and roles
ignore = Ignore
importConfirm = Import
importDetected = What was found
previewReady = The preview is ready:
importDone = Imported.
importFile = File to import (full path)
importOrganisation = Organisation the rows belong to
importPreset = Layout
importPreview = Check the file
importPreviewAgain = Check again with this mapping
importRefused = Nothing was imported: some rows are invalid.
importSpreadsheet = Import a spreadsheet
importTitle = Import a register (workbook or CSV)
importing = Importing
keepEditing = Keep editing
lastChanged = Last changed
lastReview = Last review
legalBases = Legal bases (Art. 6)
legalBasis = Legal basis
loadDemo = Load the example register
location = Location
locations = Where the data are kept
mapsTo = Imported as
nameRequired = A name is required.
newActivity = New activity
newOrganisation = New organisation
nextReview = Next review
no = No
noControllersYet = No clients recorded for this organisation yet.
noHistory = No changes recorded.
noMatch = No activity matches.
noMeasuresYet = No security measures recorded for this organisation yet.
notImported = Not imported
notes = Notes
onePerLine = (one per line)
addUsualPurpose = Add a usual purpose…
addUsualSubjects = Add usual data subjects…
other = Other…
period = Period
phone = Phone
place = Place
presetAuto = Detect
profile = Organisation profile
provider = Provider
purposes = Purposes
recipient = Recipient
recipientKind = Kind of recipient
recipients = Recipients
registration = Registration number
remove = Remove
removeItem = Remove { $what } { $n }
representative = Representative (Art. 27)
restoreVersion = Restore this version
restoredMessage = Version restored.
retention = Retention
retentionRule = Retention rule
roles = Acts as
row = Row
safeguard = Safeguard
safeguardDetail = Safeguard: details
save = Save
saveAs = Save as (full path)
savedMessage = Saved.
search = Search
sections = Sections
sensitivity = Sensitivity
separator = separator
skipInvalid = Import the valid rows and list the others
sortBy = Sort by
specialBases = Special categories: conditions (Art. 9)
specialBasis = Art. 9 condition
transfer = Transfer
transfers = Transfers
noTransfers = None: no personal data go to a third country or an international organisation
noTransfersListed = transfers are listed below
unit = Unit
unknown = Not recorded
unsavedChanges = Unsaved changes
untitled = Untitled activity
updatedOn = updated
wholeRegister = The whole register
yes = Yes
colon = {": "}
quoted = “{ $text }”
tab = tab
restoreQuestion = Put this version back? The change is recorded; the versions in between stay in the history.
comma = comma
semicolon = semicolon, for French or German Excel
jointControllers = Joint controllers (Art. 26)
jointController = Joint controller
processors = Processors
errorsAndWarnings = Errors and warnings
groupSubjectsData = Data subjects and personal data
groupRecipients = Recipients
one_error = error
one_warning = warning
one_info = note
asTheLayoutReadsIt = As the layout reads it
noDate = No date
asOfNow = As it stands now
sheets = Sheets
sheet = Sheet
readSheet = Read
readAs = Read as
details = Details
hiddenSheet = hidden
inNotes = Columns with no field of their own, kept in the notes
inNotesCount = { $count } kept in the notes
commaLists = Columns whose items are separated by commas
labelsRead = { $count ->
        [one] { $count } label read
       *[other] { $count } labels read
    }
existingChoice = When a row matches an activity already in the register
existing_update = Update it with the file’s values (empty cells change nothing)
existing_update_short = Update
existing_keep = Keep mine
existing_new = Import as a new activity
changesTitle = What would change
undoHint = The history shows this import as one change, which can be undone in one step.
formatXlsx = Excel workbook (.xlsx)
layout = Layout
layout_ropa = ropa’s: every table, imports back exactly
layout_cnil = CNIL register: a summary and a fiche per activity
layout_ico = UK ICO template
importOf = Import of
undoOf = Undo:
changeEntries = { $count ->
        [one] { $count } entry
       *[other] { $count } entries
    }
undoChange = Undo this import
undoQuestion = Take back everything this import wrote? What it created is deleted, what it changed is put back as it was.
undoneMessage = The import was taken back.
checkAgain = Check again
withErrors = With errors
withFindings = With errors or warnings
withoutFindings = Nothing to report
showMore = Show more
show = Show
severity_error = errors
severity_warning = warnings
severity_info = notes
count_error = { $count ->
        [one] { $count } error
       *[other] { $count } errors
    }
count_warning = { $count ->
        [one] { $count } warning
       *[other] { $count } warnings
    }
count_info = { $count ->
        [one] { $count } note
       *[other] { $count } notes
    }
referenceChecked = The reference data (adequacy decisions, countries) were last checked on
referenceStale = That is more than a year ago: the law may have moved since; update ropa.
noFindings = Nothing to report.
complete = Complete
completeHint = Share of the Article 30 items filled
activitiesShown = { $count ->
        [one] { $count } activity shown
       *[other] { $count } activities shown
    }
registerComplete = Completeness of the register
catalogue = Clients, sub-processors, measures
add = Add
fixHere = Fix it
newMeasure = New measure
addToCatalogue = Add to the catalogue and tick
choose = Choose…
chooseOne = Choose one from the list (or “Other…” to write it).
edit = Edit
category = Category
legalName = Legal name
services = Services, per site
service = Service
contract = Data processing agreement (Art. 28(3))
contractSigned = Signed or in force on
contractVersion = Version or reference
contractEnds = Ends or renews on
subProcessing = Engaging other processors (Art. 28(2))
objectionPeriod = Period to object to a new sub-processor
objectionPeriodExample = e.g. 30 days
notificationContact = Whom to tell of a change of sub-processors
notificationContactProvider = Its contact for this agreement
contractDocument = Signed document (a link or a file's name)
contractSha256 = SHA-256 fingerprint of the signed document
fingerprintDocument = Fingerprint the signed file…
chooseSignedDocument = Choose the signed agreement
noticesTitle = Notices of sub-processor changes
noticesHint = What each client is owed when the sub-processors of the activities carried out for it change (Art. 28(2)): every change since its last notice, read from the register's history. Save it to send it, then record it as sent: the next notice starts after it.
preparingNotices = Preparing the notices…
noNoticesDue = No client has a change to be told of.
recordAllNotices = { $count ->
    [one] Record the notice as sent
   *[other] Record the { $count } notices as sent
}
noticeSummary = { $count ->
    [one] One change
   *[other] { $count } changes
} { $period }, to { $recipient }.
noRecipient = no one recorded (record the notification contact in the client's agreement)
noticeText = Notice to { $client }
noticeRecorded = Recorded as sent.
recordNotice = Record as sent
noChangeClients = Nothing to tell
noticeFileName = notice
prepareNotices = Notices to clients…
prepareNotice = Prepare a notice
duplicate = Duplicate
fromTemplate = New activity from this template
copyName = { $name } (copy)
duplicatedMessage = “{ $name }” created as a draft copy.
usedBy = Used by
unused = Not used by any activity
nothingYet = Nothing recorded yet.
browse = Browse…
dropHint = or drop the file on the window
openFile = Open
showInFolder = Show in folder
rows = { $count ->
        [one] { $count } row
       *[other] { $count } rows
    }
previewTitle = The first rows, as they would be imported
previewShown = { $shown ->
        [one] { $shown } row shown of { $total }
       *[other] { $shown } rows shown of { $total }
    }
problems = Errors and warnings
refusedHint = Nothing is imported while rows are refused: correct them in the file and check it again, or tick “Import the valid rows and list the others”.
outcome = Outcome
wouldCreate = { $count } to create
wouldUpdate = { $count } to update
wouldLeave = { $count } unchanged
rowsRefused = { $count ->
        [one] { $count } row refused
       *[other] { $count } rows refused
    }
rowsLeftOut = { $count ->
        [one] { $count } row will be left out (“Import the valid rows and list the others”)
       *[other] { $count } rows will be left out (“Import the valid rows and list the others”)
    }
warnings = { $count ->
        [one] { $count } warning
       *[other] { $count } warnings
    }
created = { $count } created
updated = { $count } updated
unchanged = { $count } unchanged
skipped = { $count } skipped
connectServer = Connect to a server…
connectServerTitle = Open a register kept on a server
serverAddress = The server's address (postgres://USER@HOST/DATABASE), or the name of a profile
serverHint = The register opens in a window of its own. The password is kept in memory only, never written down.
openInNewWindow = Open in a new window
serverWindowOpened = A window opened on { $server }.
password = Password
connectTitle = Connect to the register on the server
connectText = ropa could not connect to { $server }. Give your password for it, or try again once the server can be reached.
connect = Connect
serverUnreachable = The server cannot be reached: what you see may be out of date, and nothing can be saved until it answers again. ropa tries again every few seconds.
serverStore = Register on a server
