# The command line's words: what `ropa` says as it works, and `ropa show`'s labels.

# `ropa show`: one activity in the terminal.

show-activity = Tätigkeit { $id }: { $name }
show-organisation = Organisation
show-role = Rolle
show-status = Status
show-description = Beschreibung
show-controllers = Verantwortliche (Art. 30 Abs. 2 lit. a)
show-joint-controllers = Gemeinsam Verantwortliche (Art. 30 Abs. 1 lit. a)
show-purposes = Zwecke (Art. 30 Abs. 1 lit. b)
show-categories-of-processing = Kategorien von Verarbeitungen (Art. 30 Abs. 2 lit. b)
show-legal-basis = Rechtsgrundlage (Art. 6 Abs. 1)
show-legal-basis-processor = Sache des Verantwortlichen (Auftragsverarbeitung)
show-evidence-record = Nachweis: { $evidence }
show-special-bases = Bedingungen nach Art. 9 Abs. 2
show-data-subjects-30 = Betroffene Personen (Art. 30 Abs. 1 lit. c)
show-data-subjects = Betroffene Personen
show-personal-data-30 = Personenbezogene Daten (Art. 30 Abs. 1 lit. c)
show-personal-data = Personenbezogene Daten
show-recipients-30 = Empfänger (Art. 30 Abs. 1 lit. d)
show-recipients = Empfänger
show-locations = Orte der Verarbeitung
show-transfers-30-1 = Übermittlungen (Art. 30 Abs. 1 lit. e)
show-transfers-30-2 = Übermittlungen (Art. 30 Abs. 2 lit. c)
show-no-transfers = keine: Es werden keine personenbezogenen Daten an ein Drittland oder eine internationale Organisation übermittelt
show-no-safeguard = keine Garantie erfasst
show-transfer = { $recipient } in { $country }: { $safeguard }
show-transfer-country = { $country }: { $safeguard }
show-retention = Löschfristen (Art. 30 Abs. 1 lit. f)
show-retention-processor = Löschfristen
show-measures-30-1 = Technische und organisatorische Maßnahmen (Art. 30 Abs. 1 lit. g)
show-measures-30-2 = Technische und organisatorische Maßnahmen (Art. 30 Abs. 2 lit. d)
show-subprocessors = Unterauftragsverarbeiter
show-processors = Auftragsverarbeiter
show-dpia = DSFA
show-dpia-not-required = nicht erforderlich
show-dpia-required-no-progress = erforderlich, Stand nicht erfasst
show-dpia-required = erforderlich, { $status }
show-none = keine
show-yes = ja
show-created = Angelegt
show-updated = Geändert
show-last-review = Letzte Überprüfung
show-next-review = Nächste Überprüfung
show-not-recorded = Nicht erfasst
show-kind-not-recorded = Art nicht erfasst
show-as-written = { $text } (wie geschrieben)

# Was `ropa` bei der Arbeit sagt.

cli-cannot-write = die Ausgabe kann nicht geschrieben werden: { $error }
cli-no-data-dir = für diesen Benutzer ist kein Datenordner bekannt; geben Sie das Verzeichnis mit --db PFAD an
cli-dry-run-empty = { $path } existiert noch nicht; der Probelauf verwendet ein leeres Verzeichnis und legt nichts an
cli-value-empty = (leer)
count-activity = { $count ->
        [one] { $count } Verarbeitungstätigkeit
       *[other] { $count } Verarbeitungstätigkeiten
    }
count-organisation = { $count ->
        [one] { $count } Organisation
       *[other] { $count } Organisationen
    }
count-site = { $count ->
        [one] { $count } Standort
       *[other] { $count } Standorte
    }
count-controller = { $count ->
        [one] { $count } Verantwortlicher
       *[other] { $count } Verantwortliche
    }
count-sub-processor = { $count ->
        [one] { $count } Unterauftragsverarbeiter
       *[other] { $count } Unterauftragsverarbeiter
    }
count-measure = { $count ->
        [one] { $count } Sicherheitsmaßnahme
       *[other] { $count } Sicherheitsmaßnahmen
    }
count-entry = { $count ->
        [one] { $count } Eintrag
       *[other] { $count } Einträge
    }
demo-added = Beispielverzeichnis von { $organisation } hinzugefügt.
demo-kept = { $organisation } ist bereits im Verzeichnis; unverändert gelassen.
list-empty = Noch keine Verarbeitungstätigkeiten. `ropa demo` lädt ein Beispielverzeichnis.
list-id = ID
list-organisation = ORGANISATION
list-role = ROLLE
list-status = STATUS
list-name = NAME
history-empty = Noch keine Änderungen erfasst.
history-change = — Änderung { $id }: { $label }
history-entry = { $action }: { $kind } { $id } „{ $label }“
recover-saved = Gesichert in { $path }: { $saved } ({ $entries ->
        [one] { $entries } Verlaufseintrag gelesen
       *[other] { $entries } Verlaufseinträge gelesen
    }; dort als Änderung { $change } erfasst).
recover-nothing = nichts
recover-unreadable-one = Verlaufseintrag { $from } nicht lesbar.
recover-unreadable = Verlaufseinträge { $from } bis { $to } nicht lesbar.
recover-lost = Nicht gesichert: { $what }
recover-all = Alles, was der Verlauf des Verzeichnisses enthält, wurde gesichert. Prüfen Sie es mit `ropa --db { $path } list`.
recover-compare = Vergleichen Sie vor der Nutzung des neuen Verzeichnisses mit der neuesten Kopie (`ropa --db { $path } backups`).
backups-none = Noch keine Kopien von { $path }: vor jedem Import und jeder Migration wird eine angelegt.
backups-title = Kopien von { $path } (die neuesten { $kept } werden behalten; `ropa restore DATEI` stellt eine wieder her):
backups-import = vor einem Import
backups-restore = vor einer Wiederherstellung
backups-upgrade = vor der Aktualisierung von Schema { $version }
backups-other = vor: { $reason }
purge-too-short = geben Sie mindestens { $count } Zeichen zum Löschen an (einen Namen, eine E-Mail-Adresse, eine Telefonnummer): ein kürzerer Text käme überall im Verzeichnis vor
purge-absent = „{ $text }“ kommt weder im Verzeichnis noch in seinem Verlauf noch in den Kopien daneben vor.
purge-occurs = „{ $text }“ kommt vor in:
purge-entry = { $kind } „{ $name }“ (ID { $id }): { $fields }
purge-history = { $count ->
        [one] { $count } Eintrag
       *[other] { $count } Einträgen
    } des Verlaufs (frühere Fassungen von Einträgen und wer sie vorgenommen hat)
purge-changes = { $count ->
        [one] { $count } Änderungsbezeichnung
       *[other] { $count } Änderungsbezeichnungen
    } (Dateiname eines Imports, wer ihn vorgenommen hat)
purge-copy = der Kopie { $path }
purge-ask = Nichts wurde geändert. Um es an all diesen Stellen zu löschen (ersetzt durch „[gelöscht am DATUM]“), erneut mit --yes ausführen.
purge-done = Gelöscht. Das Verzeichnis wurde neu geschrieben, sodass die alten Bytes daraus verschwunden sind; die Löschung ist als Änderung { $change } erfasst (ohne den Text).
purge-rewritten = Ebenso neu geschrieben: { $path }
purge-removed = Entfernt (eine Kopie, die ropa nicht neu schreiben kann: einer älteren Version oder beschädigt): { $path }
purge-outside = Dateien außerhalb des Verzeichnisses werden nicht geändert: importierte Tabellen und bereits erstellte Exporte enthalten es noch; löschen oder bearbeiten Sie diese selbst. Dieselben Daten anders geschrieben („06 12 …“ für „+33 6 12 …“) sind ein weiterer zu löschender Text.
restore-no-copy = { $path }: keine solche Kopie des Verzeichnisses (`ropa backups` listet sie auf)
restore-done = { $path } wiederhergestellt: { $count ->
        [one] { $count } Eintrag geändert
       *[other] { $count } Einträge geändert
    }, erfasst als Änderung { $change } (`ropa undo` nimmt sie zurück). Das Verzeichnis, wie es war, ist nach { $copy } kopiert.
undo-no-change = es gibt keine Änderung { $id } (`ropa history` nummeriert sie)
undo-nothing-left = es gibt keine Änderung mehr, die zurückgenommen werden kann
undo-done = Änderung { $id } zurückgenommen, „{ $what }“: { $count ->
        [one] der Eintrag, den sie geschrieben hat, ist wieder
       *[other] die { $count } Einträge, die sie geschrieben hat, sind wieder
    } wie zuvor.
progress-pdf = PDF wird geschrieben
progress-workbook = Arbeitsmappe wird geschrieben
progress-export = Export
progress-import = Import
progress-rows = { $count ->
        [one] { $count } Zeile
       *[other] { $count } Zeilen
    }
export-pdf-done = Verzeichnis von { $organisation } nach { $path } geschrieben ({ $size } Bytes).
export-done = { $what } nach { $path } geschrieben.
export-xlsx-name = Hinweis: Die Datei ist unabhängig von ihrem Namen eine Excel-Arbeitsmappe (.xlsx); nennen Sie sie .xlsx, damit Tabellenprogramme sie öffnen.
import-not-kept = nichts wurde importiert; das neue Verzeichnis unter { $path } wurde nicht behalten
import-left-out = Ausgelassen: { $file } ist keine Datei von ropa; importieren Sie sie einzeln (`ropa import DATEI`).
import-csv = { $file }: { $encoding }, Trennzeichen { $separator }, { $layout } ({ $table }), Kopfzeile in Zeile { $row }.
import-tab = Tabulator
import-workbook = { $file }: { $format }, { $count ->
        [one] { $count } Blatt
       *[other] { $count } Blätter
    }:
import-sheet = „{ $name }“{ $hidden }: { $detail }{ $layout }{ $rows }.
import-hidden = { " " }(ausgeblendet)
import-sheet-rows = ; { $count ->
        [one] { $count } Zeile
       *[other] { $count } Zeilen
    }
import-nothing = Nichts zu importieren: keine Datenzeilen.
import-warning = Warnung: { $issue }
import-in-notes = Spalte „{ $column }“{ $on } hat kein eigenes Feld: in den Anmerkungen behalten (oder mit --map '{ $column }=Feld' zuordnen).
import-in-notes-unnamed = Eine Spalte ohne Überschrift{ $on } hat kein eigenes Feld: in den Anmerkungen behalten.
import-on-sheet = { " " }(Blatt „{ $sheet }“)
import-comma-lists = Spalte „{ $column }“{ $on } trennt ihre Einträge durch Kommas: als Listen gelesen.
import-contact = Aus dem Kontaktblock gelesen: { $contact }.
import-would = { $rows ->
        [one] { $rows } Zeile gelesen
       *[other] { $rows } Zeilen gelesen
    }: würde { $created } anlegen, { $updated } aktualisieren, { $unchanged } unverändert lassen{ $refused }{ $skipped }.
import-done = { $rows ->
        [one] { $rows } Zeile gelesen
       *[other] { $rows } Zeilen gelesen
    }: { $created } angelegt, { $updated } aktualisiert, { $unchanged } unverändert{ $skipped }.
import-refused = , { $count } abweisen
import-skipped = , { $count } übersprungen
import-would-create = würde anlegen: { $name }
import-would-update = würde aktualisieren: { $name }
import-more-create = … und { $count } weitere anzulegen
import-more-update = … und { $count } weitere zu aktualisieren
import-added = Hinzugefügt ({ $kind }): { $name }
import-would-add = Würde hinzufügen ({ $kind }): { $name }
import-more-warnings = … und { $count } weitere Warnungen
import-skipped-row = Übersprungen: { $issue }
import-backup = Das Verzeichnis wurde vor dem Import nach { $path } kopiert.
import-dry-run = Probelauf: nichts wurde geschrieben.
import-one-change = Der Verlauf erfasst dies als eine Änderung, „{ $change }“ (`ropa undo` nimmt sie zurück).
admin-created = { $server } ist jetzt ein Verzeichnis von ropa (Schema { $schema }): die Tabellen von ropa wurden angelegt.
admin-already = { $server } ist bereits ein Verzeichnis von ropa (Schema { $schema }); nichts wurde geändert.
admin-needs-server = ropa admin, push und pull arbeiten mit einem Verzeichnis auf einem Server: geben Sie es mit --db postgres://BENUTZER@HOST/DATENBANK an
cli-password = Passwort von { $user } auf { $server }:
admin-access-read = { $role } darf das Verzeichnis von { $organisation } lesen.
admin-access-write = { $role } darf das Verzeichnis von { $organisation } lesen und ändern.
admin-access-none = { $role } darf kein Verzeichnis von { $server } mehr nutzen.
admin-upgraded = { $server } wurde von Server-Version { $from } auf { $to } gebracht.
admin-up-to-date = { $server } ist aktuell (Server-Version { $version }); nichts wurde geändert.
push-done = { $entries } Einträge und { $history } Verlaufseinträge von { $file } nach { $server } kopiert.
pull-done = { $entries } Einträge und { $history } Verlaufseinträge von { $server } nach { $file } kopiert.

notice-format = { $path }: eine Mitteilung wird als .pdf, .txt (Text einer E-Mail) oder .csv geschrieben
notice-written = Mitteilung an { $client } über { $changes ->
    [one] eine Änderung
   *[other] { $changes } Änderungen
} { $period } in { $path } geschrieben.
notice-written-none = Keine Änderung bei den Unterauftragsverarbeitern von { $client } { $period }; die Mitteilung darüber steht in { $path }.
notice-recorded = Als am { $date } an { $client } gesendet erfasst: die nächste Mitteilung beginnt danach.

sublist-format = { $path }: die Liste der Unterauftragsverarbeiter wird als .html oder .pdf geschrieben
sublist-which-org = der Speicher enthält mehrere Organisationen: geben Sie mit --org NAME an, wessen Liste es ist
sublist-done = Unterauftragsverarbeiter von { $organisation } ({ $lines ->
    [one] eine Leistung
   *[other] { $lines } Leistungen
}) in { $path } geschrieben.
duplicated = Verarbeitung { $id } „{ $name }“ als Entwurf angelegt, eine Kopie von { $from } „{ $original }“.
