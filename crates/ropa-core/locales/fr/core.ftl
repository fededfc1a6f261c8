# The record of processing activities (the PDF): its titles, labels and notes.

pdf-title-controller = Registre des activités de traitement — article 30, paragraphe 1, du RGPD
pdf-title-processor = Registre de toutes les catégories d’activités de traitement effectuées pour le compte du responsable du traitement — article 30, paragraphe 2, du RGPD
pdf-title-both = Registre des activités de traitement — article 30, paragraphes 1 et 2, du RGPD
pdf-title-extract = Extrait du registre des activités de traitement effectuées pour le compte du responsable du traitement — article 30, paragraphe 2, du RGPD
pdf-running = Registre des activités de traitement (article 30 du RGPD)
pdf-fingerprint-note-extract = Deux exemplaires de cet extrait de même empreinte ont le même contenu.
pdf-all-measures = Toutes les mesures de l’annexe B
pdf-col-place = Pays et lieu
pdf-part-for = Partie concernant le responsable de traitement :
pdf-roles = En qualité de
pdf-role-controller = responsable de traitement
pdf-role-processor = sous-traitant
pdf-address = Adresse
pdf-registration = Numéro d’immatriculation
pdf-contact = Contact
pdf-dpo = Délégué à la protection des données
pdf-representative = Représentant dans l’Union (art. 27)
pdf-representative-not-required = Non requis (établi dans l’UE/EEE)
pdf-generated = Établi le
pdf-last-change = Dernière modification du registre le
pdf-completeness = { $percent } % des mentions de l’article 30 renseignées ({ $filled } sur { $total }, pour les activités de ce document)
pdf-completeness-label = Complétude
pdf-fingerprint = Empreinte du contenu
pdf-fingerprint-note = Deux exemplaires de même empreinte contiennent le même registre.
pdf-contents = Sommaire
pdf-page = Page
pdf-controller-record = Registre du responsable du traitement — article 30, paragraphe 1
pdf-processor-record = Registre du sous-traitant — article 30, paragraphe 2
pdf-annexes = Annexes
pdf-annex-subprocessors = Annexe A — Sous-traitants ultérieurs par site ou région
pdf-annex-processors = Annexe A — Sous-traitants par site ou région
pdf-processors = Sous-traitants
pdf-annex-measures = Annexe B — Mesures de sécurité techniques et organisationnelles
pdf-annex-transfers = Annexe C — Transferts vers des pays tiers ou des organisations internationales
pdf-not-recorded = Non renseigné
pdf-no-controller = Responsable de traitement non renseigné
pdf-a1-controller = a) Nom et coordonnées du responsable du traitement
pdf-a1-joint = a) Responsables conjoints du traitement
pdf-b1-purposes = b) Finalités du traitement
pdf-c1-subjects = c) Catégories de personnes concernées
pdf-c1-data = c) Catégories de données à caractère personnel
pdf-d1-recipients = d) Catégories de destinataires
pdf-e1-transfers = e) Transferts vers un pays tiers ou une organisation internationale
pdf-f1-erasure = f) Délais prévus pour l’effacement
pdf-g1-security = g) Mesures de sécurité techniques et organisationnelles
pdf-a2-processor = a) Nom et coordonnées du sous-traitant
pdf-a2-controller = a) Responsable du traitement pour le compte duquel le sous-traitant agit
pdf-b2-processing = b) Catégories de traitements effectués pour le compte du responsable
pdf-c2-transfers = c) Transferts vers un pays tiers ou une organisation internationale
pdf-d2-security = d) Mesures de sécurité techniques et organisationnelles
pdf-other = Autres informations
pdf-legal-basis = Base légale (art. 6(1))
pdf-special-basis = Condition pour les données sensibles (art. 9(2))
pdf-locations = Lieux de traitement et de stockage
pdf-subprocessors = Sous-traitants ultérieurs
pdf-dpia = Analyse d’impact relative à la protection des données
pdf-dpia-not-required = non requise
pdf-dpia-required = requise
pdf-dpia-criteria = critères remplis (WP248)
pdf-yes = Oui
pdf-no = Non
pdf-status = Statut
pdf-description = Description
pdf-created = Fiche créée le
pdf-updated = Fiche mise à jour le
pdf-last-review = Dernière revue le
pdf-next-review = Prochaine revue prévue le
pdf-col-subprocessor = Sous-traitant
pdf-col-site = Site ou région
pdf-col-country = Pays
pdf-col-purpose = Finalité
pdf-col-safeguard = Garantie
pdf-col-measure = Mesure
pdf-col-category = Catégorie
pdf-col-description = Description
pdf-col-activity = Activité
pdf-col-recipient = Destinataire
pdf-all-sites = Tous les sites
pdf-no-safeguard = Aucune garantie renseignée
pdf-no-transfers = Aucun : aucune donnée personnelle ne va vers un pays tiers ou une organisation internationale
pdf-special-flag = donnée sensible
pdf-criminal-flag = infractions pénales
pdf-processor-basis = Relève du responsable de traitement (activité de sous-traitance)
pdf-international-organisation = organisation internationale
pdf-scc-module = module
pdf-impact-assessment = analyse d’impact du transfert
pdf-contracts = Contrats de sous-traitance (art. 28(3) et (4))
pdf-contract-client = client (responsable du traitement)
pdf-contract-subprocessor = sous-traitant ultérieur
pdf-contract-processor = sous-traitant
pdf-contract-signed = signé le
pdf-contract-objection = délai d’objection
pdf-col-party = Avec
pdf-col-agreement = Contrat
pdf-col-ends = Échéance ou renouvellement
pdf-col-sub-processing = Sous-traitance ultérieure (art. 28(2))
pdf-col-document = Document signé

page-of = Page { $page } sur { $pages }

# Words the files and the history share.

international-organisation = Organisation internationale
period-days = { $n } { $n ->
        [one] jour
       *[other] jours
    }
period-weeks = { $n } { $n ->
        [one] semaine
       *[other] semaines
    }
period-months = { $n } mois
period-years = { $n } { $n ->
        [one] an
       *[other] ans
    }
retention-from = à compter de
comment-on = Commentaire sur { $on } : { $text }
not-applicable = Non concerné


# Ce qu’un import dit de ce qu’il a lu : avertissements et erreurs sur les cellules, les lignes et
# les feuilles. Une valeur du fichier est citée telle que le fichier l’écrit.

import-change = Import de { $file }
contact-role-controller = contact du responsable de traitement
contact-role-dpo = délégué à la protection des données
contact-role-representative = représentant
value-legal-basis = base légale
value-special-condition = condition de l’art. 9
value-recipient-kind = type de destinataire
value-safeguard = garantie
value-sub-processing = manière de recourir à d’autres sous-traitants
import-not-scc-module = « { $text } » n’est pas un module des clauses contractuelles types (1 à 4) ; non lu
import-not-known-yet = « { $text } » dit que la valeur n’est pas encore connue : le champ reste vide (les contrôles la demanderont) et les mots sont gardés dans les notes
import-not-an-id = « { $text } » n’est pas un ID (un nombre entier)
import-not-a-role = « { $text } » n’est pas un rôle (responsable de traitement ou sous-traitant) ; lu comme responsable de traitement
import-not-a-status = « { $text } » n’est pas un statut (brouillon, actif, retiré) ; lu comme brouillon
import-not-a-sensitivity = « { $text } » n’est pas une sensibilité ; lu comme standard
import-not-a-period = « { $text } » n’est pas une durée telle que « 3 ans »
import-not-a-dpia-status = « { $text } » n’est pas un état d’AIPD ; gardé dans la référence de l’AIPD
import-not-a-dpia-criterion = « { $text } » n’est pas l’un des neuf critères des lignes directrices sur l’AIPD ; non lu
import-unknown-value = « { $text } » : { $what } que ropa ne connaît pas ; gardé tel qu’écrit
import-unknown-country = « { $text } » : pays que ropa ne connaît pas ; gardé tel qu’écrit
import-not-yes-or-no = « { $text } » n’est ni oui ni non ({ $what }) ; laissé sans réponse
import-read-as-yes-no = « { $text } » lu comme { $read } ({ $what }) ; le reste n’est pas gardé
import-neither-yes-nor-no = « { $text } » n’est ni Oui ni Non ({ $what })
import-not-a-headcount = « { $text } » n’est pas un nombre de personnes (Headcount)
import-not-a-notice = « { $text } » n’est pas une partie d’information telle que ropa l’écrit (envoyée le | changements couverts jusqu’à | nombre de changements | texte)
import-not-a-measure-category = « { $text } » n’est pas une catégorie de mesure ; lu comme Autre
import-no-such-date = « { $text } » n’est pas une date qui existe
import-not-a-date = « { $text } » n’est pas une date (écrivez-la AAAA-MM-JJ ou JJ/MM/AAAA)
import-kept-in-notes = { $what } ; gardé dans les notes
import-spreadsheet-error = la cellule contient une erreur de tableur ({ $error }) ; laissée vide
import-formula-without-result = la cellule contient une formule (={ $formula }) dont le fichier ne garde pas le résultat ; laissée vide (ouvrez le fichier dans Excel ou LibreOffice et enregistrez-le pour en garder les résultats)
import-comments-unreadable = les commentaires de la feuille n’ont pas pu être lus ({ $detail }) ; ils ne sont pas importés
import-contact-kept = le fichier donne comme { $role } « { $given } » ; celui de l’organisme (« { $kept } ») est gardé
import-no-organisation = la ligne ne nomme aucun organisme ; indiquez-en un avec --org NOM
import-no-organisation-in = la ligne ne nomme aucun organisme ; indiquez-en un avec --org NOM ({ $file })
import-organisation-from-contacts = aucun organisme indiqué : les activités sont enregistrées pour « { $organisation } », le responsable que nomme le bloc de coordonnées (indiquez --org NOM pour en choisir un autre)
import-id-of-another-organisation = l’ID { $id } est une activité d’un autre organisme
import-reference-taken = la référence « { $reference } » est aussi celle de « { $other } » ({ $at }) : les références distinguent les activités, donnez-en une propre à chacune
import-also-on-sheet = « { $name } » figure aussi sur la feuille « { $sheet } » (ligne { $row }) : lue comme une seule activité, ses listes réunies ; donnez aux lignes des noms différents s’il s’agit de deux activités
import-differs-in = { $field } : « { $there } » à { $at }, « { $here } » ici
import-same-name-differs = cette ligne et { $at } nomment la même activité « { $name } » mais diffèrent par { $differences } ; mettez-les d’accord, ou donnez aux lignes des noms différents
import-repeats = répète ce que { $at } dit de « { $name } » ; fusionnée
import-list-and-fiche = { $field } : la liste indique « { $list } », la fiche (feuille « { $sheet } », ligne { $row }) « { $fiche } » ; celle de la fiche est gardée
import-conflict-start = un conflit de gestion de versions commence ici (<<<<<<<) ; cette ligne de marque est ignorée
import-conflict-end = un conflit de gestion de versions se termine ici (>>>>>>>) ; cette ligne de marque est ignorée
import-conflict-marker = une marque de conflit de gestion de versions (=======) ; ignorée
import-separator-row = une ligne faite seulement de séparateurs ; ignorée
import-header-repeated = la ligne d’en-tête répétée ; ignorée
import-total-line = une ligne de total (« { $text } »), pas une activité ; ignorée
import-inside-conflict = cette ligne se trouve dans un conflit de gestion de versions (depuis la ligne { $start }) : le fichier contient deux versions de ces lignes et les deux ont été lues ; vérifiez laquelle est la bonne
import-continues = pas de nom propre : lue comme la suite de « { $name } » (ligne { $row }) au-dessus, comme le disent une ligne par catégorie de données ou une cellule de nom fusionnée
import-continues-refused = poursuit « { $name } » (ligne { $row }), qui est refusée : corrigez d’abord cette ligne
import-nameless = une activité a besoin d’un nom ou d’une finalité ; cette ligne n’a ni l’un ni l’autre
import-nameless-below = une activité a besoin d’un nom ou d’une finalité ; cette ligne n’a ni l’un ni l’autre et n’ajoute rien aux listes de « { $name } » (ligne { $row }) au-dessus, elle ne la poursuit donc pas : donnez-lui un nom, ou mettez ses valeurs sur la ligne { $row }
import-fiche-nameless = la fiche ne donne ni nom ni finalité : une activité a besoin de l’un des deux
import-comment-not-imported = un commentaire sur une ligne qui n’est pas une activité ; non importé
import-comment-outside = un commentaire sur une cellule hors des lignes des activités ; non importé
import-forbidden-removed = caractères de contrôle ou de direction du texte retirés ({ $characters }) : un registre ne les garde pas
import-no-activity-in-row = une ligne sans activité (ni nom, ni finalité) ; cette cellule n’a pas été importée
import-no-activity = pas d’activité sur cette ligne
import-dated-from-review = pas de date de création : la fiche est datée de sa dernière revue ({ $reviewed })
import-template-example = l’exemple du modèle lui-même (« { $name } »), pas une de vos activités ; ignoré
import-above-header = au-dessus de la ligne d’en-tête, et pas une coordonnée que ropa lit ; non importé
import-not-a-column-of = pas une colonne du fichier { $file } de ropa ; non importé
import-sheet-not-asked = laissée de côté : pas parmi les feuilles demandées
import-sheet-blank-fiche = la fiche vierge du registre : rien n’est rempli ; laissée de côté
import-sheet-example = l’exemple du modèle lui-même (« { $name } ») ; laissé de côté
import-sheet-fiche-of = la fiche de « { $name } »
import-sheet-activities = une liste d’activités, en-tête à la ligne { $row }
import-sheet-table = la table { $table } de ropa
import-sheet-lists = les listes des menus déroulants du modèle ; laissées de côté
import-sheet-help = texte d’aide ; laissé de côté
import-sheet-no-header = aucune ligne d’en-tête dans ses { $rows } premières lignes (des noms de colonnes tels que « Nom du traitement », « Finalités » ou « Name » étaient attendus) ; non lue
import-sheet-not-read = cette feuille n’a pas été lue : aucune ligne d’en-tête dans ses { $rows } premières lignes ; ses { $cells } cellules ne sont pas importées (nommez ses colonnes, ou choisissez son en-tête avec --map)
import-sheet-hidden = cette feuille est masquée dans le classeur mais contient des activités : elles ont été lues comme en vigueur ; si elles sont retirées, changez leur statut ou laissez la feuille de côté (--sheet)
import-sheet-joined = , rattachée à sa ligne dans « { $list } » (ligne { $row })
import-invalid = { $file } : { $count ->
        [one] { $count } ligne est invalide
       *[other] { $count } lignes sont invalides
    } ; rien n’a été importé :
import-more-invalid = … et { $count } autres

# Ce qui n’a pas fonctionné (erreurs), et ce qui ne va pas dans ce qui a été saisi (champs
# invalides). Un détail donné par le système ou par SQLite est cité tel quel.

error-invalid = { $entity } est invalide : { $fields }
error-not-a-store = { $path } : pas un registre ropa ({ $reason }) ; le fichier n’a pas été touché
error-newer-store = { $path } : écrit par une version plus récente de ropa (schéma { $found }, cette version connaît jusqu’au { $supported }) ; le fichier n’a pas été touché
error-locked-by = { $path } : { $holder } écrit dans le registre et n’a pas fini en { $waited } secondes ; rien n’a été écrit : réessayez quand il aura fini
error-locked = { $path } : un autre programme écrit dans le registre et n’a pas fini en { $waited } secondes ; rien n’a été écrit : réessayez quand il aura fini
error-read-only = { $path } : le registre est en lecture seule ici ({ $reason }) ; rien n’a été écrit. Pour modifier le registre, copiez le fichier dans un dossier où vous pouvez écrire et ouvrez la copie
error-changed-elsewhere = { $entity } a été modifié par { $by } le { $at } depuis que vous l’avez ouvert{ $fields } ; rien n’a été écrit : rechargez-le pour voir cette modification, ou enregistrez la vôtre par-dessus
error-deleted-elsewhere = { $entity } a été supprimé par { $by } le { $at } depuis que vous l’avez ouvert{ $fields } ; rien n’a été écrit : rechargez-le pour voir cette modification, ou enregistrez la vôtre par-dessus
error-io = { $path } : { $message }
error-full = { $path } : le disque est plein (ou le fichier dépasserait la taille que le système permet) : rien n’a été écrit ; libérez de la place et réessayez
error-disk = { $path } : le disque n’a pas pu être écrit ou lu ({ $detail }) ; rien n’a été écrit : vérifiez le disque et la place qui reste, puis réessayez
error-not-found = aucun élément ({ $kind }) avec l’ID { $id }
error-corrupt = { $path } : le registre est endommagé ({ $detail }) ; rien n’y a été écrit. Pour récupérer le registre, `ropa recover { $path }` enregistre ce qui peut encore être lu dans un nouveau registre, et `ropa --db { $path } backups` liste les copies gardées à côté
error-database = { $path } : erreur de base de données : { $detail }
error-no-name-given = aucun nom indiqué ({ $kind })
error-nothing-matches = rien ne correspond à « { $query } » ({ $kind })
error-several-match = « { $query } » correspond à plusieurs éléments ({ $kind }) : { $names } ; donnez davantage du nom
error-no-organisation-yet = le registre ne contient encore aucun organisme
error-choose-organisation = le registre contient plusieurs organismes ({ $names }) : choisissez-en un
error-not-a-client = { $client } n’est pas un client de { $organisation }
error-no-such-change = il n’y a pas de modification { $id } (`ropa history` les numérote)
error-change-undone-already = la modification { $id }, « { $label } », a déjà été annulée (par la modification { $by })
error-nothing-to-undo = pas de modification { $id } à annuler
error-no-such-version = pas de modification { $seq } dans l’historique de { $kind } { $id }
io-disk-full = le disque est plein : rien n’a été écrit ; libérez de la place et réessayez
io-too-large = le fichier dépasserait la taille que le système permet : rien n’a été écrit
io-permission-denied = permission refusée : vous ne pouvez pas écrire ou lire ce fichier ou ce dossier
io-read-only = le disque est en lecture seule : rien ne peut y être écrit
invalid-name-required = un nom est obligatoire
invalid-forbidden-characters = contient des caractères de contrôle ou de direction du texte ({ $characters }) qu’un registre ne garde pas ; retirez-les
invalid-dpia-criterion = « { $code } » n’est pas l’un des critères des lignes directrices sur l’AIPD
invalid-scc-module = les clauses contractuelles types ont les modules 1 à 4
invalid-zero-period = une durée nulle demande une note qui dit ce qu’elle signifie (« pas de conservation »)
invalid-no-transfers-yet-some = la fiche indique qu’il n’y a aucun transfert, mais en liste : retirez-les ou retirez cette mention
invalid-review-before-creation = la dernière revue précède la création de la fiche
invalid-too-long = texte de plus de { $bytes } octets
invalid-erase-too-short = indiquez au moins { $count } caractères : un texte plus court se retrouverait partout dans le registre
invalid-undo-changed-since = ne peut pas être annulée en une fois : { $entries } ont changé depuis ; annulez d’abord les modifications suivantes (`ropa history` les liste), ou restaurez chaque entrée depuis son historique
invalid-id-taken = l’ID { $id } n’est pas libre
invalid-other-organisation = une entrée ne peut pas passer à un autre organisme
invalid-still-used = encore utilisé par { $uses }
invalid-no-organisation = aucun organisme avec l’ID { $id }
invalid-name-taken = un autre élément ({ $kind }) s’appelle déjà « { $name } » (ID { $id })
invalid-push-organisation-exists = { $server } a déjà un organisme nommé « { $name } » : un registre est copié à côté de ceux du serveur, pas dedans (importez plutôt ses tableaux, ou renommez l’un des deux)
invalid-listed-twice = l’ID { $id } figure deux fois
invalid-no-such-entry = aucun élément ({ $kind }) avec l’ID { $id }
invalid-entry-of-other-organisation = { $kind } { $id } appartient à un autre organisme
error-file-exists = { $path } existe déjà ; rien n’a été écrit
error-notice-changed = Le registre a changé depuis que cette information a été préparée ; elle est montrée à nouveau telle qu’elle se lit maintenant : relisez-la, puis enregistrez-la.
error-not-exported = { $path } n’a pas été exporté ici
invalid-exists-already = existe déjà
opened-created = nouveau registre créé dans { $path }
opened-migrated = registre mis à niveau du schéma { $from } au { $to } ; le fichier précédent a été copié dans { $backup }
opened-read-only = { $path } : ouvert en lecture seule ({ $reason }) : le registre peut être lu et exporté, pas modifié
opened-recovered = { $path } : la dernière modification n’a pas abouti (ropa a été arrêté pendant) ; elle a été annulée, et le registre est tel qu’il était avant
io-not-found = aucun fichier ou dossier de ce nom
import-no-such-sheet = le classeur n’a pas de feuille nommée « { $sheet } » ; ses feuilles sont { $sheets }
import-no-header = aucune ligne d’en-tête dans les { $rows } premières lignes (des noms de colonnes tels que « Nom de l’activité », « Finalités », « Name » ou « Purposes » étaient attendus)
import-map-not-a-field = --map '{ $header }={ $field }' : « { $field } » n’est pas un champ ; utilisez l’un de : { $fields }, notes, ignore
import-map-no-column = --map '{ $header }={ $field }' : le fichier n’a pas de colonne « { $header } »
import-no-register = aucune feuille ne contient un registre que ropa sait lire ({ $sheets }) ; une liste de registre a besoin d’une ligne d’en-tête avec des noms de colonnes tels que « Nom » ou « Finalités »
error-server-address = { $address } : { $problem }
error-unreachable = { $server } : le serveur est injoignable ({ $detail }) ; rien n’a été écrit
error-server = { $server } : le serveur l’a refusé ({ $detail }) ; rien n’a été écrit
server-url-scheme = l’adresse d’un registre sur serveur commence par postgres://
server-url-no-user = indiquez l’utilisateur avant l’hôte : postgres://UTILISATEUR@HÔTE/BASE
server-url-no-database = indiquez la base après l’hôte : postgres://UTILISATEUR@HÔTE/BASE
server-url-host = indiquez l’hôte du serveur : postgres://UTILISATEUR@HÔTE/BASE
server-url-port = « { $port } » n’est pas un port (1 à 65535)
server-url-sslmode = sslmode « { $mode } » : utilisez disable, prefer, require, verify-ca ou verify-full
server-url-parameter = « { $parameter } » n’est pas un paramètre que ropa lit ; seul sslmode l’est
server-url-password = l’adresse contient un mot de passe, qui resterait dans l’historique du terminal et la liste des processus : indiquez-le plutôt dans PGPASSWORD, ou laissez ropa le demander
error-written-meanwhile = { $server } : une autre personne a écrit dans le registre au même moment ; rien de cette modification n’a été écrit : réessayez
error-denied = { $server } : vous n’avez pas le droit de le faire ici ({ $detail }) ; demandez ce droit à l’administrateur du registre ; rien n’a été écrit
error-older-server = { $server } est un registre au schéma { $found }, plus ancien que celui de ce ropa ({ $supported }) : demandez à votre administrateur de lancer `ropa admin upgrade` ; rien n’a été modifié
error-file-only = { $server } est un registre sur serveur : ceci se fait sur un registre en fichier (les copies, la récupération et l’effacement sur le serveur reviennent à son administrateur)
admin-no-role = { $server } n’a pas de rôle « { $role } » : l’administrateur du serveur le crée d’abord (CREATE ROLE … LOGIN)
profile-none = { $file } ne contient aucun profil : écrivez-en un par ligne, NOM = postgres://UTILISATEUR@HÔTE/BASE
profile-unknown = pas de profil « { $name } » dans { $file } (ses profils : { $names })

# Une information sur les changements de sous-traitants ultérieurs, pour un client (art. 28(2)).

notice-title = Information sur les changements de sous-traitants ultérieurs
notice-to = À
notice-from = De
notice-date = Date
notice-change = Changement
notice-before = Avant
notice-after = Après
notice-activities = Traitements concernés
notice-intro = { $changes ->
    [one] Un changement
   *[other] { $changes } changements
} des sous-traitants ultérieurs des traitements effectués pour votre compte, { $period } :
notice-since-date = depuis le { $date }
notice-since-notice = depuis notre information du { $date }
notice-since-last-notice = depuis notre dernière information
notice-since-contract = depuis le contrat du { $date }
notice-since-beginning = depuis le début du registre
notice-no-change = Aucun changement des sous-traitants ultérieurs { $period }.
notice-objection = Conformément au contrat, vous pouvez vous opposer à un changement dans un délai de { $period }.
notice-objection-unknown = Le délai prévu par le contrat pour s’opposer n’est pas enregistré dans le registre.
notice-added = { $name } ajouté comme sous-traitant ultérieur
notice-removed = { $name } n’est plus sous-traitant ultérieur
notice-replaced = { $old } remplacé par { $name }
notice-changed = { $name } modifié
notice-transfer-added = Transfert ajouté : { $name }
notice-transfer-changed = Transfert modifié : { $name }
notice-transfer-removed = Transfert arrêté : { $name }
notice-legal-name = entité juridique
notice-country = pays
notice-service = prestation
notice-every-site = tous les sites
notice-no-safeguard = aucune garantie enregistrée
notice-scc-module = module des CCT

# La liste publique des sous-traitants ultérieurs.

sublist-title = Sous-traitants ultérieurs de { $organisation }
sublist-updated = Dernière modification le { $date }.
sublist-empty = Aucun sous-traitant ultérieur n’est enregistré.
sublist-intro = Les sous-traitants ultérieurs auxquels nous faisons appel pour traiter des données personnelles pour le compte de nos clients, par site ou région : ce que fait chacun, où il traite les données, et sur quelle base les données quittent l’Espace économique européen.
sublist-every-site = Tous les sites et régions
sublist-col-name = Sous-traitant ultérieur
sublist-col-service = Prestation
sublist-col-country = Où
sublist-col-mechanism = Encadrement du transfert
sublist-col-changed = Dernière modification
sublist-within-eea = Dans l’UE/EEE : pas de transfert
sublist-not-recorded = Non renseigné
sublist-generated = Établie à partir du registre des activités de traitement de { $organisation } le { $date }.
