# The record of processing activities (the PDF): its titles, labels and notes.

pdf-title-controller = Verzeichnis von Verarbeitungstätigkeiten — Artikel 30 Absatz 1 DSGVO
pdf-title-processor = Verzeichnis zu allen Kategorien von im Auftrag eines Verantwortlichen durchgeführten Tätigkeiten der Verarbeitung — Artikel 30 Absatz 2 DSGVO
pdf-title-both = Verzeichnis von Verarbeitungstätigkeiten — Artikel 30 Absätze 1 und 2 DSGVO
pdf-title-extract = Auszug aus dem Verzeichnis der im Auftrag des Verantwortlichen durchgeführten Verarbeitungstätigkeiten — Artikel 30 Absatz 2 DSGVO
pdf-running = Verzeichnis von Verarbeitungstätigkeiten (Artikel 30 DSGVO)
pdf-fingerprint-note-extract = Zwei Exemplare dieses Auszugs mit demselben Fingerabdruck haben denselben Inhalt.
pdf-all-measures = Alle Maßnahmen aus Anhang B
pdf-col-place = Land und Ort
pdf-part-for = Teil für den Verantwortlichen:
pdf-roles = Tätig als
pdf-role-controller = Verantwortlicher
pdf-role-processor = Auftragsverarbeiter
pdf-address = Anschrift
pdf-registration = Registernummer
pdf-contact = Kontakt
pdf-dpo = Datenschutzbeauftragter
pdf-representative = Vertreter in der Union (Art. 27)
pdf-representative-not-required = Nicht erforderlich (Niederlassung in der EU/im EWR)
pdf-generated = Erstellt am
pdf-last-change = Verzeichnis zuletzt geändert am
pdf-completeness = { $percent } % der Angaben nach Artikel 30 erfasst ({ $filled } von { $total }, für die Tätigkeiten in diesem Dokument)
pdf-completeness-label = Vollständigkeit
pdf-fingerprint = Inhaltlicher Fingerabdruck
pdf-fingerprint-note = Zwei Exemplare mit demselben Fingerabdruck enthalten dasselbe Verzeichnis.
pdf-contents = Inhalt
pdf-page = Seite
pdf-controller-record = Verzeichnis des Verantwortlichen — Artikel 30 Absatz 1
pdf-processor-record = Verzeichnis des Auftragsverarbeiters — Artikel 30 Absatz 2
pdf-annexes = Anhänge
pdf-annex-subprocessors = Anhang A — Unterauftragsverarbeiter nach Standort oder Region
pdf-annex-processors = Anhang A — Auftragsverarbeiter nach Standort oder Region
pdf-processors = Auftragsverarbeiter
pdf-annex-measures = Anhang B — Technische und organisatorische Maßnahmen
pdf-annex-transfers = Anhang C — Übermittlungen an Drittländer oder internationale Organisationen
pdf-not-recorded = Nicht erfasst
pdf-no-controller = Verantwortlicher nicht erfasst
pdf-a1-controller = a) Name und Kontaktdaten des Verantwortlichen
pdf-a1-joint = a) Gemeinsam Verantwortliche
pdf-b1-purposes = b) Zwecke der Verarbeitung
pdf-c1-subjects = c) Kategorien betroffener Personen
pdf-c1-data = c) Kategorien personenbezogener Daten
pdf-d1-recipients = d) Kategorien von Empfängern
pdf-e1-transfers = e) Übermittlungen an ein Drittland oder an eine internationale Organisation
pdf-f1-erasure = f) Vorgesehene Fristen für die Löschung
pdf-g1-security = g) Technische und organisatorische Maßnahmen
pdf-a2-processor = a) Name und Kontaktdaten des Auftragsverarbeiters
pdf-a2-controller = a) Verantwortlicher, in dessen Auftrag der Auftragsverarbeiter tätig ist
pdf-b2-processing = b) Kategorien von Verarbeitungen, die im Auftrag des Verantwortlichen durchgeführt werden
pdf-c2-transfers = c) Übermittlungen an ein Drittland oder an eine internationale Organisation
pdf-d2-security = d) Technische und organisatorische Maßnahmen
pdf-other = Weitere Angaben
pdf-legal-basis = Rechtsgrundlage (Art. 6 Abs. 1)
pdf-special-basis = Bedingung für besondere Kategorien (Art. 9 Abs. 2)
pdf-locations = Orte der Verarbeitung und Speicherung
pdf-subprocessors = Unterauftragsverarbeiter
pdf-dpia = Datenschutz-Folgenabschätzung
pdf-dpia-not-required = nicht erforderlich
pdf-dpia-required = erforderlich
pdf-dpia-criteria = erfüllte Kriterien (WP248)
pdf-yes = Ja
pdf-no = Nein
pdf-status = Status
pdf-description = Beschreibung
pdf-created = Eintrag angelegt am
pdf-updated = Eintrag zuletzt geändert am
pdf-last-review = Zuletzt überprüft am
pdf-next-review = Nächste Überprüfung am
pdf-col-subprocessor = Unterauftragsverarbeiter
pdf-col-site = Standort oder Region
pdf-col-country = Land
pdf-col-purpose = Zweck
pdf-col-safeguard = Garantie
pdf-col-measure = Maßnahme
pdf-col-category = Kategorie
pdf-col-description = Beschreibung
pdf-col-activity = Tätigkeit
pdf-col-recipient = Empfänger
pdf-all-sites = Alle Standorte
pdf-no-safeguard = Keine Garantie erfasst
pdf-no-transfers = Keine: Es werden keine personenbezogenen Daten an ein Drittland oder eine internationale Organisation übermittelt
pdf-special-flag = besondere Kategorie
pdf-criminal-flag = Straftaten
pdf-processor-basis = Sache des Verantwortlichen (Auftragsverarbeitung)
pdf-international-organisation = internationale Organisation
pdf-scc-module = Modul
pdf-impact-assessment = Transfer-Folgenabschätzung
pdf-contracts = Auftragsverarbeitungsverträge (Art. 28 Abs. 3 und 4)
pdf-contract-client = Auftraggeber (Verantwortlicher)
pdf-contract-subprocessor = Unterauftragsverarbeiter
pdf-contract-processor = Auftragsverarbeiter
pdf-contract-signed = unterzeichnet am
pdf-contract-objection = Einspruchsfrist
pdf-col-party = Mit
pdf-col-agreement = Vertrag
pdf-col-ends = Endet oder verlängert sich am
pdf-col-sub-processing = Unterauftragsverarbeitung (Art. 28 Abs. 2)
pdf-col-document = Unterzeichnetes Dokument

page-of = Seite { $page } von { $pages }

# Words the files and the history share.

international-organisation = Internationale Organisation
period-days = { $n } { $n ->
        [one] Tag
       *[other] Tage
    }
period-weeks = { $n } { $n ->
        [one] Woche
       *[other] Wochen
    }
period-months = { $n } { $n ->
        [one] Monat
       *[other] Monate
    }
period-years = { $n } { $n ->
        [one] Jahr
       *[other] Jahre
    }
retention-from = ab
comment-on = Kommentar zu { $on }: { $text }
not-applicable = Nicht zutreffend


# Was ein Import über das Gelesene sagt: Warnungen und Fehler zu Zellen, Zeilen und Blättern. Ein
# Wert aus der Datei wird so zitiert, wie die Datei ihn schreibt.

import-change = Import von { $file }
contact-role-controller = Kontakt des Verantwortlichen
contact-role-dpo = Datenschutzbeauftragter
contact-role-representative = Vertreter
value-legal-basis = Rechtsgrundlage
value-special-condition = Bedingung nach Art. 9
value-recipient-kind = Empfängerart
value-safeguard = Garantie
value-sub-processing = Art der Genehmigung von Unterauftragsverarbeitern
import-not-scc-module = „{ $text }“ ist kein Modul der Standardvertragsklauseln (1 bis 4); nicht gelesen
import-not-known-yet = „{ $text }“ sagt, dass der Wert noch nicht bekannt ist: das Feld bleibt leer (die Prüfungen fragen danach) und die Worte werden in den Anmerkungen behalten
import-not-an-id = „{ $text }“ ist keine ID (eine ganze Zahl)
import-not-a-role = „{ $text }“ ist keine Rolle (Verantwortlicher oder Auftragsverarbeiter); als Verantwortlicher gelesen
import-not-a-status = „{ $text }“ ist kein Status (Entwurf, aktiv, eingestellt); als Entwurf gelesen
import-not-a-sensitivity = „{ $text }“ ist keine Sensibilität; als normal gelesen
import-not-a-period = „{ $text }“ ist keine Frist wie „3 Jahre“
import-not-a-dpia-status = „{ $text }“ ist kein DSFA-Stand; in der DSFA-Kennung behalten
import-not-a-dpia-criterion = „{ $text }“ ist keines der neun Kriterien der Leitlinien zur DSFA; nicht gelesen
import-unknown-value = „{ $text }“ ist ropa als { $what } nicht bekannt; wie geschrieben übernommen
import-unknown-country = „{ $text }“ ist ropa als Land nicht bekannt; wie geschrieben übernommen
import-not-yes-or-no = „{ $text }“ ist weder Ja noch Nein ({ $what }); unbeantwortet gelassen
import-read-as-yes-no = „{ $text }“ als { $read } gelesen ({ $what }); der Rest wird nicht behalten
import-neither-yes-nor-no = „{ $text }“ ist weder Ja noch Nein ({ $what })
import-not-a-headcount = „{ $text }“ ist keine Personenzahl (Headcount)
import-not-a-notice = „{ $text }“ ist kein Teil einer Mitteilung, wie ropa sie schreibt (gesendet am | Änderungen erfasst bis | Anzahl der Änderungen | Text)
import-not-a-measure-category = „{ $text }“ ist keine Maßnahmenkategorie; als Sonstige gelesen
import-no-such-date = „{ $text }“ ist kein existierendes Datum
import-not-a-date = „{ $text }“ ist kein Datum (schreiben Sie es als JJJJ-MM-TT oder TT.MM.JJJJ)
import-kept-in-notes = { $what }; in den Anmerkungen behalten
import-spreadsheet-error = die Zelle enthält einen Tabellenfehler ({ $error }); leer gelassen
import-formula-without-result = die Zelle enthält eine Formel (={ $formula }), deren Ergebnis die Datei nicht speichert; leer gelassen (öffnen Sie die Datei in Excel oder LibreOffice und speichern Sie sie, um die Ergebnisse zu speichern)
import-comments-unreadable = die Kommentare des Blatts konnten nicht gelesen werden ({ $detail }); sie werden nicht importiert
import-contact-kept = die Datei nennt als { $role } „{ $given }“; der der Organisation („{ $kept }“) wird behalten
import-no-organisation = die Zeile nennt keine Organisation; geben Sie eine mit --org NAME an
import-no-organisation-in = die Zeile nennt keine Organisation; geben Sie eine mit --org NAME an ({ $file })
import-organisation-from-contacts = keine Organisation angegeben: die Tätigkeiten werden für „{ $organisation }“ erfasst, den Verantwortlichen, den der Kontaktblock nennt (mit --org NAME wählen Sie eine andere)
import-id-of-another-organisation = ID { $id } ist eine Tätigkeit einer anderen Organisation
import-reference-taken = die Kennung „{ $reference }“ ist auch die von „{ $other }“ ({ $at }): Kennungen unterscheiden Tätigkeiten, geben Sie jeder ihre eigene
import-also-on-sheet = „{ $name }“ steht auch auf Blatt „{ $sheet }“ (Zeile { $row }): als eine Tätigkeit gelesen, ihre Listen vereint; geben Sie den Zeilen verschiedene Namen, wenn es zwei Tätigkeiten sind
import-differs-in = { $field }: „{ $there }“ in { $at }, „{ $here }“ hier
import-same-name-differs = diese Zeile und { $at } nennen dieselbe Tätigkeit „{ $name }“, unterscheiden sich aber in { $differences }; gleichen Sie sie an oder geben Sie den Zeilen verschiedene Namen
import-repeats = wiederholt, was { $at } über „{ $name }“ sagt; zusammengeführt
import-list-and-fiche = { $field }: die Liste sagt „{ $list }“, das Datenblatt (Blatt „{ $sheet }“, Zeile { $row }) „{ $fiche }“; das des Datenblatts wird behalten
import-conflict-start = hier beginnt ein Versionskonflikt (<<<<<<<); diese Markierungszeile wird übersprungen
import-conflict-end = hier endet ein Versionskonflikt (>>>>>>>); diese Markierungszeile wird übersprungen
import-conflict-marker = eine Markierung eines Versionskonflikts (=======); übersprungen
import-separator-row = eine Zeile nur aus Trennzeichen; übersprungen
import-header-repeated = die Kopfzeile wiederholt; übersprungen
import-total-line = eine Summenzeile („{ $text }“), keine Tätigkeit; übersprungen
import-inside-conflict = diese Zeile liegt in einem Versionskonflikt (ab Zeile { $start }): die Datei enthält zwei Fassungen dieser Zeilen und beide wurden gelesen; prüfen Sie, welche stimmt
import-continues = kein eigener Name: als Fortsetzung von „{ $name }“ (Zeile { $row }) darüber gelesen, wie es eine Zeile je Datenkategorie oder eine verbundene Namenszelle sagt
import-continues-refused = setzt „{ $name }“ (Zeile { $row }) fort, die abgewiesen wird: korrigieren Sie zuerst diese Zeile
import-nameless = eine Tätigkeit braucht einen Namen oder einen Zweck; diese Zeile hat keines von beiden
import-nameless-below = eine Tätigkeit braucht einen Namen oder einen Zweck; diese Zeile hat keines von beiden und ergänzt keine Liste von „{ $name }“ (Zeile { $row }) darüber, setzt sie also nicht fort: geben Sie ihr einen Namen oder tragen Sie ihre Werte in Zeile { $row } ein
import-fiche-nameless = das Datenblatt nennt weder Namen noch Zweck: eine Tätigkeit braucht eines davon
import-comment-not-imported = ein Kommentar in einer Zeile, die keine Tätigkeit ist; nicht importiert
import-comment-outside = ein Kommentar in einer Zelle außerhalb der Zeilen der Tätigkeiten; nicht importiert
import-forbidden-removed = Steuer- oder Textrichtungszeichen entfernt ({ $characters }): ein Verzeichnis behält sie nicht
import-no-activity-in-row = eine Zeile ohne Tätigkeit (kein Name, kein Zweck); diese Zelle wurde nicht importiert
import-no-activity = keine Tätigkeit in dieser Zeile
import-dated-from-review = kein Erstellungsdatum: der Eintrag wird auf seine letzte Überprüfung datiert ({ $reviewed })
import-template-example = das eigene Beispiel der Vorlage („{ $name }“), keine Ihrer Tätigkeiten; übersprungen
import-above-header = über der Kopfzeile und keine Kontaktangabe, die ropa liest; nicht importiert
import-not-a-column-of = keine Spalte der Datei { $file } von ropa; nicht importiert
import-sheet-not-asked = ausgelassen: nicht unter den angeforderten Blättern
import-sheet-blank-fiche = das leere Datenblatt des Verzeichnisses: nichts ausgefüllt; ausgelassen
import-sheet-example = das eigene Beispiel der Vorlage („{ $name }“); ausgelassen
import-sheet-fiche-of = das Datenblatt von „{ $name }“
import-sheet-activities = eine Liste von Tätigkeiten, Kopfzeile in Zeile { $row }
import-sheet-table = die Tabelle { $table } von ropa
import-sheet-lists = die Listen der Auswahlmenüs der Vorlage; ausgelassen
import-sheet-help = Hilfetext; ausgelassen
import-sheet-no-header = keine Kopfzeile in den ersten { $rows } Zeilen (erwartet wurden Spaltennamen wie „Bezeichnung der Verarbeitungstätigkeit“, „Zwecke“ oder „Name“); nicht gelesen
import-sheet-not-read = dieses Blatt wurde nicht gelesen: keine Kopfzeile in den ersten { $rows } Zeilen; seine { $cells } Zellen werden nicht importiert (benennen Sie seine Spalten oder wählen Sie die Kopfzeile mit --map)
import-sheet-hidden = dieses Blatt ist in der Arbeitsmappe ausgeblendet, enthält aber Tätigkeiten: sie wurden als geltend gelesen; wenn sie eingestellt sind, ändern Sie ihren Status oder lassen Sie das Blatt aus (--sheet)
import-sheet-joined = , mit seiner Zeile in „{ $list }“ verbunden (Zeile { $row })
import-invalid = { $file }: { $count ->
        [one] { $count } Zeile ist ungültig
       *[other] { $count } Zeilen sind ungültig
    }; nichts wurde importiert:
import-more-invalid = … und { $count } weitere

# Was schiefging (Fehler) und was an den Angaben nicht stimmt (ungültige Felder). Eine Angabe des
# Systems oder von SQLite wird so zitiert, wie sie kommt.

error-invalid = { $entity } ist ungültig: { $fields }
error-not-a-store = { $path }: kein Verzeichnis von ropa ({ $reason }); die Datei blieb unberührt
error-newer-store = { $path }: von einer neueren Version von ropa geschrieben (Schema { $found }, diese Version kennt bis { $supported }); die Datei blieb unberührt
error-locked-by = { $path }: { $holder } schreibt in das Verzeichnis und war nach { $waited } Sekunden nicht fertig; nichts wurde geschrieben: versuchen Sie es erneut, wenn es fertig ist
error-locked = { $path }: ein anderes Programm schreibt in das Verzeichnis und war nach { $waited } Sekunden nicht fertig; nichts wurde geschrieben: versuchen Sie es erneut, wenn es fertig ist
error-read-only = { $path }: das Verzeichnis ist hier schreibgeschützt ({ $reason }); nichts wurde geschrieben. Um das Verzeichnis zu ändern, kopieren Sie die Datei in einen Ordner, in den Sie schreiben dürfen, und öffnen Sie die Kopie
error-changed-elsewhere = { $entity } wurde von { $by } am { $at } geändert, seit Sie es geöffnet haben{ $fields }; nichts wurde geschrieben: laden Sie es neu, um die Änderung zu sehen, oder speichern Sie Ihre darüber
error-deleted-elsewhere = { $entity } wurde von { $by } am { $at } gelöscht, seit Sie es geöffnet haben{ $fields }; nichts wurde geschrieben: laden Sie neu, um die Änderung zu sehen, oder speichern Sie Ihre darüber
error-io = { $path }: { $message }
error-full = { $path }: der Datenträger ist voll (oder die Datei würde größer, als das System erlaubt): nichts wurde geschrieben; schaffen Sie Platz und versuchen Sie es erneut
error-disk = { $path }: der Datenträger konnte nicht beschrieben oder gelesen werden ({ $detail }); nichts wurde geschrieben: prüfen Sie den Datenträger und den freien Platz und versuchen Sie es erneut
error-not-found = kein Eintrag ({ $kind }) mit der ID { $id }
error-corrupt = { $path }: das Verzeichnis ist beschädigt ({ $detail }); nichts wurde hineingeschrieben. Um das Verzeichnis zurückzuholen, sichert `ropa recover { $path }` das noch Lesbare in ein neues Verzeichnis, und `ropa --db { $path } backups` listet die daneben aufbewahrten Kopien
error-database = { $path }: Datenbankfehler: { $detail }
error-no-name-given = kein Name angegeben ({ $kind })
error-nothing-matches = nichts entspricht „{ $query }“ ({ $kind })
error-several-match = „{ $query }“ passt auf mehrere Einträge ({ $kind }): { $names }; geben Sie mehr vom Namen an
error-no-organisation-yet = das Verzeichnis enthält noch keine Organisation
error-choose-organisation = das Verzeichnis enthält mehrere Organisationen ({ $names }): wählen Sie eine
error-not-a-client = { $client } ist kein Auftraggeber von { $organisation }
error-no-such-change = es gibt keine Änderung { $id } (`ropa history` nummeriert sie)
error-change-undone-already = Änderung { $id }, „{ $label }“, wurde bereits zurückgenommen (durch Änderung { $by })
error-nothing-to-undo = keine Änderung { $id } zum Zurücknehmen
error-no-such-version = keine Änderung { $seq } im Verlauf von { $kind } { $id }
io-disk-full = der Datenträger ist voll: nichts wurde geschrieben; schaffen Sie Platz und versuchen Sie es erneut
io-too-large = die Datei wäre größer, als das System erlaubt: nichts wurde geschrieben
io-permission-denied = Zugriff verweigert: Sie dürfen diese Datei oder diesen Ordner nicht schreiben oder lesen
io-read-only = der Datenträger ist schreibgeschützt: dort kann nichts geschrieben werden
invalid-name-required = ein Name ist erforderlich
invalid-forbidden-characters = enthält Steuer- oder Textrichtungszeichen ({ $characters }), die ein Verzeichnis nicht behält; entfernen Sie sie
invalid-dpia-criterion = „{ $code }“ ist keines der Kriterien der Leitlinien zur DSFA
invalid-scc-module = die Standardvertragsklauseln haben die Module 1 bis 4
invalid-zero-period = eine Frist von null braucht eine Anmerkung, was sie bedeutet („keine Speicherung“)
invalid-no-transfers-yet-some = der Eintrag sagt, es gebe keine Übermittlungen, nennt aber welche: entfernen Sie diese oder die Aussage
invalid-review-before-creation = die letzte Überprüfung liegt vor der Erstellung des Eintrags
invalid-too-long = Text länger als { $bytes } Bytes
invalid-erase-too-short = geben Sie mindestens { $count } Zeichen an: ein kürzerer Text käme überall im Verzeichnis vor
invalid-undo-changed-since = kann nicht in einem Schritt zurückgenommen werden: { $entries } wurden seitdem erneut geändert; nehmen Sie zuerst die späteren Änderungen zurück (`ropa history` listet sie) oder stellen Sie jeden Eintrag aus seinem Verlauf wieder her
invalid-id-taken = die ID { $id } ist nicht frei
invalid-other-organisation = ein Eintrag kann nicht zu einer anderen Organisation wechseln
invalid-still-used = noch verwendet von { $uses }
invalid-no-organisation = keine Organisation mit der ID { $id }
invalid-name-taken = ein anderer Eintrag ({ $kind }) heißt bereits „{ $name }“ (ID { $id })
invalid-push-organisation-exists = { $server } hat bereits eine Organisation „{ $name }“: ein Verzeichnis wird neben die des Servers kopiert, nicht hinein (importieren Sie stattdessen seine Tabellen oder benennen Sie eine um)
invalid-listed-twice = die ID { $id } steht zweimal in der Liste
invalid-no-such-entry = kein Eintrag ({ $kind }) mit der ID { $id }
invalid-entry-of-other-organisation = { $kind } { $id } gehört zu einer anderen Organisation
error-file-exists = { $path } existiert bereits; nichts wurde geschrieben
error-notice-changed = Das Verzeichnis hat sich geändert, seit diese Mitteilung vorbereitet wurde; sie wird neu angezeigt, wie sie jetzt lautet: lesen Sie sie, dann erfassen Sie sie.
error-not-exported = { $path } wurde nicht hier exportiert
invalid-exists-already = existiert bereits
opened-created = neues Verzeichnis unter { $path } angelegt
opened-migrated = Verzeichnis von Schema { $from } auf { $to } aktualisiert; die vorherige Datei wurde nach { $backup } kopiert
opened-read-only = { $path }: nur zum Lesen geöffnet ({ $reason }): das Verzeichnis kann gelesen und exportiert, aber nicht geändert werden
opened-recovered = { $path }: die letzte Änderung wurde nicht abgeschlossen (ropa wurde währenddessen beendet); sie wurde rückgängig gemacht, und das Verzeichnis ist wie zuvor
io-not-found = keine solche Datei und kein solcher Ordner
import-no-such-sheet = die Arbeitsmappe hat kein Blatt namens „{ $sheet }“; ihre Blätter sind { $sheets }
import-no-header = keine Kopfzeile in den ersten { $rows } Zeilen (erwartet wurden Spaltennamen wie „Bezeichnung der Verarbeitungstätigkeit“, „Zwecke“, „Name“ oder „Purposes“)
import-map-not-a-field = --map '{ $header }={ $field }': „{ $field }“ ist kein Feld; verwenden Sie eines von: { $fields }, notes, ignore
import-map-no-column = --map '{ $header }={ $field }': die Datei hat keine Spalte „{ $header }“
import-no-register = kein Blatt enthält ein Verzeichnis, das ropa lesen kann ({ $sheets }); eine Verzeichnisliste braucht eine Kopfzeile mit Spaltennamen wie „Bezeichnung“ oder „Zweck“
error-server-address = { $address }: { $problem }
error-unreachable = { $server }: der Server ist nicht erreichbar ({ $detail }); nichts wurde geschrieben
error-server = { $server }: der Server hat es abgelehnt ({ $detail }); nichts wurde geschrieben
server-url-scheme = die Adresse eines Verzeichnisses auf einem Server beginnt mit postgres://
server-url-no-user = geben Sie den Benutzer vor dem Host an: postgres://BENUTZER@HOST/DATENBANK
server-url-no-database = geben Sie die Datenbank nach dem Host an: postgres://BENUTZER@HOST/DATENBANK
server-url-host = geben Sie den Host des Servers an: postgres://BENUTZER@HOST/DATENBANK
server-url-port = „{ $port }“ ist kein Port (1 bis 65535)
server-url-sslmode = sslmode „{ $mode }“: verwenden Sie disable, prefer, require, verify-ca oder verify-full
server-url-parameter = „{ $parameter }“ ist kein Parameter, den ropa liest; nur sslmode
server-url-password = die Adresse enthält ein Passwort, das im Verlauf der Shell und in der Prozessliste bliebe: geben Sie es stattdessen in PGPASSWORD an oder lassen Sie ropa danach fragen
error-written-meanwhile = { $server }: jemand anderes hat im selben Moment in das Verzeichnis geschrieben; nichts von dieser Änderung wurde geschrieben: versuchen Sie es erneut
error-denied = { $server }: Sie dürfen das hier nicht ({ $detail }); bitten Sie den Administrator des Verzeichnisses um das Recht; nichts wurde geschrieben
error-older-server = { $server } ist ein Verzeichnis mit Schema { $found }, älter als das dieses ropa ({ $supported }): bitten Sie Ihren Administrator, `ropa admin upgrade` auszuführen; nichts wurde geändert
error-file-only = { $server } ist ein Verzeichnis auf einem Server: dies geschieht mit einem Verzeichnis in einer Datei (Kopien, Wiederherstellung und Löschung auf dem Server sind Sache seines Administrators)
admin-no-role = { $server } hat keine Rolle „{ $role }“: der Administrator des Servers legt sie zuerst an (CREATE ROLE … LOGIN)
profile-none = { $file } enthält kein Profil: schreiben Sie eines je Zeile, NAME = postgres://BENUTZER@HOST/DATENBANK
profile-unknown = kein Profil „{ $name }“ in { $file } (seine Profile: { $names })

# Eine Mitteilung über Änderungen bei Unterauftragsverarbeitern, für einen Auftraggeber (Art. 28 Abs. 2).

notice-title = Mitteilung über Änderungen bei Unterauftragsverarbeitern
notice-to = An
notice-from = Von
notice-date = Datum
notice-change = Änderung
notice-before = Vorher
notice-after = Nachher
notice-activities = Betroffene Verarbeitungen
notice-intro = { $changes ->
    [one] Eine Änderung
   *[other] { $changes } Änderungen
} bei den Unterauftragsverarbeitern der in Ihrem Auftrag durchgeführten Verarbeitungen { $period }:
notice-since-date = seit dem { $date }
notice-since-notice = seit unserer Mitteilung vom { $date }
notice-since-last-notice = seit unserer letzten Mitteilung
notice-since-contract = seit dem Vertrag vom { $date }
notice-since-beginning = seit Beginn des Verzeichnisses
notice-no-change = Keine Änderung bei den Unterauftragsverarbeitern { $period }.
notice-objection = Nach dem Vertrag können Sie einer Änderung innerhalb von { $period } widersprechen.
notice-objection-unknown = Die vertragliche Frist für einen Einspruch ist im Verzeichnis nicht erfasst.
notice-added = { $name } als Unterauftragsverarbeiter hinzugefügt
notice-removed = { $name } ist kein Unterauftragsverarbeiter mehr
notice-replaced = { $old } durch { $name } ersetzt
notice-changed = { $name } geändert
notice-transfer-added = Übermittlung hinzugefügt: { $name }
notice-transfer-changed = Übermittlung geändert: { $name }
notice-transfer-removed = Übermittlung beendet: { $name }
notice-legal-name = Rechtsträger
notice-country = Land
notice-service = Leistung
notice-every-site = alle Standorte
notice-no-safeguard = keine Garantie erfasst
notice-scc-module = SCC-Modul

# Die öffentliche Liste der Unterauftragsverarbeiter.

sublist-title = Unterauftragsverarbeiter von { $organisation }
sublist-updated = Zuletzt geändert am { $date }.
sublist-empty = Kein Unterauftragsverarbeiter ist erfasst.
sublist-intro = Die Unterauftragsverarbeiter, die wir für die Verarbeitung personenbezogener Daten im Auftrag unserer Kunden einsetzen, nach Standort oder Region: was jeder tut, wo er die Daten verarbeitet und auf welcher Grundlage Daten den Europäischen Wirtschaftsraum verlassen.
sublist-every-site = Alle Standorte und Regionen
sublist-col-name = Unterauftragsverarbeiter
sublist-col-service = Leistung
sublist-col-country = Wo
sublist-col-mechanism = Grundlage der Übermittlung
sublist-col-changed = Zuletzt geändert
sublist-within-eea = Innerhalb der EU/des EWR: keine Übermittlung
sublist-not-recorded = Nicht erfasst
sublist-generated = Erstellt aus dem Verzeichnis von Verarbeitungstätigkeiten von { $organisation } am { $date }.
