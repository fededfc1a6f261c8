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

