# Words the window and the command line both say: an import's report (encodings, layouts, file
# formats, what each sheet was read as, what each row became) and the history's actions and kinds
# of entries. The core reads this file with its own; the window with window.ftl and fields.ftl.

encoding_utf8 = UTF-8
encoding_utf8_bom = UTF-8 mit Byte-Order-Mark
encoding_utf16_le = UTF-16 („Unicode-Text“ aus Excel)
encoding_utf16_be = UTF-16 Big-Endian
encoding_windows1252 = Windows-1252 (Standard von Excel in Westeuropa)
preset_auto = erkannt
preset_ropa = die Spalten von ropa
preset_ico = Vorlage des britischen ICO
preset_cnil = Verzeichnis der CNIL (Frankreich)
preset_dsk = DSK-Muster (Verzeichnis der Datenschutzkonferenz)
preset_generic = Spalten, an ihren Namen erkannt
format_csv = CSV-Text
format_xlsx = Excel-Arbeitsmappe (.xlsx)
format_xls = Excel-97–2003-Arbeitsmappe (.xls)
format_ods = OpenDocument-Tabelle (.ods)
sheet_register = Eine Liste der Verarbeitungstätigkeiten
sheet_fiche = Das Datenblatt einer Tätigkeit
sheet_lists = Auswahllisten (keine Daten)
sheet_help = Hilfetext (keine Daten)
sheet_blank_template = Das leere Datenblatt der Vorlage (nichts ausgefüllt)
sheet_example = Das Beispiel der Vorlage (keine Ihrer Tätigkeiten)
sheet_empty = Leer
sheet_unrecognised = Nicht erkannt: keine Kopfzeile gefunden (nicht gelesen)
sheet_left_out = Ausgelassen
outcome_merged = Mit einer anderen Zeile derselben Tätigkeit zusammengeführt
outcome_kept = Unverändert behalten
outcome_created = Neu
outcome_updated = Aktualisierung
outcome_unchanged = Unverändert
outcome_refused = Abgelehnt
action_create = Angelegt
action_update = Geändert
action_delete = Gelöscht
kind_organisation = Organisation
kind_controller = Verantwortlicher
kind_site = Standort
kind_sub_processor = Unterauftragsverarbeiter
kind_measure = Maßnahme
kind_activity = Tätigkeit

# Wo ein Problem in einer Datei liegt.

issue-sheet = Blatt „{ $sheet }“
issue-row = Zeile { $row }
issue-column-named = Spalte { $letter } „{ $column }“
issue-column = Spalte { $letter }
issue-column-header = Spalte „{ $column }“
issue-value = (Wert: „{ $value }“)
