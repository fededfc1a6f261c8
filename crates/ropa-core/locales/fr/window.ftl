# The window's words in French (the desktop app; the PDF, checks and command line are in
# core.ftl and checks.ftl). The window reads this file with @fluent/bundle (ui/src/lib/i18n.ts);
# the ids are its message keys, and ui/src/lib/messages.ts, generated from the English file, names
# them for TypeScript (`npm run messages` in ui/ after adding or removing one).
#
# A number that chooses a word is a select on `$count`: `[one]` and `*[other]` each on its line.
# Write plain spaces: a count that opens a message is kept with the word after it, and French
# spacing is added by the window.

appTitle = Registre des activités de traitement
activities = Activités de traitement
noOrganisations = Ce registre est vide.
noOrganisationsHint = Chargez le registre d’exemple pour découvrir l’application, importez le tableur que vous tenez aujourd’hui, ou commencez par votre organisme.
noActivities = Aucune activité de traitement n’est encore enregistrée pour cet organisme.
name = Nom
role = Rôle
status = Statut
controller = Responsable de traitement
processor = Sous-traitant
dpo = Délégué à la protection des données
notRecorded = Non renseigné
controllers = Responsables de traitement (clients)
subprocessors = Sous-traitants ultérieurs
measures = Mesures de sécurité
store = Fichier du registre
storeRecovered = La dernière modification du registre ne s’est pas terminée (ropa a été arrêté pendant celle-ci, par un plantage ou une coupure de courant). Elle a été annulée : le registre est tel qu’il était avant.
understood = Compris
close = Fermer
headcount = Effectif (art. 30(5))
deleteActivityQuestion = Supprimer « { $name } » du registre ? Son historique en garde chaque version, d’où elle peut être restaurée.
deleteEntryQuestion = Supprimer « { $name } » ? Son historique en garde chaque version, d’où elle peut être restaurée.
keepIt = Conserver
replaceQuestion = { $path } existe déjà. Le remplacer par cet export ?
replaceFile = Le remplacer
dpiaCriteria = Critères des lignes directrices sur l’AIPD (WP248) que le traitement remplit
internationalOrganisation = Organisation internationale
sccModule = Module
sccModule1 = responsable à responsable
sccModule2 = responsable à sous-traitant
sccModule3 = sous-traitant à sous-traitant
sccModule4 = sous-traitant à responsable
impactAssessment = Analyse d’impact du transfert (où)
impactAssessmentOn = Analyse d’impact du transfert : date
erase = Effacer les données d'une personne
eraseTitle = Effacer les données d'une personne
eraseHint = Lorsque la loi l'exige (RGPD, art. 17), un nom, une adresse électronique ou un numéro de téléphone peut être effacé de tout le registre : ses fiches, son historique et les copies conservées à côté. Les endroits où il figure sont d'abord affichés.
eraseText = Nom, adresse électronique ou numéro de téléphone
eraseFind = Chercher où il figure
eraseWhere = Où il figure
eraseWhereText = « { $text } » figure dans :
eraseNowhere = « { $text } » ne figure ni dans le registre, ni dans son historique, ni dans les copies à côté.
eraseInHistory = { $count ->
        [one] { $count } entrée de l'historique (version antérieure, auteur)
       *[other] { $count } entrées de l'historique (versions antérieures, auteurs)
    }
eraseInChanges = { $count ->
        [one] { $count } modification groupée (nom de fichier d'un import, auteur)
       *[other] { $count } modifications groupées (nom de fichier d'un import, auteur)
    }
eraseInCopy = la copie
eraseRun = Tout effacer…
eraseQuestion = « { $text } » sera remplacé par « [erased on DATE] » partout ci-dessus, et les fichiers réécrits pour qu'il ne puisse plus être relu. C'est irréversible. L'effacer ?
eraseConfirm = Effacer
eraseDone = Effacé. Le registre a été réécrit ; copies réécrites : { $rewritten }, supprimées : { $removed }. L'historique garde la trace de l'effacement, sans le texte. Les fichiers hors du registre (tableurs importés, exports déjà faits) le contiennent encore : supprimez-les ou modifiez-les vous-même.
readOnlyStore = Ce registre ne peut qu'être lu ici (disque ou dossier en lecture seule, ou fichier que vous ne pouvez pas modifier) : vous pouvez le consulter et l'exporter, pas le modifier. Pour le modifier, copiez le fichier dans un dossier où vous pouvez écrire et ouvrez la copie.
outsideChanges = { $count ->
        [one] Un autre programme a modifié ce registre ({ $users }, { $when }) : une entrée. La liste en tient compte.
       *[other] Un autre programme a modifié ce registre ({ $users }, { $when }) : { $count } entrées. La liste en tient compte.
    }
conflictChanged = { $by } a modifié cette fiche le { $when }, après que vous l'avez ouverte. Rien n'a été enregistré.
conflictDeleted = { $by } a supprimé cette fiche le { $when }, après que vous l'avez ouverte. Rien n'a été enregistré.
conflictFields = Sa modification
conflictReload = Afficher sa version (abandonner mes modifications)
conflictOverwrite = Enregistrer la mienne à la place
conflictRecreate = Enregistrer la mienne telle quelle
damagedTitle = Ce registre est endommagé
damagedText = Une partie du fichier est illisible (disque défaillant, ou copie interrompue). Rien n'y a été écrit. Choisissez comment retrouver le registre : le fichier endommagé est conservé à côté dans les deux cas.
rescueRecover = Récupérer ce qui peut encore être lu
rescueCopy = Revenir à la copie du { $when }
noCopies = Aucune copie de ce registre n'a été conservée à côté.
rescuedRecovered = Le registre a été récupéré du fichier endommagé, conservé sous { $path }.
rescuedCopy = Le registre est revenu à son état du { $when } ; le fichier endommagé est conservé sous { $path }.
notSaved = N'a pas pu être récupéré :
copiesKept = Copies conservées à côté du registre
copyReason_import = avant un import
copyReason_restore = avant une restauration
copyReason_migration = avant une mise à niveau
restoreHint = Pour revenir à l'une d'elles : ropa restore FICHIER (le registre actuel est d'abord copié).
language = Langue
shortcuts = Raccourcis clavier
shortcutNew = Nouvelle activité de traitement
shortcutSave = Enregistrer le formulaire affiché
shortcutSearch = Rechercher dans le registre
shortcutExport = Exporter
shortcutEscape = Fermer la liste, la question ou le formulaire le plus intérieur (en demandant s’il a des modifications)
shortcutMove = Se déplacer dans la liste des activités
shortcutOpen = Ouvrir l’activité
shortcutHelp = Cette liste
theme = Couleurs
themeSystem = Comme le bureau
themeLight = Claires
activity = Activité de traitement
themeDark = Sombres
loading = Chargement…
errorTitle = Une erreur est survenue
retry = Réessayer
organisation = Organisme
activitiesCount = { $count ->
        [one] { $count } activité
       *[other] { $count } activités
    }
address = Adresse
after = Après
all = Toutes
alsoCreated = Créés aussi, tels que les lignes les nomment
appliesTo = Données concernées
asOf = Tel qu’au
automatedDecisions = Décisions automatisées (art. 22)
backupAt = Copie du registre avant l’import :
basisDetail = Précision (intérêt, texte, contrat)
before = Avant
cancel = Annuler
checks = Contrôles
column = Colonne
columnMapping = Correspondance des colonnes
contactPerson = Contact
controllerFilter = Client
controllersServed = Responsables pour le compte desquels il est effectué
country = Pays
createdOn = Créée le
criteria = Critères
dataCategories = Catégories de données personnelles
dataCategory = Catégorie de données
dataSubjects = Catégories de personnes concernées
delete = Supprimer
deletedMessage = Supprimée.
demoLoaded = Le registre d’exemple est chargé.
description = Description
detail = Précision
discard = Abandonner les modifications
discardQuestion = Ce formulaire a des modifications non enregistrées.
documentLanguage = Langue du document
documentation = Documentation
dpiaRequired = AIPD requise
dpiaStatus = État de l’AIPD
email = Courriel
encoding = Encodage
evidence = Preuves conservées
export = Exporter
exportDone = Écrit :
exportFor = Pour
exportTitle = Exporter le registre
exporting = Export en cours
field = Champ
format = Format
formatCsv = CSV (tableur)
formatSubprocessors = Liste publique des sous-traitants ultérieurs (HTML)
subprocessorsListHint = La page que les sous-traitants publient pour leurs clients : par site ou région, chaque sous-traitant ultérieur avec sa prestation, son pays, l’encadrement du transfert et sa dernière modification, tels que le registre les tient aujourd’hui. Un seul fichier, sans script, prêt à imprimer ou à mettre en ligne.
formatPdf = PDF (pour l’autorité de contrôle)
fromEvent = À compter de
function = Fonction
groupMore = AIPD, droits, revue et notes
headerRow = en-têtes ligne
history = Historique
identity = Identité et rôles
ignore = Ignorer
importConfirm = Importer
importDetected = Ce qui a été trouvé
previewReady = L’aperçu est prêt :
importDone = Importé.
importFile = Fichier à importer (chemin complet)
importOrganisation = Organisme auquel les lignes appartiennent
importPreset = Modèle
importPreview = Vérifier le fichier
importPreviewAgain = Vérifier de nouveau avec cette correspondance
importRefused = Rien n’a été importé : des lignes sont invalides.
importSpreadsheet = Importer un tableur
importTitle = Importer un registre (classeur ou CSV)
importing = Import en cours
keepEditing = Continuer la saisie
lastChanged = Modifiée le
lastReview = Dernière revue
legalBases = Bases légales (art. 6)
legalBasis = Base légale
loadDemo = Charger le registre d’exemple
location = Lieu
locations = Où les données sont conservées
mapsTo = Importée comme
nameRequired = Le nom est obligatoire.
newActivity = Nouvelle activité
newOrganisation = Nouvel organisme
nextReview = Prochaine revue
no = Non
noControllersYet = Aucun client n’est encore enregistré pour cet organisme.
noHistory = Aucune modification enregistrée.
noMatch = Aucune activité ne correspond.
noMeasuresYet = Aucune mesure de sécurité n’est encore enregistrée pour cet organisme.
notImported = Non importée
notes = Notes
onePerLine = (une par ligne)
addUsualPurpose = Ajouter une finalité courante…
addUsualSubjects = Ajouter des personnes concernées courantes…
other = Autre…
period = Durée
phone = Téléphone
place = Lieu
presetAuto = Détecter
profile = Fiche de l’organisme
provider = Prestataire
purposes = Finalités
recipient = Destinataire
recipientKind = Type de destinataire
recipients = Destinataires
registration = Numéro d’immatriculation
remove = Retirer
removeItem = Retirer : { $what } { $n }
representative = Représentant (art. 27)
restoreVersion = Rétablir cette version
restoredMessage = Version rétablie.
retention = Conservation
retentionRule = Règle de conservation
roles = Agit en tant que
row = Ligne
safeguard = Garantie
safeguardDetail = Garantie : précisions
save = Enregistrer
saveAs = Enregistrer sous (chemin complet)
savedMessage = Enregistré.
search = Rechercher
sections = Rubriques
sensitivity = Sensibilité
separator = séparateur
skipInvalid = Importer les lignes valides et lister les autres
sortBy = Trier par
specialBases = Données sensibles : conditions (art. 9)
specialBasis = Condition de l’art. 9
transfer = Transfert
transfers = Transferts
noTransfers = Aucun : aucune donnée personnelle ne va vers un pays tiers ou une organisation internationale
noTransfersListed = des transferts sont listés ci-dessous
unit = Unité
unknown = Non renseigné
unsavedChanges = Modifications non enregistrées
untitled = Activité sans nom
updatedOn = modifiée le
wholeRegister = Tout le registre
yes = Oui
colon = {"\u00A0: "}
quoted = « { $text } »
tab = tabulation
restoreQuestion = Rétablir cette version ? Le changement est enregistré ; les versions intermédiaires restent dans l’historique.
comma = virgule
semicolon = point-virgule, pour Excel en français
jointControllers = Responsables conjoints (art. 26)
jointController = Responsable conjoint
processors = Sous-traitants
errorsAndWarnings = Erreurs et avertissements
groupSubjectsData = Personnes concernées et données
groupRecipients = Destinataires
one_error = erreur
one_warning = avertissement
one_info = remarque
asTheLayoutReadsIt = Comme le modèle la lit
noDate = Aucune date
asOfNow = Tel qu’il est aujourd’hui
sheets = Feuilles
sheet = Feuille
readSheet = Lire
readAs = Lue comme
details = Précisions
hiddenSheet = masquée
inNotes = Colonnes sans champ propre, gardées dans les notes
inNotesCount = { $count ->
        [one] { $count } gardée dans les notes
       *[other] { $count } gardées dans les notes
    }
commaLists = Colonnes dont les éléments sont séparés par des virgules
labelsRead = { $count ->
        [one] { $count } libellé lu
       *[other] { $count } libellés lus
    }
existingChoice = Quand une ligne correspond à une activité déjà dans le registre
existing_update = La mettre à jour avec les valeurs du fichier (une cellule vide ne change rien)
existing_update_short = Mettre à jour
existing_keep = Garder la mienne
existing_new = Importer comme nouvelle activité
changesTitle = Ce qui changerait
undoHint = L’historique montre cet import comme un seul changement, que l’on peut annuler en une fois.
formatXlsx = Classeur Excel (.xlsx)
layout = Présentation
layout_ropa = celle de ropa : toutes les tables, se réimporte à l’identique
layout_cnil = registre de la CNIL : une liste et une fiche par activité
layout_ico = modèle de l’ICO (Royaume-Uni)
importOf = Import de
undoOf = Annulation :
changeEntries = { $count ->
        [one] { $count } entrée
       *[other] { $count } entrées
    }
undoChange = Annuler cet import
undoQuestion = Reprendre tout ce que cet import a écrit ? Ce qu’il a créé est supprimé, ce qu’il a modifié est remis comme avant.
undoneMessage = L’import a été annulé.
checkAgain = Contrôler de nouveau
withErrors = Avec erreurs
withFindings = Avec erreurs ou avertissements
withoutFindings = Rien à signaler
showMore = Afficher la suite
show = Afficher
severity_error = erreurs
severity_warning = avertissements
severity_info = remarques
count_error = { $count ->
        [one] { $count } erreur
       *[other] { $count } erreurs
    }
count_warning = { $count ->
        [one] { $count } avertissement
       *[other] { $count } avertissements
    }
count_info = { $count ->
        [one] { $count } remarque
       *[other] { $count } remarques
    }
referenceChecked = Les données de référence (décisions d’adéquation, pays) ont été vérifiées le
referenceStale = Il y a plus d’un an : le droit a pu changer depuis ; mettez ropa à jour.
noFindings = Rien à signaler.
complete = Complétude
completeHint = Part des mentions de l’article 30 renseignées
activitiesShown = { $count ->
        [one] { $count } activité affichée
       *[other] { $count } activités affichées
    }
registerComplete = Complétude du registre
catalogue = Clients, sous-traitants, mesures
add = Ajouter
fixHere = Corriger
newMeasure = Nouvelle mesure
addToCatalogue = Ajouter au catalogue et cocher
choose = Choisir…
chooseOne = Choisissez dans la liste (ou « Autre… » pour l’écrire).
edit = Modifier
category = Catégorie
legalName = Raison sociale
services = Prestations, par site
service = Prestation
contract = Contrat de sous-traitance (art. 28(3))
contractSigned = Signé ou en vigueur le
contractVersion = Version ou référence
contractEnds = Échéance ou renouvellement le
subProcessing = Recours à d’autres sous-traitants (art. 28(2))
objectionPeriod = Délai pour s’opposer à un nouveau sous-traitant
objectionPeriodExample = p. ex. 30 jours
notificationContact = Personne à informer d’un changement de sous-traitant
notificationContactProvider = Son contact pour ce contrat
contractDocument = Document signé (un lien ou le nom d’un fichier)
contractSha256 = Empreinte SHA-256 du document signé
fingerprintDocument = Calculer l’empreinte du fichier signé…
chooseSignedDocument = Choisir le contrat signé
noticesTitle = Information des clients sur les sous-traitants ultérieurs
noticesHint = Ce que chaque client doit savoir quand les sous-traitants ultérieurs des traitements effectués pour lui changent (art. 28(2)) : chaque changement depuis sa dernière information, lu dans l’historique du registre. Enregistrez-la dans un fichier pour l’envoyer, puis notez-la comme envoyée : la suivante partira de là.
preparingNotices = Préparation des informations…
noNoticesDue = Aucun client n’a de changement à apprendre.
recordAllNotices = { $count ->
    [one] Noter l’information comme envoyée
   *[other] Noter les { $count } informations comme envoyées
}
noticeSummary = { $count ->
    [one] Un changement
   *[other] { $count } changements
} { $period }, pour { $recipient }.
noRecipient = personne d’enregistré (enregistrez le contact pour les notifications dans le contrat du client)
noticeText = Information de { $client }
noticeRecorded = Notée comme envoyée.
recordNotice = Noter comme envoyée
noChangeClients = Rien à signaler
noticeFileName = information
prepareNotices = Informer les clients…
prepareNotice = Préparer une information
duplicate = Dupliquer
fromTemplate = Nouveau traitement à partir de ce modèle
copyName = { $name } (copie)
duplicatedMessage = « { $name } » créé comme copie en brouillon.
usedBy = Utilisé par
unused = Utilisé par aucune activité
nothingYet = Rien n’est encore enregistré.
browse = Parcourir…
dropHint = ou déposez le fichier sur la fenêtre
openFile = Ouvrir
showInFolder = Afficher dans le dossier
rows = { $count ->
        [one] { $count } ligne
       *[other] { $count } lignes
    }
previewTitle = Les premières lignes, telles qu’elles seraient importées
previewShown = { $shown ->
        [one] { $shown } ligne affichée sur { $total }
       *[other] { $shown } lignes affichées sur { $total }
    }
problems = Erreurs et avertissements
refusedHint = Rien n’est importé tant que des lignes sont refusées : corrigez-les dans le fichier et vérifiez-le à nouveau, ou cochez « Importer les lignes valides et lister les autres ».
outcome = Résultat
wouldCreate = { $count } à créer
wouldUpdate = { $count } à mettre à jour
wouldLeave = { $count ->
        [one] { $count } inchangée
       *[other] { $count } inchangées
    }
rowsRefused = { $count ->
        [one] { $count } ligne refusée
       *[other] { $count } lignes refusées
    }
rowsLeftOut = { $count ->
        [one] { $count } ligne sera écartée (« Importer les lignes valides et lister les autres »)
       *[other] { $count } lignes seront écartées (« Importer les lignes valides et lister les autres »)
    }
warnings = { $count ->
        [one] { $count } avertissement
       *[other] { $count } avertissements
    }
created = { $count ->
        [one] { $count } créée
       *[other] { $count } créées
    }
updated = { $count ->
        [one] { $count } mise à jour
       *[other] { $count } mises à jour
    }
unchanged = { $count ->
        [one] { $count } inchangée
       *[other] { $count } inchangées
    }
skipped = { $count ->
        [one] { $count } écartée
       *[other] { $count } écartées
    }
connectServer = Se connecter à un serveur…
connectServerTitle = Ouvrir un registre tenu sur un serveur
serverAddress = L’adresse du serveur (postgres://UTILISATEUR@HÔTE/BASE), ou le nom d’un profil
serverHint = Le registre s’ouvre dans sa propre fenêtre. Le mot de passe reste en mémoire seulement, jamais écrit.
openInNewWindow = Ouvrir dans une nouvelle fenêtre
serverWindowOpened = Une fenêtre s’est ouverte sur { $server }.
password = Mot de passe
connectTitle = Se connecter au registre sur le serveur
connectText = ropa n’a pas pu se connecter à { $server }. Donnez votre mot de passe, ou réessayez quand le serveur sera joignable.
connect = Se connecter
serverUnreachable = Le serveur est injoignable : ce que vous voyez peut ne plus être à jour, et rien ne peut être enregistré avant qu’il réponde de nouveau. ropa réessaie toutes les quelques secondes.
serverStore = Registre sur serveur
