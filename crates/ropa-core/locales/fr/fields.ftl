# The fields of an activity and the items of Article 30, in one file that the core (the files,
# the record, the history, `ropa show`) and the window (the editor's labels and groups) read.
# A field's label is its name everywhere; `item-…` name the Article 30 items, as the editor
# groups the fields and the checks count them (article30.rs).

field-id = ID
field-organisation = Organisation
field-reference = Référence
field-name = Nom
field-description = Description
field-role = Rôle
field-status = Statut
field-controllers = Responsables servis
field-joint-controllers = Responsables conjoints
field-purposes = Finalités
field-legal-bases = Bases légales
field-special-bases = Conditions de l’art. 9
field-criminal-basis = Fondement pour les données d’infraction (art. 10)
field-data-subjects = Personnes concernées
field-data-categories = Catégories de données
field-source = Source des données
field-recipients = Destinataires
field-locations = Lieux de traitement
field-transfers = Transferts
field-no-transfers = Aucun transfert
field-retention = Conservation
field-measures = Mesures de sécurité
field-sub-processors = Sous-traitants ultérieurs
field-dpia-required = AIPD requise
field-dpia-status = État de l’AIPD
field-dpia-criteria = Critères AIPD
field-dpia-reference = Référence de l’AIPD
field-automated-decisions = Décision automatisée, y compris le profilage
field-automated-decisions-detail = Décisions automatisées : précisions
field-rights = Droits des personnes concernées
field-owner = Service ou responsable opérationnel
field-software = Logiciel
field-created-on = Créée le
field-updated-on = Mise à jour
field-last-review = Dernière revue
field-next-review = Prochaine revue
field-notes = Notes
field-internal-recipients = Destinataires internes
field-external-recipients = Destinataires externes
field-processor-recipients = Sous-traitants
field-transfer-countries = Pays tiers
field-transfer-safeguards = Garanties
field-special-data = Données sensibles
field-legitimate-interest = Intérêts légitimes
field-legitimate-interest-assessment = Mise en balance des intérêts
field-consent-record = Preuves du consentement

item-30-1-a = Identification et contacts — art. 30, 1, a)
item-30-1-b = Finalités et bases légales — art. 30, 1, b)
item-30-1-c = Personnes concernées et données — art. 30, 1, c)
item-30-1-d = Destinataires — art. 30, 1, d)
item-30-1-e = Transferts hors de l’UE — art. 30, 1, e)
item-30-1-f = Délais d’effacement — art. 30, 1, f)
item-30-1-g = Mesures de sécurité — art. 30, 1, g)
item-30-2-a = Traitement pour le compte de responsables — art. 30, 2, a)
item-30-2-b = Catégories de traitements — art. 30, 2, b)
item-30-2-c = Transferts hors de l’UE — art. 30, 2, c)
item-30-2-d = Mesures de sécurité — art. 30, 2, d)
