# The fields of an activity and the items of Article 30, in one file that the core (the files,
# the record, the history, `ropa show`) and the window (the editor's labels and groups) read.
# A field's label is its name everywhere; `item-…` name the Article 30 items, as the editor
# groups the fields and the checks count them (article30.rs).

field-id = ID
field-organisation = Organisation
field-reference = Kennung
field-name = Bezeichnung
field-description = Beschreibung
field-role = Rolle
field-status = Status
field-controllers = Verantwortliche (Auftraggeber)
field-joint-controllers = Gemeinsam Verantwortliche
field-purposes = Zwecke
field-legal-bases = Rechtsgrundlagen
field-special-bases = Bedingungen nach Art. 9
field-criminal-basis = Grundlage für Daten über Straftaten (Art. 10)
field-data-subjects = Betroffene Personen
field-data-categories = Datenkategorien
field-source = Herkunft der Daten
field-recipients = Empfänger
field-locations = Orte der Verarbeitung
field-transfers = Drittlandübermittlungen
field-no-transfers = Keine Übermittlungen
field-retention = Löschfristen
field-measures = Technische und organisatorische Maßnahmen
field-sub-processors = Unterauftragsverarbeiter
field-dpia-required = DSFA erforderlich
field-dpia-status = Stand der DSFA
field-dpia-criteria = DSFA-Kriterien
field-dpia-reference = DSFA-Kennung
field-automated-decisions = Automatisierte Entscheidungsfindung einschließlich Profiling
field-automated-decisions-detail = Automatisierte Entscheidungen: Einzelheiten
field-rights = Rechte der betroffenen Personen
field-owner = Verantwortliche Fachabteilung
field-software = Software
field-created-on = Angelegt
field-updated-on = Geändert
field-last-review = Letzte Überprüfung
field-next-review = Nächste Überprüfung
field-notes = Anmerkungen
field-internal-recipients = Interne Empfänger
field-external-recipients = Externe Empfänger
field-processor-recipients = Auftragsverarbeiter
field-transfer-countries = Drittländer
field-transfer-safeguards = Garantien
field-special-data = Besondere Kategorien personenbezogener Daten
field-legitimate-interest = Berechtigte Interessen
field-legitimate-interest-assessment = Interessenabwägung
field-consent-record = Nachweis der Einwilligung

item-30-1-a = Name und Kontaktdaten — Art. 30 Abs. 1 lit. a
item-30-1-b = Zwecke und Rechtsgrundlagen — Art. 30 Abs. 1 lit. b
item-30-1-c = Betroffene Personen und personenbezogene Daten — Art. 30 Abs. 1 lit. c
item-30-1-d = Empfänger — Art. 30 Abs. 1 lit. d
item-30-1-e = Drittlandübermittlungen — Art. 30 Abs. 1 lit. e
item-30-1-f = Löschfristen — Art. 30 Abs. 1 lit. f
item-30-1-g = Technische und organisatorische Maßnahmen — Art. 30 Abs. 1 lit. g
item-30-2-a = Verarbeitung im Auftrag von Verantwortlichen — Art. 30 Abs. 2 lit. a
item-30-2-b = Kategorien von Verarbeitungen — Art. 30 Abs. 2 lit. b
item-30-2-c = Drittlandübermittlungen — Art. 30 Abs. 2 lit. c
item-30-2-d = Technische und organisatorische Maßnahmen — Art. 30 Abs. 2 lit. d
