# Words the window and the command line both say: an import's report (encodings, layouts, file
# formats, what each sheet was read as, what each row became) and the history's actions and kinds
# of entries. The core reads this file with its own; the window with window.ftl and fields.ftl.

encoding_utf8 = UTF-8
encoding_utf8_bom = UTF-8 with byte-order mark
encoding_utf16_le = UTF-16 (Excel’s “Unicode text”)
encoding_utf16_be = UTF-16 big-endian
encoding_windows1252 = Windows-1252 (Excel’s default in Western Europe)
preset_auto = detected
preset_ropa = ropa’s own columns
preset_ico = UK ICO template
preset_cnil = CNIL register
preset_dsk = German DSK model register
preset_generic = columns recognised by their names
format_csv = CSV text
format_xlsx = Excel workbook (.xlsx)
format_xls = Excel 97–2003 workbook (.xls)
format_ods = OpenDocument spreadsheet (.ods)
sheet_register = A register list
sheet_fiche = An activity’s fiche
sheet_lists = Drop-down lists (not data)
sheet_help = Help text (not data)
sheet_blank_template = The blank fiche of the template (nothing filled in)
sheet_example = The template’s own example (not one of yours)
sheet_empty = Empty
sheet_unrecognised = Not recognised: no header row found (not read)
sheet_left_out = Left out
outcome_merged = Merged with another row of the same activity
outcome_kept = Kept as it is
outcome_created = New
outcome_updated = Update
outcome_unchanged = Unchanged
outcome_refused = Refused
action_create = Created
action_update = Changed
action_delete = Deleted
kind_organisation = organisation
kind_controller = controller
kind_site = site
kind_sub_processor = sub-processor
kind_measure = measure
kind_activity = activity

# Where a problem in a file is.

issue-sheet = sheet "{ $sheet }"
issue-row = row { $row }
issue-column-named = column { $letter } "{ $column }"
issue-column = column { $letter }
issue-column-header = column "{ $column }"
issue-value = (value: "{ $value }")
