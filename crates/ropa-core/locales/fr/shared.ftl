# Words the window and the command line both say: an import's report (encodings, layouts, file
# formats, what each sheet was read as, what each row became) and the history's actions and kinds
# of entries. The core reads this file with its own; the window with window.ftl and fields.ftl.

encoding_utf8 = UTF-8
encoding_utf8_bom = UTF-8 avec indicateur d’ordre des octets
encoding_utf16_le = UTF-16 (« Texte Unicode » d’Excel)
encoding_utf16_be = UTF-16 gros-boutiste
encoding_windows1252 = Windows-1252 (par défaut dans Excel en Europe de l’Ouest)
preset_auto = détecté
preset_ropa = colonnes de ropa
preset_ico = modèle de l’ICO (Royaume-Uni)
preset_cnil = registre de la CNIL
preset_dsk = registre modèle de la DSK (Allemagne)
preset_generic = colonnes reconnues par leur nom
format_csv = texte CSV
format_xlsx = Classeur Excel (.xlsx)
format_xls = Classeur Excel 97–2003 (.xls)
format_ods = Classeur OpenDocument (.ods)
sheet_register = Une liste des traitements
sheet_fiche = La fiche d’une activité
sheet_lists = Listes déroulantes (pas des données)
sheet_help = Aide (pas des données)
sheet_blank_template = La fiche vierge du modèle (rien n’est rempli)
sheet_example = L’exemple du modèle (pas l’une de vos activités)
sheet_empty = Vide
sheet_unrecognised = Non reconnue : aucune ligne d’en-têtes trouvée (non lue)
sheet_left_out = Écartée
outcome_merged = Fusionnée avec une autre ligne de la même activité
outcome_kept = Laissée telle quelle
outcome_created = Nouvelle
outcome_updated = Mise à jour
outcome_unchanged = Inchangée
outcome_refused = Refusée
action_create = Création
action_update = Modification
action_delete = Suppression
kind_organisation = organisme
kind_controller = responsable
kind_site = site
kind_sub_processor = sous-traitant ultérieur
kind_measure = mesure
kind_activity = activité

# Où se trouve un problème dans un fichier.

issue-sheet = feuille « { $sheet } »
issue-row = ligne { $row }
issue-column-named = colonne { $letter } « { $column } »
issue-column = colonne { $letter }
issue-column-header = colonne « { $column } »
issue-value = (valeur : « { $value } »)
