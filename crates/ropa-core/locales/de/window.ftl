# The window's words in German (the desktop app; the PDF, checks and command line are in
# core.ftl and checks.ftl). The window reads this file with @fluent/bundle (ui/src/lib/i18n.ts);
# the ids are its message keys, and ui/src/lib/messages.ts, generated from the English file, names
# them for TypeScript (`npm run messages` in ui/ after adding or removing one).
#
# A number that chooses a word is a select on `$count`: `[one]` and `*[other]` each on its line.
# Write plain spaces: a count that opens a message is kept with the word after it, and French
# spacing is added by the window.

appTitle = Verzeichnis von Verarbeitungstätigkeiten
activities = Verarbeitungstätigkeiten
noOrganisations = Dieses Verzeichnis ist leer.
noOrganisationsHint = Laden Sie das Beispielverzeichnis, um sich umzusehen, importieren Sie die Tabelle, die Sie heute führen, oder beginnen Sie mit Ihrer Organisation.
noActivities = Für diese Organisation sind noch keine Verarbeitungstätigkeiten erfasst.
name = Name
role = Rolle
status = Status
controller = Verantwortlicher
processor = Auftragsverarbeiter
dpo = Datenschutzbeauftragter
notRecorded = Nicht erfasst
controllers = Verantwortliche (Auftraggeber)
subprocessors = Unterauftragsverarbeiter
measures = Technische und organisatorische Maßnahmen
store = Verzeichnisdatei
storeRecovered = Die letzte Änderung am Verzeichnis wurde nicht abgeschlossen (ropa wurde währenddessen beendet, durch einen Absturz oder einen Stromausfall). Sie wurde rückgängig gemacht: Das Verzeichnis ist so, wie es vorher war.
understood = Verstanden
close = Schließen
headcount = Beschäftigte (Art. 30 Abs. 5)
deleteActivityQuestion = „{ $name }“ aus dem Verzeichnis löschen? Der Verlauf behält jede Fassung; von dort lässt sie sich wiederherstellen.
deleteEntryQuestion = „{ $name }“ löschen? Der Verlauf behält jede Fassung; von dort lässt sich der Eintrag wiederherstellen.
keepIt = Behalten
replaceQuestion = { $path } ist bereits vorhanden. Durch diesen Export ersetzen?
replaceFile = Ersetzen
dpiaCriteria = Kriterien der DSFA-Leitlinien (WP248), die die Verarbeitung erfüllt
internationalOrganisation = Internationale Organisation
sccModule = Modul
sccModule1 = von Verantwortlichen an Verantwortliche
sccModule2 = von Verantwortlichen an Auftragsverarbeiter
sccModule3 = von Auftragsverarbeitern an Auftragsverarbeiter
sccModule4 = von Auftragsverarbeitern an Verantwortliche
impactAssessment = Transfer-Folgenabschätzung (Ablageort)
impactAssessmentOn = Transfer-Folgenabschätzung: Datum
erase = Daten einer Person löschen
eraseTitle = Daten einer Person löschen
eraseHint = Wenn das Gesetz es verlangt (Art. 17 DSGVO), lässt sich ein Name, eine E-Mail-Adresse oder eine Telefonnummer aus dem ganzen Verzeichnis löschen: aus seinen Einträgen, seinem Verlauf und den Kopien neben der Verzeichnisdatei. Zuerst wird angezeigt, wo sie vorkommt.
eraseText = Name, E-Mail-Adresse oder Telefonnummer
eraseFind = Fundstellen suchen
eraseWhere = Fundstellen
eraseWhereText = „{ $text }“ kommt vor in:
eraseNowhere = „{ $text }“ kommt weder im Verzeichnis noch in seinem Verlauf noch in den Kopien daneben vor.
eraseInHistory = { $count ->
        [one] { $count } Eintrag im Verlauf (eine frühere Fassung, wer sie erstellt hat)
       *[other] { $count } Einträge im Verlauf (frühere Fassungen, wer sie erstellt hat)
    }
eraseInChanges = { $count ->
        [one] { $count } benannte Änderung (Dateiname eines Imports, wer ihn ausgeführt hat)
       *[other] { $count } benannte Änderungen (Dateiname eines Imports, wer ihn ausgeführt hat)
    }
eraseInCopy = die Kopie
eraseRun = Überall löschen…
eraseQuestion = „{ $text }“ wird überall oben durch „[erased on DATE]“ ersetzt, und die Dateien werden neu geschrieben, sodass es sich nicht wieder lesen lässt. Das kann nicht rückgängig gemacht werden. Löschen?
eraseConfirm = Löschen
eraseDone = Gelöscht. Die Verzeichnisdatei wurde neu geschrieben; Kopien neu geschrieben: { $rewritten }, entfernt: { $removed }. Der Verlauf vermerkt die Löschung, ohne den Text. Dateien außerhalb der Verzeichnisdatei (importierte Tabellen, bereits erstellte Exporte) enthalten ihn noch: Löschen oder bearbeiten Sie diese selbst.
readOnlyStore = Diese Verzeichnisdatei kann hier nur gelesen werden (ein schreibgeschütztes Laufwerk oder ein schreibgeschützter Ordner, oder eine Datei, die Sie nicht ändern dürfen): Sie können das Verzeichnis durchsehen und exportieren, aber nicht ändern. Um es zu ändern, kopieren Sie die Datei in einen Ordner, in dem Sie schreiben dürfen, und öffnen Sie die Kopie.
outsideChanges = { $count ->
        [one] Ein anderes Programm hat dieses Verzeichnis geändert ({ $users }, { $when }): ein Eintrag. Die Liste zeigt ihn jetzt an.
       *[other] Ein anderes Programm hat dieses Verzeichnis geändert ({ $users }, { $when }): { $count } Einträge. Die Liste zeigt sie jetzt an.
    }
conflictChanged = { $by } hat diesen Eintrag am { $when } geändert, nachdem Sie ihn geöffnet hatten. Es wurde nichts gespeichert.
conflictDeleted = { $by } hat diesen Eintrag am { $when } gelöscht, nachdem Sie ihn geöffnet hatten. Es wurde nichts gespeichert.
conflictFields = Die andere Änderung
conflictReload = Die andere Fassung anzeigen (meine Änderungen verwerfen)
conflictOverwrite = Meine Fassung darüber speichern
conflictRecreate = Meine Fassung so speichern
damagedTitle = Diese Verzeichnisdatei ist beschädigt
damagedText = Ein Teil der Datei lässt sich nicht lesen (ein defektes Laufwerk oder eine abgebrochene Kopie). Es wurde nichts hineingeschrieben. Wählen Sie, wie Sie das Verzeichnis zurückerhalten: Die beschädigte Datei wird in jedem Fall daneben aufbewahrt.
rescueRecover = Retten, was sie noch enthält
rescueCopy = Zur Kopie vom { $when } zurückkehren
noCopies = Von dieser Verzeichnisdatei wurde keine Kopie daneben aufbewahrt.
rescuedRecovered = Das Verzeichnis wurde aus der beschädigten Datei gerettet; diese wird unter { $path } aufbewahrt.
rescuedCopy = Das Verzeichnis ist wieder so, wie es am { $when } war; die beschädigte Datei wird unter { $path } aufbewahrt.
notSaved = Konnte nicht gerettet werden:
copiesKept = Kopien neben der Verzeichnisdatei
copyReason_import = vor einem Import
copyReason_restore = vor einer Wiederherstellung
copyReason_migration = vor einer Aktualisierung
restoreHint = Zurück zu einer davon: ropa restore DATEI (das Verzeichnis in seinem jetzigen Stand wird vorher kopiert).
language = Sprache
shortcuts = Tastenkürzel
shortcutNew = Neue Verarbeitungstätigkeit
shortcutSave = Das angezeigte Formular speichern
shortcutSearch = Im Verzeichnis suchen
shortcutExport = Exportieren
shortcutEscape = Die innerste Liste, Frage oder das innerste Formular schließen (mit Rückfrage, wenn es Änderungen hat)
shortcutMove = In der Liste der Tätigkeiten bewegen
shortcutOpen = Die Tätigkeit öffnen
shortcutHelp = Diese Liste
theme = Farben
themeSystem = Wie das System
themeLight = Hell
activity = Verarbeitungstätigkeit
themeDark = Dunkel
loading = Wird geladen…
errorTitle = Etwas ist schiefgegangen
retry = Erneut versuchen
organisation = Organisation
activitiesCount = { $count ->
        [one] { $count } Verarbeitungstätigkeit
       *[other] { $count } Verarbeitungstätigkeiten
    }
address = Anschrift
after = Nachher
all = Alle
alsoCreated = Ebenfalls angelegt, wie die Zeilen sie nennen
appliesTo = Betroffene Daten
asOf = Stand vom
automatedDecisions = Automatisierte Entscheidungen (Art. 22)
backupAt = Eine Kopie der Verzeichnisdatei im vorherigen Stand:
basisDetail = Erläuterung (Interesse, Rechtsvorschrift, Vertrag)
before = Vorher
cancel = Abbrechen
checks = Prüfungen
column = Spalte
columnMapping = Spaltenzuordnung
contactPerson = Ansprechpartner
controllerFilter = Auftraggeber
controllersServed = Verantwortliche, in deren Auftrag sie durchgeführt wird
country = Land
createdOn = Angelegt am
criteria = Kriterien
dataCategories = Kategorien personenbezogener Daten
dataCategory = Datenkategorie
dataSubjects = Kategorien betroffener Personen
delete = Löschen
deletedMessage = Gelöscht.
demoLoaded = Das Beispielverzeichnis ist geladen.
description = Beschreibung
detail = Erläuterung
discard = Änderungen verwerfen
discardQuestion = Dieses Formular hat ungespeicherte Änderungen.
documentLanguage = Sprache des Dokuments
documentation = Dokumentation
dpiaRequired = DSFA erforderlich
dpiaStatus = Stand der DSFA
email = E-Mail
encoding = Zeichenkodierung
evidence = Aufbewahrter Nachweis
export = Exportieren
exportDone = Gespeichert unter:
exportFor = Für
exportTitle = Verzeichnis exportieren
exporting = Export läuft
field = Feld
format = Format
formatCsv = CSV (Tabellenkalkulation)
formatSubprocessors = Öffentliche Liste der Unterauftragsverarbeiter (HTML)
subprocessorsListHint = Die Seite, die Auftragsverarbeiter für ihre Kunden veröffentlichen: nach Standort oder Region jeder Unterauftragsverarbeiter mit Leistung, Land, Grundlage der Übermittlung und letzter Änderung, wie das Verzeichnis sie heute führt. Eine Datei, ohne Skript, zum Drucken oder Veröffentlichen.
formatPdf = PDF (für die Aufsichtsbehörde)
fromEvent = Ab
function = Funktion
groupMore = DSFA, Betroffenenrechte, Überprüfung und Anmerkungen
headerRow = Kopfzeile in Zeile
history = Verlauf
identity = Identität und Rollen
ignore = Ignorieren
importConfirm = Importieren
importDetected = Was gefunden wurde
previewReady = Die Vorschau ist fertig:
importDone = Importiert.
importFile = Zu importierende Datei (vollständiger Pfad)
importOrganisation = Organisation, zu der die Zeilen gehören
importPreset = Vorlage
importPreview = Datei prüfen
importPreviewAgain = Mit dieser Zuordnung erneut prüfen
importRefused = Es wurde nichts importiert: Einige Zeilen sind ungültig.
importSpreadsheet = Tabelle importieren
importTitle = Verzeichnis importieren (Arbeitsmappe oder CSV)
importing = Import läuft
keepEditing = Weiter bearbeiten
lastChanged = Zuletzt geändert
lastReview = Letzte Überprüfung
legalBases = Rechtsgrundlagen (Art. 6)
legalBasis = Rechtsgrundlage
loadDemo = Beispielverzeichnis laden
location = Ort
locations = Wo die Daten gespeichert werden
mapsTo = Importiert als
nameRequired = Ein Name ist erforderlich.
newActivity = Neue Tätigkeit
newOrganisation = Neue Organisation
nextReview = Nächste Überprüfung
no = Nein
noControllersYet = Für diese Organisation sind noch keine Auftraggeber erfasst.
noHistory = Keine Änderungen erfasst.
noMatch = Keine Tätigkeit entspricht der Suche.
noMeasuresYet = Für diese Organisation sind noch keine technischen und organisatorischen Maßnahmen erfasst.
notImported = Nicht importiert
notes = Anmerkungen
onePerLine = (ein Eintrag pro Zeile)
addUsualPurpose = Üblichen Zweck hinzufügen…
addUsualSubjects = Übliche betroffene Personen hinzufügen…
other = Sonstiges…
period = Frist
phone = Telefon
place = Ort
presetAuto = Automatisch erkennen
profile = Stammdaten der Organisation
provider = Anbieter
purposes = Zwecke
recipient = Empfänger
recipientKind = Art des Empfängers
recipients = Empfänger
registration = Registernummer
remove = Entfernen
removeItem = { $what } { $n } entfernen
representative = Vertreter (Art. 27)
restoreVersion = Diese Fassung wiederherstellen
restoredMessage = Fassung wiederhergestellt.
retention = Löschfristen
retentionRule = Löschfrist
roles = Tätig als
row = Zeile
safeguard = Garantie
safeguardDetail = Garantie: Einzelheiten
save = Speichern
saveAs = Speichern unter (vollständiger Pfad)
savedMessage = Gespeichert.
search = Suchen
sections = Bereiche
sensitivity = Sensibilität
separator = Trennzeichen
skipInvalid = Gültige Zeilen importieren und die anderen auflisten
sortBy = Sortieren nach
specialBases = Besondere Kategorien: Bedingungen (Art. 9)
specialBasis = Bedingung nach Art. 9
transfer = Übermittlung
transfers = Übermittlungen
noTransfers = Keine: Es werden keine personenbezogenen Daten an ein Drittland oder eine internationale Organisation übermittelt
noTransfersListed = Übermittlungen sind unten aufgeführt
unit = Einheit
unknown = Nicht erfasst
unsavedChanges = Ungespeicherte Änderungen
untitled = Tätigkeit ohne Namen
updatedOn = geändert am
wholeRegister = Das ganze Verzeichnis
yes = Ja
colon = {": "}
quoted = „{ $text }“
tab = Tabulator
restoreQuestion = Diese Fassung wiederherstellen? Die Änderung wird erfasst; die Fassungen dazwischen bleiben im Verlauf.
comma = Komma
semicolon = Semikolon, für deutsches oder französisches Excel
jointControllers = Gemeinsam Verantwortliche (Art. 26)
jointController = Gemeinsam Verantwortlicher
processors = Auftragsverarbeiter
errorsAndWarnings = Fehler und Warnungen
groupSubjectsData = Betroffene Personen und Daten
groupRecipients = Empfänger
one_error = Fehler
one_warning = Warnung
one_info = Hinweis
asTheLayoutReadsIt = Wie die Vorlage sie liest
noDate = Kein Datum
asOfNow = Wie es jetzt ist
sheets = Tabellenblätter
sheet = Tabellenblatt
readSheet = Lesen
readAs = Gelesen als
details = Einzelheiten
hiddenSheet = ausgeblendet
inNotes = Spalten ohne eigenes Feld, in den Anmerkungen aufbewahrt
inNotesCount = { $count } in den Anmerkungen aufbewahrt
commaLists = Spalten, deren Einträge durch Kommas getrennt sind
labelsRead = { $count ->
        [one] { $count } Bezeichnung gelesen
       *[other] { $count } Bezeichnungen gelesen
    }
existingChoice = Wenn eine Zeile einer Tätigkeit entspricht, die bereits im Verzeichnis steht
existing_update = Mit den Werten der Datei aktualisieren (leere Zellen ändern nichts)
existing_update_short = Aktualisieren
existing_keep = Meine Fassung behalten
existing_new = Als neue Tätigkeit importieren
changesTitle = Was sich ändern würde
undoHint = Der Verlauf zeigt diesen Import als eine Änderung, die sich in einem Schritt rückgängig machen lässt.
formatXlsx = Excel-Arbeitsmappe (.xlsx)
layout = Aufbau
layout_ropa = ropa: alle Tabellen, unverändert wieder importierbar
layout_cnil = Verzeichnis der CNIL: eine Übersicht und ein Datenblatt je Tätigkeit
layout_ico = Vorlage des britischen ICO
importOf = Import von
undoOf = Rückgängig:
changeEntries = { $count ->
        [one] { $count } Eintrag
       *[other] { $count } Einträge
    }
undoChange = Diesen Import rückgängig machen
undoQuestion = Alles zurücknehmen, was dieser Import geschrieben hat? Was er angelegt hat, wird gelöscht; was er geändert hat, wird wieder so, wie es war.
undoneMessage = Der Import wurde zurückgenommen.
checkAgain = Erneut prüfen
withErrors = Mit Fehlern
withFindings = Mit Fehlern oder Warnungen
withoutFindings = Ohne Befund
showMore = Mehr anzeigen
show = Anzeigen
severity_error = Fehler
severity_warning = Warnungen
severity_info = Hinweise
count_error = { $count } Fehler
count_warning = { $count ->
        [one] { $count } Warnung
       *[other] { $count } Warnungen
    }
count_info = { $count ->
        [one] { $count } Hinweis
       *[other] { $count } Hinweise
    }
referenceChecked = Die Referenzdaten (Angemessenheitsbeschlüsse, Länder) wurden zuletzt geprüft am
referenceStale = Das ist mehr als ein Jahr her: Die Rechtslage kann sich seitdem geändert haben; aktualisieren Sie ropa.
noFindings = Ohne Befund.
complete = Vollständigkeit
completeHint = Anteil der ausgefüllten Angaben nach Artikel 30
activitiesShown = { $count ->
        [one] { $count } Tätigkeit angezeigt
       *[other] { $count } Tätigkeiten angezeigt
    }
registerComplete = Vollständigkeit des Verzeichnisses
catalogue = Auftraggeber, Unterauftragsverarbeiter, Maßnahmen
add = Hinzufügen
fixHere = Beheben
newMeasure = Neue Maßnahme
addToCatalogue = Zum Katalog hinzufügen und ankreuzen
choose = Auswählen…
chooseOne = Wählen Sie einen Eintrag aus der Liste (oder „Sonstiges…“, um ihn selbst einzugeben).
edit = Bearbeiten
category = Kategorie
legalName = Firmierung
services = Leistungen, je Standort
service = Leistung
contract = Auftragsverarbeitungsvertrag (Art. 28 Abs. 3)
contractSigned = Unterzeichnet oder gültig ab
contractVersion = Fassung oder Referenz
contractEnds = Endet oder verlängert sich am
subProcessing = Einsatz weiterer Auftragsverarbeiter (Art. 28 Abs. 2)
objectionPeriod = Frist für einen Einspruch gegen einen neuen Unterauftragsverarbeiter
objectionPeriodExample = z. B. 30 Tage
notificationContact = Wer über eine Änderung der Unterauftragsverarbeiter zu informieren ist
notificationContactProvider = Sein Kontakt für diesen Vertrag
contractDocument = Unterzeichnetes Dokument (ein Link oder ein Dateiname)
contractSha256 = SHA-256-Prüfsumme des unterzeichneten Dokuments
fingerprintDocument = Prüfsumme der unterzeichneten Datei berechnen…
chooseSignedDocument = Den unterzeichneten Vertrag wählen
noticesTitle = Mitteilungen über Änderungen bei Unterauftragsverarbeitern
noticesHint = Was jeder Auftraggeber erfahren muss, wenn sich die Unterauftragsverarbeiter der für ihn durchgeführten Verarbeitungen ändern (Art. 28 Abs. 2): jede Änderung seit seiner letzten Mitteilung, aus dem Verlauf des Verzeichnisses gelesen. Speichern Sie sie, um sie zu senden, und erfassen Sie sie dann als gesendet: die nächste Mitteilung beginnt danach.
preparingNotices = Mitteilungen werden vorbereitet…
noNoticesDue = Kein Auftraggeber muss über eine Änderung informiert werden.
recordAllNotices = { $count ->
    [one] Die Mitteilung als gesendet erfassen
   *[other] Die { $count } Mitteilungen als gesendet erfassen
}
noticeSummary = { $count ->
    [one] Eine Änderung
   *[other] { $count } Änderungen
} { $period }, an { $recipient }.
noRecipient = niemand erfasst (erfassen Sie den Kontakt für Mitteilungen im Vertrag des Auftraggebers)
noticeText = Mitteilung an { $client }
noticeRecorded = Als gesendet erfasst.
recordNotice = Als gesendet erfassen
noChangeClients = Nichts mitzuteilen
noticeFileName = mitteilung
prepareNotices = Auftraggeber informieren…
prepareNotice = Mitteilung vorbereiten
duplicate = Duplizieren
fromTemplate = Neue Verarbeitung aus dieser Vorlage
copyName = { $name } (Kopie)
duplicatedMessage = „{ $name }“ als Entwurfskopie angelegt.
usedBy = Verwendet von
unused = Von keiner Tätigkeit verwendet
nothingYet = Noch nichts erfasst.
browse = Durchsuchen…
dropHint = oder die Datei auf das Fenster ziehen
openFile = Öffnen
showInFolder = Im Ordner anzeigen
rows = { $count ->
        [one] { $count } Zeile
       *[other] { $count } Zeilen
    }
previewTitle = Die ersten Zeilen, wie sie importiert würden
previewShown = { $total ->
        [one] { $shown } von { $total } Zeile angezeigt
       *[other] { $shown } von { $total } Zeilen angezeigt
    }
problems = Fehler und Warnungen
refusedHint = Solange Zeilen abgelehnt werden, wird nichts importiert: Korrigieren Sie sie in der Datei und prüfen Sie diese erneut, oder kreuzen Sie „Gültige Zeilen importieren und die anderen auflisten“ an.
outcome = Ergebnis
wouldCreate = { $count } neu anzulegen
wouldUpdate = { $count } zu aktualisieren
wouldLeave = { $count } unverändert
rowsRefused = { $count ->
        [one] { $count } Zeile abgelehnt
       *[other] { $count } Zeilen abgelehnt
    }
rowsLeftOut = { $count ->
        [one] { $count } Zeile wird ausgelassen („Gültige Zeilen importieren und die anderen auflisten“)
       *[other] { $count } Zeilen werden ausgelassen („Gültige Zeilen importieren und die anderen auflisten“)
    }
warnings = { $count ->
        [one] { $count } Warnung
       *[other] { $count } Warnungen
    }
created = { $count } angelegt
updated = { $count } aktualisiert
unchanged = { $count } unverändert
skipped = { $count } ausgelassen
connectServer = Mit einem Server verbinden…
connectServerTitle = Ein auf einem Server geführtes Verzeichnis öffnen
serverAddress = Die Adresse des Servers (postgres://BENUTZER@HOST/DATENBANK) oder der Name eines Profils
serverHint = Das Verzeichnis öffnet sich in einem eigenen Fenster. Das Passwort bleibt nur im Speicher und wird nie aufgeschrieben.
openInNewWindow = In neuem Fenster öffnen
serverWindowOpened = Ein Fenster wurde für { $server } geöffnet.
password = Passwort
connectTitle = Mit dem Verzeichnis auf dem Server verbinden
connectText = ropa konnte sich nicht mit { $server } verbinden. Geben Sie Ihr Passwort ein oder versuchen Sie es erneut, sobald der Server erreichbar ist.
connect = Verbinden
serverUnreachable = Der Server ist nicht erreichbar: was Sie sehen, ist womöglich nicht mehr aktuell, und nichts kann gespeichert werden, bis er wieder antwortet. ropa versucht es alle paar Sekunden erneut.
serverStore = Verzeichnis auf einem Server
