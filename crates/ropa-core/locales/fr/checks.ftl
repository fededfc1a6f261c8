# Les contrôles de conformité : pour chaque règle du catalogue (crates/ropa-core/src/checks/catalogue.rs),
# ce qu’elle vérifie (-description), l’article sur lequel elle repose (-article), le message et le
# conseil d’un constat. Une règle qui distingue des cas choisit selon $case (le catalogue les
# liste) ; la variante par défaut est le cas propre à la règle.

## Mots partagés

# Entre les éléments d’une liste dans un message.
check-list-separator = { " ; " }
check-fill-in = Complétez-le : l’autorité de contrôle l’attend dans le registre.

## L’organisme

check-missing-role-description = L’organisme indique s’il agit comme responsable de traitement, sous-traitant ou les deux.
check-missing-role-article = art. 30(1), 30(2) RGPD
check-missing-role-message = Il n’est pas indiqué si l’organisme agit comme responsable de traitement, sous-traitant ou les deux : le registre ne peut pas dire s’il suit l’art. 30(1) ou l’art. 30(2).
check-missing-role-hint = Cochez ses rôles dans la fiche de l’organisme.

check-missing-contact-details-description = L’organisme indique un moyen de le joindre : son adresse, ou un courriel, un téléphone ou une adresse de son contact ou de son DPO.
check-missing-contact-details-article = art. 30(1)(a), 30(2)(a) RGPD
check-missing-contact-details-message = L’organisme n’a pas de coordonnées : ni adresse, ni courriel, téléphone ou adresse de son contact ou de son DPO.
check-missing-contact-details-hint = Indiquez l’adresse de l’organisme et un courriel de contact, ainsi que celui du DPO.

check-record-exemption-description = Un organisme qui emploie moins de personnes que le seuil de l’art. 30(5) apprend quelles activités l’exemption ne couvre pas.
check-record-exemption-article = art. 30(5) RGPD
check-record-exemption-message = { $organisation } emploie { $persons } personnes, moins de { $threshold } : l’art. 30(5) ne le dispense du registre que pour un traitement occasionnel, peu susceptible de comporter un risque, et sans données sensibles ni d’infractions. Il ne couvre pas { $reaches }.
check-record-exemption-hint = Tenez le registre pour chaque activité que l’exemption ne couvre pas ; un registre complet démontre aussi la responsabilité (art. 5(2)).
check-record-exemption-sensitive = des données sensibles ou d’infractions ({ $names })
check-record-exemption-risky = un traitement qui présente des critères de risque ({ $names })
check-record-exemption-occasional = un traitement qui n’est pas occasionnel, ce que sont d’ordinaire les activités d’un registre

## Les mentions de l’article 30 d’une activité

check-processor-without-controller-description = Un traitement effectué en sous-traitance nomme les responsables pour lesquels il est effectué.
check-processor-without-controller-article = art. 30(2)(a) RGPD
check-processor-without-controller-message = Un traitement effectué en sous-traitance ne nomme aucun responsable de traitement.
check-processor-without-controller-hint = Liez les responsables clients (art. 30, 2, a) ; si l’organisme décide lui-même des finalités, il est responsable : changez le rôle.

check-processor-with-own-legal-basis-description = Un traitement effectué en sous-traitance n’indique ni intérêt légitime ni consentement qui lui soit propre.
check-processor-with-own-legal-basis-article = art. 28(10), art. 4(7) RGPD
check-processor-with-own-legal-basis-message = Un traitement effectué en sous-traitance indique un intérêt légitime ou un consentement qui lui est propre : la base légale relève du responsable, et l’organisme qui décide des finalités d’un traitement en est le responsable.
check-processor-with-own-legal-basis-hint = Si l’organisme décide pourquoi ces données sont traitées, enregistrez l’activité comme la sienne (responsable) ; sinon, notez la base légale du client en remarque.

check-missing-categories-of-processing-description = Un traitement effectué en sous-traitance décrit les catégories de traitements effectués pour le responsable.
check-missing-categories-of-processing-article = art. 30(2)(b) RGPD
check-missing-categories-of-processing-message = Non renseigné : catégories de traitements effectués.
check-missing-categories-of-processing-hint = Décrivez ce qui est fait pour le responsable.

check-missing-purposes-description = Un traitement du responsable indique ses finalités.
check-missing-purposes-article = art. 30(1)(b) RGPD
check-missing-purposes-message = Non renseigné : finalités.
check-missing-purposes-hint = { check-fill-in }

check-missing-legal-basis-description = Un traitement du responsable indique sa base légale.
check-missing-legal-basis-article = art. 6(1) RGPD
check-missing-legal-basis-message = Non renseigné : base légale.
check-missing-legal-basis-hint = { check-fill-in }

check-missing-data-subjects-description = Un traitement du responsable indique les catégories de personnes concernées.
check-missing-data-subjects-article = art. 30(1)(c) RGPD
check-missing-data-subjects-message = Non renseigné : catégories de personnes concernées.
check-missing-data-subjects-hint = { check-fill-in }

check-missing-data-categories-description = Un traitement du responsable indique les catégories de données.
check-missing-data-categories-article = art. 30(1)(c) RGPD
check-missing-data-categories-message = Non renseigné : catégories de données.
check-missing-data-categories-hint = { check-fill-in }

check-missing-retention-description = Un traitement du responsable indique les délais d’effacement.
check-missing-retention-article = art. 30(1)(f) RGPD
check-missing-retention-message = Non renseigné : délai d’effacement.
check-missing-retention-hint = { check-fill-in }

check-missing-recipients-description = Un traitement du responsable indique les catégories de destinataires, services internes compris.
check-missing-recipients-article = art. 30(1)(d) RGPD
check-missing-recipients-message = Non renseigné : catégories de destinataires.
check-missing-recipients-hint = Indiquez qui reçoit les données, services internes compris ; si personne ne les reçoit, précisez-le en note.

check-missing-security-measures-description = Une activité est liée aux mesures de sécurité techniques et organisationnelles qui la protègent (art. 30(1)(g) pour un traitement du responsable, 30(2)(d) pour un traitement en sous-traitance).
check-missing-security-measures-article = { $case ->
    [processor] art. 30(2)(d), art. 32 RGPD
   *[other] art. 30(1)(g), art. 32 RGPD
}
check-missing-security-measures-message = Non renseigné : mesures de sécurité.
check-missing-security-measures-hint = Liez les mesures techniques et organisationnelles du catalogue de l’organisme.

## La licéité et les données

check-legitimate-interest-unstated-description = Un responsable qui invoque l’intérêt légitime indique l’intérêt poursuivi.
check-legitimate-interest-unstated-article = art. 6(1)(f), art. 13(1)(d) RGPD
check-legitimate-interest-unstated-message = L’intérêt légitime est la base légale, et l’intérêt poursuivi n’est pas indiqué.
check-legitimate-interest-unstated-hint = Indiquez l’intérêt poursuivi, et où la mise en balance est conservée.

check-consent-without-record-description = Un responsable qui invoque le consentement indique où il est recueilli et conservé.
check-consent-without-record-article = art. 7(1) RGPD
check-consent-without-record-message = Le consentement est la base légale, et l’endroit où il est recueilli et conservé n’est pas indiqué.
check-consent-without-record-hint = Indiquez comment le consentement est recueilli et où sa preuve est conservée.

check-special-category-without-condition-description = Les données sensibles s’accompagnent d’une condition de l’art. 9, 2.
check-special-category-without-condition-article = art. 9(1) et (2) RGPD
check-special-category-without-condition-message = « { $name } » est une donnée sensible, et aucune condition de l’art. 9, 2, n’est indiquée.
check-special-category-without-condition-hint = Indiquez la condition de l’art. 9, 2, qui permet le traitement.

check-criminal-data-without-basis-description = Les données d’infractions s’accompagnent de leur fondement de l’art. 10.
check-criminal-data-without-basis-article = art. 10 RGPD
check-criminal-data-without-basis-message = « { $name } » relève des condamnations et infractions, et aucun fondement de l’art. 10 n’est indiqué.
check-criminal-data-without-basis-hint = Indiquez l’autorité publique ou le texte du droit de l’Union ou national qui autorise le traitement.

check-sensitive-data-marked-standard-description = Une catégorie de données que le Data Privacy Vocabulary range parmi les données sensibles ou d’infractions n’est pas marquée comme donnée courante.
check-sensitive-data-marked-standard-article = { $case ->
    [criminal] art. 10 RGPD
   *[other] art. 9(1) RGPD
}
check-sensitive-data-marked-standard-message = « { $name } » est { $case ->
    [criminal] une donnée relative aux infractions (art. 10)
   *[other] une catégorie particulière de données (art. 9(1))
}, mais elle est marquée comme donnée courante.
check-sensitive-data-marked-standard-hint = Indiquez sa sensibilité, puis la condition ou la base qui permet le traitement.

check-recipient-kind-missing-description = Chaque destinataire indique sa nature : interne, sous-traitant, tiers ou autorité publique.
check-recipient-kind-missing-article = art. 30(1)(d), art. 28 RGPD
check-recipient-kind-missing-message = La nature du destinataire « { $name } » (interne, sous-traitant, tiers, autorité publique) n’est pas renseignée.
check-recipient-kind-missing-hint = Choisissez sa nature : un sous-traitant appelle un contrat au titre de l’art. 28, un tiers une base pour la communication.

check-value-not-recognised-description = Une base légale, une condition de l’art. 9, une nature de destinataire, une garantie ou un pays conservés tels quels, que les contrôles ne peuvent pas apprécier, sont signalés.
check-value-not-recognised-article = { "" }
check-value-not-recognised-message = « { $value } » a été conservé tel quel : ce n’est aucune des valeurs que ropa connaît, et les contrôles ne peuvent pas l’apprécier.
check-value-not-recognised-hint = Choisissez la valeur correspondante dans la liste, ou gardez-la si elle est juste.

## La conservation

check-retention-indefinite-description = Aucune donnée n’est conservée sans limite de durée.
check-retention-indefinite-article = art. 5(1)(e) RGPD
check-retention-indefinite-message = Les données sont conservées sans limite de durée.
check-retention-indefinite-hint = Fixez une durée, ou les critères qui y mettent fin (art. 30, 1, f) ; l’archivage dans l’intérêt public a ses propres règles (art. 89).

check-retention-not-per-category-description = Une seule durée pour des données de natures différentes (données sensibles ou d’infractions avec des données courantes) est signalée.
check-retention-not-per-category-article = art. 5(1)(e), art. 30(1)(f) RGPD
check-retention-not-per-category-message = Une seule durée couvre des données de natures différentes (données sensibles ou d’infractions avec des données courantes).
check-retention-not-per-category-hint = Vérifiez si chaque catégorie appelle sa propre durée.

## L’analyse d’impact et la revue

check-dpia-likely-description = Un traitement du responsable dont le registre montre deux critères WP248 ou plus indique une AIPD, ou pourquoi aucune n’est requise.
check-dpia-likely-article = art. 35(1) et (3) RGPD; WP248 rev.01 (endorsed by the EDPB)
check-dpia-likely-message = Le registre montre { $count } des critères pour lesquels une AIPD est probablement requise ({ $criteria }), et n’indique aucune AIPD.
check-dpia-likely-hint = Menez une AIPD, ou indiquez pourquoi aucune n’est requise, avec ses raisons.

check-dpia-screening-description = Un traitement du responsable dont le registre montre un critère WP248 indique si une AIPD est requise.
check-dpia-screening-article = art. 35(1) RGPD; WP248 rev.01 (endorsed by the EDPB)
check-dpia-screening-message = Le registre montre un critère des lignes directrices sur l’AIPD ({ $criteria }) ; deux appellent en général une AIPD, et un seul peut suffire dans certains cas.
check-dpia-screening-hint = Vérifiez si un autre critère s’applique (grande échelle, surveillance systématique, technologie innovante…) et si la liste de l’autorité de contrôle (art. 35(4)) vise ce traitement, puis indiquez si une AIPD est requise.

check-review-overdue-description = La prochaine revue d’une activité n’a pas passé sa date.
check-review-overdue-article = art. 5(2), art. 24(1) RGPD
check-review-overdue-message = La revue prévue le { $due } n’a pas été faite.
check-review-overdue-hint = Revoyez l’activité, puis enregistrez la date de revue et la suivante.

## Les transferts

check-transfer-without-safeguard-description = Un transfert vers un pays tiers ou une organisation internationale indique sa garantie (une erreur sans décision d’adéquation, un avertissement quand une décision ne couvre qu’une partie du pays, une information quand une décision le couvre).
check-transfer-without-safeguard-article = { $case ->
    [organisation-adequate] art. 45 RGPD
   *[other] art. 44, 46 RGPD
}
check-transfer-without-safeguard-message = { $case ->
    [partial] Le transfert vers { $to } n’indique aucune garantie ; la décision d’adéquation pour ce pays ({ $country }, { $decision }) ne couvre que les { $covers } : à moins que le destinataire en relève, ce transfert est sans garantie.
    [adequate] Le transfert vers { $to } n’indique aucune garantie ; ce pays ({ $country }) bénéficie d’une décision d’adéquation ({ $decision }).
    [organisation] Le transfert vers { $to }, organisation internationale sans décision d’adéquation, n’indique aucune garantie.
    [organisation-adequate] Le transfert vers { $to } n’indique aucune garantie ; l’{ $organisation } bénéficie d’une décision d’adéquation ({ $decision }), qui couvre les { $covers }.
   *[other] Le transfert vers { $to }, pays tiers sans décision d’adéquation, n’indique aucune garantie.
}
check-transfer-without-safeguard-hint = { $case ->
    [partial] Si le destinataire est couvert (pour les États-Unis : inscrit au Data Privacy Framework), indiquez la décision d’adéquation comme garantie et précisez-le ; sinon, indiquez la garantie de l’art. 46 ou la dérogation de l’art. 49 invoquée.
    [adequate] Indiquez la décision d’adéquation comme garantie.
    [organisation] Indiquez la garantie de l’art. 46 en place (instrument entre autorités publiques, clauses contractuelles types…) ou la dérogation de l’art. 49 invoquée.
    [organisation-adequate] Indiquez la décision d’adéquation comme garantie.
   *[other] Indiquez la garantie de l’art. 46 en place (clauses contractuelles types, règles d’entreprise contraignantes…) ou la dérogation de l’art. 49 invoquée.
}

check-third-country-without-transfer-description = Chaque pays tiers où les données d’une activité sont conservées ou reçues a son transfert enregistré.
check-third-country-without-transfer-article = art. 30(1)(e), 44 RGPD
check-third-country-without-transfer-message = Des données sont conservées ou reçues dans un pays tiers ({ $country }), et aucun transfert vers ce pays n’est enregistré.
check-third-country-without-transfer-hint = Ajoutez le transfert avec sa garantie, ou corrigez le pays.

check-transfer-inside-eea-description = Un transfert enregistré vers un lieu situé dans l’UE ou l’EEE (régions ultrapériphériques et Åland comprises) n’est pas un transfert vers un pays tiers.
check-transfer-inside-eea-article = art. 44 RGPD; art. 52 TEU; art. 349, 355 TFEU
check-transfer-inside-eea-message = { $to } se trouve dans l’UE ou l’EEE ({ $country }) : les données qui y sont envoyées ne sont pas transférées vers un pays tiers et n’appellent aucune garantie.
check-transfer-inside-eea-hint = Indiquez-le plutôt parmi les lieux où les données sont traitées que parmi les transferts.

check-invalid-safeguard-privacy-shield-description = Aucun transfert, ni aucune prestation d’un sous-traitant ultérieur, ne repose sur le Privacy Shield, invalidé par la Cour de justice.
check-invalid-safeguard-privacy-shield-article = art. 44, 45 RGPD; CJUE { $judgment } ({ $judged })
check-invalid-safeguard-privacy-shield-message = { $case ->
    [service] Une prestation de ce sous-traitant ultérieur repose sur le Privacy Shield, invalidé le { $judged } ({ $judgment }).
   *[other] Le transfert vers { $to } repose sur le Privacy Shield, invalidé par la Cour de justice le { $judged } (Schrems II, { $judgment }).
}
check-invalid-safeguard-privacy-shield-hint = { $case ->
    [service] Appuyez-vous sur le Data Privacy Framework s’il est certifié, ou sur les clauses contractuelles types de 2021.
   *[other] Appuyez-vous sur le Data Privacy Framework si le destinataire est certifié, ou sur les clauses contractuelles types de 2021, et mettez le registre à jour.
}

check-adequacy-not-in-force-description = Un transfert qui invoque une décision d’adéquation va vers un pays ou une organisation internationale qui en bénéficie.
check-adequacy-not-in-force-article = art. 45 RGPD
check-adequacy-not-in-force-message = { $case ->
    [organisation] Le transfert vers { $to } invoque une décision d’adéquation, et la Commission n’en a adopté aucune pour cette organisation internationale.
   *[other] Le transfert vers { $to } invoque une décision d’adéquation, et la Commission n’en a adopté aucune pour ce pays ({ $country }).
}
check-adequacy-not-in-force-hint = { $case ->
    [organisation] Choisissez la garantie réellement en place, ou une dérogation de l’art. 49.
   *[other] Choisissez la garantie réellement en place (clauses contractuelles types, règles d’entreprise contraignantes…) ou une dérogation de l’art. 49.
}

check-adequacy-expired-description = Aucun transfert ne repose sur une décision d’adéquation adoptée pour une durée qui a pris fin.
check-adequacy-expired-article = art. 45 RGPD
check-adequacy-expired-message = La décision d’adéquation pour ce pays ({ $country }, { $decision }) s’appliquait jusqu’au { $end } et ne s’applique plus ; le transfert vers { $to } n’a plus de garantie.
check-adequacy-expired-hint = Vérifiez si la Commission l’a renouvelée ; sinon, mettez en place des clauses contractuelles types ou une autre garantie de l’art. 46.

check-adequacy-expiring-description = Un transfert qui repose sur une décision d’adéquation prenant fin dans les six mois est signalé.
check-adequacy-expiring-article = art. 45 RGPD
check-adequacy-expiring-message = La décision d’adéquation pour ce pays ({ $country }, { $decision }) s’applique jusqu’au { $end }.
check-adequacy-expiring-hint = Surveillez son renouvellement et préparez une autre garantie pour ce transfert au cas où elle ne serait pas renouvelée.

check-adequacy-us-without-dpf-description = Un transfert vers les États-Unis au titre de leur décision d’adéquation note la certification du destinataire au Data Privacy Framework.
check-adequacy-us-without-dpf-article = art. 45 RGPD; décision d’exécution (UE) 2023/1795
check-adequacy-us-without-dpf-message = Le transfert vers { $to } repose sur la décision d’adéquation américaine du { $adopted }, qui ne couvre que les organisations certifiées au titre du Data Privacy Framework ; la certification n’est pas notée.
check-adequacy-us-without-dpf-hint = Vérifiez le destinataire sur la liste du DPF (dataprivacyframework.gov) et notez sa certification dans les précisions de la garantie.

check-adequacy-partial-description = Un transfert au titre d’une décision d’adéquation qui ne couvre qu’une partie d’un pays rappelle ce qu’elle couvre.
check-adequacy-partial-article = art. 45 RGPD
check-adequacy-partial-message = La décision d’adéquation pour ce pays ({ $country }) ne couvre que les { $covers }.
check-adequacy-partial-hint = Assurez-vous que le destinataire est couvert.

check-superseded-contractual-clauses-description = Aucun transfert ne repose sur les anciennes clauses contractuelles types, que la décision d’exécution (UE) 2021/914 a remplacées.
check-superseded-contractual-clauses-article = art. 46(2)(c) RGPD; décision d’exécution (UE) 2021/914, art. 4
check-superseded-contractual-clauses-message = Le transfert vers { $to } repose sur les anciennes clauses contractuelles types ({ $clauses }), qui pouvaient être invoquées jusqu’au { $until } et ne sont plus une garantie.
check-superseded-contractual-clauses-hint = Mettez en place avec le destinataire les clauses contractuelles types de 2021 (décision d’exécution (UE) 2021/914), puis indiquez-les avec leur module.

check-scc-module-missing-description = Un transfert sous clauses contractuelles types indique leur module.
check-scc-module-missing-article = art. 46(2)(c) RGPD; décision d’exécution (UE) 2021/914, Annex
check-scc-module-missing-message = Le transfert vers { $to } repose sur des clauses contractuelles types ; leur module n’est pas indiqué.
check-scc-module-missing-hint = Indiquez le module : 1 responsable à responsable, 2 responsable à sous-traitant, 3 sous-traitant à sous-traitant, 4 sous-traitant à responsable. (Les clauses de 2021 ne sont pas faites pour un importateur déjà soumis au RGPD en vertu de l’art. 3(2).)

check-transfer-impact-assessment-missing-description = Un transfert qui repose sur une garantie de l’art. 46 vers un pays sans décision d’adéquation complète indique son analyse d’impact du transfert.
check-transfer-impact-assessment-missing-article = art. 46(1) RGPD; CJUE C-311/18; EDPB Recommendations 01/2020
check-transfer-impact-assessment-missing-message = Le transfert vers { $to } repose sur une garantie de l’art. 46 ; aucune analyse d’impact du transfert n’est indiquée.
check-transfer-impact-assessment-missing-hint = Évaluez si le droit et la pratique du pays de destination permettent à la garantie d’être effective, et indiquez où se trouve l’analyse et sa date.

check-derogation-compelling-interests-description = Un transfert qui repose sur des intérêts légitimes impérieux (art. 49(1), second alinéa) rappelle les conditions de cette dérogation.
check-derogation-compelling-interests-article = art. 49(1), second subparagraph, et 49(6) RGPD
check-derogation-compelling-interests-message = Le transfert vers { $to } repose sur des intérêts légitimes impérieux : seulement lorsqu’aucun autre fondement ne s’applique, pour un transfert non répétitif concernant un nombre limité de personnes, pour des intérêts sur lesquels ne prévalent pas les leurs, après évaluation de toutes les circonstances et avec des garanties appropriées ; jamais pour les autorités publiques dans l’exercice de leurs prérogatives (art. 49(3)).
check-derogation-compelling-interests-hint = Informez l’autorité de contrôle du transfert, et les personnes concernées du transfert et des intérêts poursuivis ; documentez l’évaluation et les garanties dans ce registre.

## Les sous-traitants ultérieurs

check-subprocessor-unused-description = Chaque sous-traitant ultérieur sert au moins une activité.
check-subprocessor-unused-article = art. 28(2), art. 30 RGPD
check-subprocessor-unused-message = Aucune activité ne fait appel à ce sous-traitant ultérieur.
check-subprocessor-unused-hint = Liez-le aux activités qu’il sert, ou supprimez-le s’il n’est plus utilisé.

check-subprocessor-without-country-description = Un sous-traitant ultérieur indique où il traite les données : son pays, ou celui de chacune de ses prestations.
check-subprocessor-without-country-article = art. 28(2), art. 44 RGPD
check-subprocessor-without-country-message = Le pays où ce sous-traitant ultérieur traite les données n’est pas indiqué.
check-subprocessor-without-country-hint = Indiquez son pays, ou celui de chacune de ses prestations.

## Contrats

check-contract-missing-description = Chaque sous-traitant (ou sous-traitant auquel l’organisme fait appel) et chaque client pour lequel il traite des données a son contrat de sous-traitance enregistré : sa date ou sa version, le document signé ou son empreinte.
check-contract-missing-article = { $case ->
    [client] art. 28(3) RGPD
   *[other] art. 28(3), 28(4) RGPD
}
check-contract-missing-message = { $case ->
    [client] Aucun contrat de sous-traitance avec ce client n’est enregistré.
   *[other] Aucun contrat de sous-traitance avec lui n’est enregistré.
}
check-contract-missing-hint = Enregistrez la date et la version du contrat, et où se trouve l’exemplaire signé ou son empreinte SHA-256.

check-contract-ending-description = Un contrat de sous-traitance n’a pas pris fin et ne prend pas fin dans les 90 jours.
check-contract-ending-article = art. 28(3), 28(9) RGPD
check-contract-ending-message = { $case ->
    [expired] Le contrat de sous-traitance a pris fin le { $date }.
   *[other] Le contrat de sous-traitance prend fin le { $date }, dans moins de { $days } jours.
}
check-contract-ending-hint = Renouvelez ou remplacez le contrat, puis enregistrez sa nouvelle date et son échéance.

check-notification-contact-missing-description = Un client dont les traitements font appel à des sous-traitants a un contact enregistré à informer de tout changement de sous-traitant.
check-notification-contact-missing-article = art. 28(2) RGPD
check-notification-contact-missing-message = Des sous-traitants servent les traitements de ce client, et la personne à informer d’un changement n’est pas enregistrée.
check-notification-contact-missing-hint = Enregistrez le contact que le contrat désigne pour les notifications (un nom et une adresse électronique).

## Le rapport des contrôles, tel que `ropa check` l’écrit

check-severity = { $severity ->
    [error] erreur
    [warning] avertissement
   *[info] information
}
check-entry = { $kind ->
    [organisation] organisme
    [controller] responsable
    [site] site
    [sub_processor] sous-traitant
    [measure] mesure
   *[activity] activité
}
check-summary = { $errors ->
    [one] { $errors } erreur
   *[other] { $errors } erreurs
}, { $warnings ->
    [one] { $warnings } avertissement
   *[other] { $warnings } avertissements
}, { $infos ->
    [one] { $infos } information
   *[other] { $infos } informations
}. Complétude : { $percent } % des mentions de l’article 30 renseignées ({ $filled }/{ $total }).
check-reference-checked = Données de référence vérifiées le { $date }.
check-reference-stale = Attention : les données de référence (décisions d’adéquation…) ont plus d’un an ; le droit a pu changer depuis. Mettez ropa à jour.
