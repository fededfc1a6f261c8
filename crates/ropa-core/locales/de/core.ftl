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

