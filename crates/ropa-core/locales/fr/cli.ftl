# The command line's words: what `ropa` says as it works, and `ropa show`'s labels.

# `ropa show`: one activity in the terminal.

show-activity = Activité { $id } : { $name }
show-organisation = Organisme
show-role = Rôle
show-status = Statut
show-description = Description
show-controllers = Responsables de traitement (art. 30(2)(a))
show-joint-controllers = Responsables conjoints (art. 30(1)(a))
show-purposes = Finalités (art. 30(1)(b))
show-categories-of-processing = Catégories de traitements (art. 30(2)(b))
show-legal-basis = Base légale (art. 6(1))
show-legal-basis-processor = relève du responsable de traitement (activité de sous-traitance)
show-evidence-record = preuve : { $evidence }
show-special-bases = Conditions de l’art. 9(2)
show-data-subjects-30 = Personnes concernées (art. 30(1)(c))
show-data-subjects = Personnes concernées
show-personal-data-30 = Données personnelles (art. 30(1)(c))
show-personal-data = Données personnelles
show-recipients-30 = Destinataires (art. 30(1)(d))
show-recipients = Destinataires
show-locations = Lieux de traitement
show-transfers-30-1 = Transferts (art. 30(1)(e))
show-transfers-30-2 = Transferts (art. 30(2)(c))
show-no-transfers = aucun : aucune donnée personnelle ne va vers un pays tiers ou une organisation internationale
show-no-safeguard = aucune garantie renseignée
show-transfer = { $recipient } ({ $country }) : { $safeguard }
show-transfer-country = { $country } : { $safeguard }
show-retention = Durées de conservation (art. 30(1)(f))
show-retention-processor = Durées de conservation
show-measures-30-1 = Mesures de sécurité (art. 30(1)(g))
show-measures-30-2 = Mesures de sécurité (art. 30(2)(d))
show-subprocessors = Sous-traitants ultérieurs
show-processors = Sous-traitants
show-dpia = AIPD
show-dpia-not-required = non requise
show-dpia-required-no-progress = requise, avancement non renseigné
show-dpia-required = requise, { $status }
show-none = aucune
show-yes = oui
show-created = Créée le
show-updated = Modifiée le
show-last-review = Dernière revue
show-next-review = Prochaine revue
show-not-recorded = Non renseigné
show-kind-not-recorded = type non renseigné
show-as-written = { $text } (tel qu’écrit)

# Ce que `ropa` dit en travaillant.

cli-cannot-write = impossible d’écrire la sortie : { $error }
cli-no-data-dir = aucun dossier de données n’est connu pour cet utilisateur ; indiquez le registre avec --db CHEMIN
cli-dry-run-empty = { $path } n’existe pas encore ; l’essai à blanc utilise un registre vide et ne crée rien
cli-value-empty = (vide)
count-activity = { $count ->
        [one] { $count } activité
       *[other] { $count } activités
    }
count-organisation = { $count ->
        [one] { $count } organisme
       *[other] { $count } organismes
    }
count-site = { $count ->
        [one] { $count } site
       *[other] { $count } sites
    }
count-controller = { $count ->
        [one] { $count } responsable de traitement
       *[other] { $count } responsables de traitement
    }
count-sub-processor = { $count ->
        [one] { $count } sous-traitant
       *[other] { $count } sous-traitants
    }
count-measure = { $count ->
        [one] { $count } mesure de sécurité
       *[other] { $count } mesures de sécurité
    }
count-entry = { $count ->
        [one] { $count } entrée
       *[other] { $count } entrées
    }
demo-added = Registre d’exemple de { $organisation } ajouté.
demo-kept = { $organisation } est déjà dans le registre ; laissé tel quel.
list-empty = Aucune activité de traitement pour l’instant. `ropa demo` charge un registre d’exemple.
list-id = ID
list-organisation = ORGANISME
list-role = RÔLE
list-status = STATUT
list-name = NOM
history-empty = Aucune modification enregistrée pour l’instant.
history-change = — modification { $id } : { $label }
history-entry = { $action } : { $kind } { $id } « { $label } »
recover-saved = Enregistré dans { $path } : { $saved } ({ $entries ->
        [one] { $entries } entrée d’historique lue
       *[other] { $entries } entrées d’historique lues
    } ; consigné comme modification { $change }).
recover-nothing = rien
recover-unreadable-one = Entrée d’historique { $from } illisible.
recover-unreadable = Entrées d’historique { $from } à { $to } illisibles.
recover-lost = Non enregistré : { $what }
recover-all = Tout ce que l’historique du registre contient a été enregistré. Vérifiez-le avec `ropa --db { $path } list`.
recover-compare = Comparez avec la copie la plus récente (`ropa --db { $path } backups`) avant d’utiliser le nouveau registre.
backups-none = Aucune copie de { $path } pour l’instant : une copie est faite avant chaque import et chaque migration.
backups-title = Copies de { $path } (les { $kept } plus récentes sont gardées ; `ropa restore FICHIER` en remet une) :
backups-import = avant un import
backups-restore = avant une restauration
backups-upgrade = avant la mise à niveau depuis le schéma { $version }
backups-other = avant : { $reason }
purge-too-short = indiquez au moins { $count } caractères à effacer (un nom, une adresse électronique, un numéro de téléphone) : un texte plus court se retrouverait partout dans le registre
purge-absent = « { $text } » ne figure ni dans le registre, ni dans son historique, ni dans les copies à côté.
purge-occurs = « { $text } » figure dans :
purge-entry = { $kind } « { $name } » (ID { $id }) : { $fields }
purge-history = { $count ->
        [one] { $count } entrée
       *[other] { $count } entrées
    } de l’historique (versions antérieures des entrées, et leurs auteurs)
purge-changes = { $count ->
        [one] { $count } libellé de modification
       *[other] { $count } libellés de modifications
    } (le nom de fichier d’un import, son auteur)
purge-copy = la copie { $path }
purge-ask = Rien n’a été modifié. Pour l’effacer de tous ces endroits (remplacé par « [effacé le DATE] »), relancez avec --yes.
purge-done = Effacé. Le registre a été réécrit pour que les anciens octets en disparaissent ; l’effacement est consigné comme modification { $change } (sans le texte).
purge-rewritten = Réécrite de même : { $path }
purge-removed = Supprimée (une copie que ropa ne sait pas réécrire : d’une version antérieure, ou endommagée) : { $path }
purge-outside = Les fichiers hors du registre ne sont pas modifiés : les tableurs importés et les exports déjà faits le contiennent encore ; supprimez-les ou modifiez-les vous-même. La même donnée écrite autrement (« 06 12 … » pour « +33 6 12 … ») est un autre texte à effacer.
restore-no-copy = { $path } : aucune copie du registre de ce nom (`ropa backups` les liste)
restore-done = { $path } restauré : { $count ->
        [one] { $count } entrée modifiée
       *[other] { $count } entrées modifiées
    }, consigné comme modification { $change } (`ropa undo` l’annule). Le registre tel qu’il était est copié dans { $copy }.
undo-no-change = il n’y a pas de modification { $id } (`ropa history` les numérote)
undo-nothing-left = il ne reste aucune modification à annuler
undo-done = Modification { $id } annulée, « { $what } » : { $count ->
        [one] l’entrée qu’elle avait écrite est redevenue
       *[other] les { $count } entrées qu’elle avait écrites sont redevenues
    } comme avant.
progress-pdf = Écriture du PDF
progress-workbook = Écriture du classeur
progress-export = Export
progress-import = Import
progress-rows = { $count ->
        [one] { $count } ligne
       *[other] { $count } lignes
    }
export-pdf-done = Registre de { $organisation } écrit dans { $path } ({ $size } octets).
export-done = Écrit dans { $path } : { $what }.
export-xlsx-name = Remarque : le fichier est un classeur Excel (.xlsx) quel que soit son nom ; nommez-le .xlsx pour que les tableurs l’ouvrent.
import-not-kept = rien n’a été importé ; le nouveau registre { $path } n’a pas été gardé
import-left-out = Laissé de côté : { $file } n’est pas un fichier de ropa ; importez-le seul (`ropa import FICHIER`).
import-csv = { $file } : { $encoding }, séparateur { $separator }, { $layout } ({ $table }), en-tête à la ligne { $row }.
import-tab = tabulation
import-workbook = { $file } : { $format }, { $count ->
        [one] { $count } feuille
       *[other] { $count } feuilles
    } :
import-sheet = « { $name } »{ $hidden } : { $detail }{ $layout }{ $rows }.
import-hidden = { " " }(masquée)
import-sheet-rows = ; { $count ->
        [one] { $count } ligne
       *[other] { $count } lignes
    }
import-nothing = Rien à importer : aucune ligne de données.
import-warning = Avertissement : { $issue }
import-in-notes = La colonne « { $column } »{ $on } n’a pas de champ propre : gardée dans les notes (ou associez-la avec --map '{ $column }=champ').
import-in-notes-unnamed = Une colonne sans en-tête{ $on } n’a pas de champ propre : gardée dans les notes.
import-on-sheet = { " " }(feuille « { $sheet } »)
import-comma-lists = La colonne « { $column } »{ $on } sépare ses éléments par des virgules : lue comme des listes.
import-contact = Lu dans le bloc de coordonnées : { $contact }.
import-would = { $rows ->
        [one] { $rows } ligne lue
       *[other] { $rows } lignes lues
    } : créerait { $created }, mettrait à jour { $updated }, laisserait { $unchanged } inchangées{ $refused }{ $skipped }.
import-done = { $rows ->
        [one] { $rows } ligne lue
       *[other] { $rows } lignes lues
    } : { $created } créées, { $updated } mises à jour, { $unchanged } inchangées{ $skipped }.
import-refused = , en refuserait { $count }
import-skipped = , { $count } ignorées
import-would-create = créerait : { $name }
import-would-update = mettrait à jour : { $name }
import-more-create = … et { $count } autres à créer
import-more-update = … et { $count } autres à mettre à jour
import-added = Ajouté ({ $kind }) : { $name }
import-would-add = Ajouterait ({ $kind }) : { $name }
import-more-warnings = … et { $count } autres avertissements
import-skipped-row = Ignorée : { $issue }
import-backup = Le registre a été copié dans { $path } avant l’import.
import-dry-run = Essai à blanc : rien n’a été écrit.
import-one-change = L’historique consigne cet import comme une seule modification, « { $change } » (`ropa undo` l’annule).
admin-created = { $server } est maintenant un registre ropa (schéma { $schema }) : les tables de ropa ont été créées.
admin-already = { $server } est déjà un registre ropa (schéma { $schema }) ; rien n’a été modifié.
admin-needs-server = ropa admin, push et pull travaillent sur un registre sur serveur : indiquez-le avec --db postgres://UTILISATEUR@HÔTE/BASE
cli-password = Mot de passe de { $user } sur { $server } :
admin-access-read = { $role } peut lire le registre de { $organisation }.
admin-access-write = { $role } peut lire et modifier le registre de { $organisation }.
admin-access-none = { $role } ne peut plus utiliser aucun registre de { $server }.
admin-upgraded = { $server } est passé de la version serveur { $from } à la version { $to }.
admin-up-to-date = { $server } est à jour (version serveur { $version }) ; rien n’a été modifié.
push-done = { $entries } entrées et { $history } entrées d’historique de { $file } copiées dans { $server }.
pull-done = { $entries } entrées et { $history } entrées d’historique de { $server } copiées dans { $file }.

notice-format = { $path } : une information s’écrit en .pdf, .txt (le corps d’un courriel) ou .csv
notice-written = Information de { $client } sur { $changes ->
    [one] un changement
   *[other] { $changes } changements
} { $period } écrite dans { $path }.
notice-written-none = Aucun changement des sous-traitants ultérieurs de { $client } { $period } ; l’information qui le dit est dans { $path }.
notice-recorded = Enregistrée comme envoyée à { $client } le { $date } : la prochaine information part de là.

sublist-format = { $path } : la liste des sous-traitants ultérieurs s’écrit en .html ou en .pdf
sublist-which-org = le registre contient plusieurs organismes : dites de qui est la liste avec --org NOM
sublist-done = Sous-traitants ultérieurs de { $organisation } ({ $lines ->
    [one] une prestation
   *[other] { $lines } prestations
}) écrits dans { $path }.
duplicated = Traitement { $id } « { $name } » créé, copie de { $from } « { $original } », en brouillon.
