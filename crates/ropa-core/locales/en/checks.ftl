# The compliance checks: for each rule of the catalogue (crates/ropa-core/src/checks/catalogue.rs),
# what it checks (-description), the article it rests on (-article), and a finding's message and
# hint. A rule that words some cases apart selects on $case (the catalogue lists its cases); the
# default variant is the rule's own case.

## Shared words

# Between the items of a list inside a message.
check-list-separator = { "; " }
check-fill-in = Fill it in: the supervisory authority expects it in the record.

## The organisation

check-missing-role-description = An organisation records whether it acts as controller, processor or both.
check-missing-role-article = Art. 30(1), 30(2) GDPR
check-missing-role-message = Whether the organisation acts as controller, processor or both is not recorded: the record cannot say which of Art. 30(1) and 30(2) it follows.
check-missing-role-hint = Tick its roles in the organisation's profile.

check-missing-contact-details-description = An organisation records a way to reach it: its address, or an e-mail, phone or address of its contact or its DPO.
check-missing-contact-details-article = Art. 30(1)(a), 30(2)(a) GDPR
check-missing-contact-details-message = The organisation has no contact details: no address, and no e-mail, phone or address for its contact or its DPO.
check-missing-contact-details-hint = Record the organisation's address and a contact e-mail, and the DPO's.

check-record-exemption-description = An organisation employing fewer persons than the Art. 30(5) threshold is told which of its activities the exemption does not reach.
check-record-exemption-article = Art. 30(5) GDPR
check-record-exemption-message = { $organisation } employs { $persons } persons, fewer than { $threshold }: Art. 30(5) spares it a record only for processing that is occasional, unlikely to result in a risk, and without special-category or criminal-offence data. It does not reach { $reaches }.
check-record-exemption-hint = Keep the record for every activity the exemption does not reach; a complete record also shows accountability (Art. 5(2)).
check-record-exemption-sensitive = special-category or criminal-offence data ({ $names })
check-record-exemption-risky = processing that shows risk criteria ({ $names })
check-record-exemption-occasional = processing that is not occasional, as the activities of a register usually are

## The Article 30 items of an activity

check-processor-without-controller-description = A processor's activity names the controllers it is carried out for.
check-processor-without-controller-article = Art. 30(2)(a) GDPR
check-processor-without-controller-message = A processor activity names no controller it is carried out for.
check-processor-without-controller-hint = Link the client controllers (Art. 30(2)(a)); if the organisation decides the purposes itself, it is the controller: change the role.

check-processor-with-own-legal-basis-description = A processor's activity records no legitimate interests or consent of its own.
check-processor-with-own-legal-basis-article = Art. 28(10), Art. 4(7) GDPR
check-processor-with-own-legal-basis-message = A processor activity records its own legitimate interests or consent: the legal basis is the controller's choice, and an organisation that decides the purposes of a processing is its controller.
check-processor-with-own-legal-basis-hint = If the organisation decides why these data are processed, record the activity as its own (controller); otherwise record the client's basis in the notes, not as its own.

check-missing-categories-of-processing-description = A processor's activity describes the categories of processing it carries out for the controller.
check-missing-categories-of-processing-article = Art. 30(2)(b) GDPR
check-missing-categories-of-processing-message = Not recorded: the categories of processing carried out.
check-missing-categories-of-processing-hint = Describe what is done for the controller.

check-missing-purposes-description = A controller's activity records its purposes.
check-missing-purposes-article = Art. 30(1)(b) GDPR
check-missing-purposes-message = Not recorded: the purposes.
check-missing-purposes-hint = { check-fill-in }

check-missing-legal-basis-description = A controller's activity records its legal basis.
check-missing-legal-basis-article = Art. 6(1) GDPR
check-missing-legal-basis-message = Not recorded: the legal basis.
check-missing-legal-basis-hint = { check-fill-in }

check-missing-data-subjects-description = A controller's activity records the categories of data subjects.
check-missing-data-subjects-article = Art. 30(1)(c) GDPR
check-missing-data-subjects-message = Not recorded: the categories of data subjects.
check-missing-data-subjects-hint = { check-fill-in }

check-missing-data-categories-description = A controller's activity records the categories of personal data.
check-missing-data-categories-article = Art. 30(1)(c) GDPR
check-missing-data-categories-message = Not recorded: the categories of personal data.
check-missing-data-categories-hint = { check-fill-in }

check-missing-retention-description = A controller's activity records the time limits for erasure.
check-missing-retention-article = Art. 30(1)(f) GDPR
check-missing-retention-message = Not recorded: the time limit for erasure.
check-missing-retention-hint = { check-fill-in }

check-missing-recipients-description = A controller's activity records the categories of recipients, internal services included.
check-missing-recipients-article = Art. 30(1)(d) GDPR
check-missing-recipients-message = Not recorded: the categories of recipients.
check-missing-recipients-hint = List who receives the data, internal services included; if truly nobody does, say so in the notes.

check-missing-security-measures-description = An activity is linked to the technical and organisational security measures that protect it (Art. 30(1)(g) for a controller's, 30(2)(d) for a processor's).
check-missing-security-measures-article = { $case ->
    [processor] Art. 30(2)(d), Art. 32 GDPR
   *[other] Art. 30(1)(g), Art. 32 GDPR
}
check-missing-security-measures-message = Not recorded: the security measures.
check-missing-security-measures-hint = Link the technical and organisational measures from the organisation's catalogue.

## Lawfulness and the data

check-legitimate-interest-unstated-description = A controller relying on legitimate interests states the interest pursued.
check-legitimate-interest-unstated-article = Art. 6(1)(f), Art. 13(1)(d) GDPR
check-legitimate-interest-unstated-message = Legitimate interests are the basis, and the interest pursued is not stated.
check-legitimate-interest-unstated-hint = State the interest, and where the balancing test is kept.

check-consent-without-record-description = A controller relying on consent says where it is recorded.
check-consent-without-record-article = Art. 7(1) GDPR
check-consent-without-record-message = Consent is the basis, and where it is recorded is not said.
check-consent-without-record-hint = Say how consent is collected and where the proof of it is kept.

check-special-category-without-condition-description = Special-category data come with an Art. 9(2) condition.
check-special-category-without-condition-article = Art. 9(1) and (2) GDPR
check-special-category-without-condition-message = "{ $name }" is special-category data, and no Art. 9(2) condition is recorded.
check-special-category-without-condition-hint = Record the Art. 9(2) condition that allows the processing.

check-criminal-data-without-basis-description = Criminal-offence data come with their Art. 10 basis.
check-criminal-data-without-basis-article = Art. 10 GDPR
check-criminal-data-without-basis-message = "{ $name }" is criminal-offence data, and no Art. 10 basis is recorded.
check-criminal-data-without-basis-hint = Record the official authority or the Union or Member State law that authorises the processing.

check-sensitive-data-marked-standard-description = A data category the Data Privacy Vocabulary names as special-category or criminal-offence data is not marked as standard data.
check-sensitive-data-marked-standard-article = { $case ->
    [criminal] Art. 10 GDPR
   *[other] Art. 9(1) GDPR
}
check-sensitive-data-marked-standard-message = "{ $name }" is { $case ->
    [criminal] criminal-offence data (Art. 10)
   *[other] a special category of data (Art. 9(1))
}, but it is marked as standard data.
check-sensitive-data-marked-standard-hint = Mark its sensitivity, then record the condition or basis that allows the processing.

check-recipient-kind-missing-description = Each recipient records its kind: internal, processor, third party or public authority.
check-recipient-kind-missing-article = Art. 30(1)(d), Art. 28 GDPR
check-recipient-kind-missing-message = What kind of recipient "{ $name }" is (internal, processor, third party, public authority) is not recorded.
check-recipient-kind-missing-hint = Choose its kind: a processor needs an Art. 28 contract, a third party a basis for the disclosure.

check-value-not-recognised-description = A legal basis, Art. 9 condition, kind of recipient, safeguard or country kept as written, which the checks cannot weigh, is pointed out.
check-value-not-recognised-article = { "" }
check-value-not-recognised-message = "{ $value }" was kept as written: it is none of the values ropa knows, so the checks cannot weigh it.
check-value-not-recognised-hint = Choose the matching value from the list, or keep it if it is right.

## Retention

check-retention-indefinite-description = No data are kept indefinitely.
check-retention-indefinite-article = Art. 5(1)(e) GDPR
check-retention-indefinite-message = Data are kept indefinitely.
check-retention-indefinite-hint = Set a period, or the criteria that end it (Art. 30(1)(f)); archiving in the public interest has its own rules (Art. 89).

check-retention-not-per-category-description = One time limit for data of different kinds (special-category or criminal-offence data with ordinary data) is pointed out.
check-retention-not-per-category-article = Art. 5(1)(e), Art. 30(1)(f) GDPR
check-retention-not-per-category-message = One time limit covers data of different kinds (special-category or criminal-offence data with ordinary data).
check-retention-not-per-category-hint = Check whether each category needs its own time limit.

## Impact assessment and review

check-dpia-likely-description = A controller's activity whose record shows two or more of the WP248 criteria records a DPIA, or why none is required.
check-dpia-likely-article = Art. 35(1) and (3) GDPR; WP248 rev.01 (endorsed by the EDPB)
check-dpia-likely-message = The record shows { $count } of the criteria for which a DPIA is likely required ({ $criteria }), and records no DPIA.
check-dpia-likely-hint = Carry out a DPIA, or record why none is required, with its reasons.

check-dpia-screening-description = A controller's activity whose record shows one of the WP248 criteria records whether a DPIA is required.
check-dpia-screening-article = Art. 35(1) GDPR; WP248 rev.01 (endorsed by the EDPB)
check-dpia-screening-message = The record shows one criterion of the guidelines on DPIA ({ $criteria }); two usually call for a DPIA, and one can in some cases.
check-dpia-screening-hint = Check whether another criterion applies (large scale, systematic monitoring, innovative technology...) and whether the supervisory authority's list (Art. 35(4)) names this processing, then record whether a DPIA is required.

check-review-overdue-description = An activity's next review is not past its date.
check-review-overdue-article = Art. 5(2), Art. 24(1) GDPR
check-review-overdue-message = The review due on { $due } has not been done.
check-review-overdue-hint = Review the activity, then record the review's date and the next one.

## Transfers

check-transfer-without-safeguard-description = A transfer to a third country or an international organisation records its safeguard (an error where no adequacy decision applies, a warning where one covers only part of the country, an info where one covers it).
check-transfer-without-safeguard-article = { $case ->
    [organisation-adequate] Art. 45 GDPR
   *[other] Art. 44, 46 GDPR
}
check-transfer-without-safeguard-message = { $case ->
    [partial] The transfer to { $to } records no safeguard; the adequacy decision for { $country } ({ $decision }) covers only { $covers }: unless the recipient is covered, this is a transfer without a safeguard.
    [adequate] The transfer to { $to } records no safeguard; { $country } has an adequacy decision ({ $decision }).
    [organisation] The transfer to { $to }, an international organisation without an adequacy decision, records no safeguard.
    [organisation-adequate] The transfer to { $to } records no safeguard; the { $organisation } has an adequacy decision ({ $decision }), which covers { $covers }.
   *[other] The transfer to { $to }, a third country without an adequacy decision, records no safeguard.
}
check-transfer-without-safeguard-hint = { $case ->
    [partial] If the recipient is covered (for the United States: listed under the Data Privacy Framework), record the adequacy decision as the safeguard and note how; otherwise record the Art. 46 safeguard or the Art. 49 derogation relied on.
    [adequate] Record the adequacy decision as the safeguard.
    [organisation] Record the Art. 46 safeguard in place (an instrument between public authorities, standard contractual clauses...) or the Art. 49 derogation relied on.
    [organisation-adequate] Record the adequacy decision as the safeguard.
   *[other] Record the Art. 46 safeguard in place (standard contractual clauses, binding corporate rules...) or the Art. 49 derogation relied on.
}

check-third-country-without-transfer-description = Every third country where an activity's data are kept or received has its transfer recorded.
check-third-country-without-transfer-article = Art. 30(1)(e), 44 GDPR
check-third-country-without-transfer-message = Data are kept or received in { $country }, a third country, and no transfer to it is recorded.
check-third-country-without-transfer-hint = Add the transfer with its safeguard, or correct the country.

check-transfer-inside-eea-description = A transfer recorded to a place inside the EU or the EEA (outermost regions and Åland included) is no transfer to a third country.
check-transfer-inside-eea-article = Art. 44 GDPR; Art. 52 TEU; Art. 349, 355 TFEU
check-transfer-inside-eea-message = { $to } is inside the EU or the EEA ({ $country }): data sent there are not transferred to a third country, and need no safeguard.
check-transfer-inside-eea-hint = Keep it among the places where the data are processed rather than among the transfers.

check-invalid-safeguard-privacy-shield-description = No transfer, and no service of a sub-processor, relies on the EU-US Privacy Shield, which the Court of Justice invalidated.
check-invalid-safeguard-privacy-shield-article = Art. 44, 45 GDPR; CJEU { $judgment } ({ $judged })
check-invalid-safeguard-privacy-shield-message = { $case ->
    [service] A service of this sub-processor relies on the EU-US Privacy Shield, invalidated on { $judged } ({ $judgment }).
   *[other] The transfer to { $to } relies on the EU-US Privacy Shield, which the Court of Justice invalidated on { $judged } (Schrems II, { $judgment }).
}
check-invalid-safeguard-privacy-shield-hint = { $case ->
    [service] Rely on the Data Privacy Framework if it is certified, or on the 2021 standard contractual clauses.
   *[other] Rely on the EU-US Data Privacy Framework if the recipient is certified, or on the 2021 standard contractual clauses, and update the record.
}

check-adequacy-not-in-force-description = A transfer that claims an adequacy decision goes to a country or an international organisation that has one.
check-adequacy-not-in-force-article = Art. 45 GDPR
check-adequacy-not-in-force-message = { $case ->
    [organisation] The transfer to { $to } claims an adequacy decision, and the Commission has adopted none for this international organisation.
   *[other] The transfer to { $to } claims an adequacy decision, and the Commission has adopted none for { $country }.
}
check-adequacy-not-in-force-hint = { $case ->
    [organisation] Choose the safeguard actually in place, or an Art. 49 derogation.
   *[other] Choose the safeguard actually in place (standard contractual clauses, binding corporate rules...) or an Art. 49 derogation.
}

check-adequacy-expired-description = No transfer relies on an adequacy decision adopted for a time that has ended.
check-adequacy-expired-article = Art. 45 GDPR
check-adequacy-expired-message = The adequacy decision for { $country } ({ $decision }) applied until { $end } and no longer does; the transfer to { $to } has no safeguard.
check-adequacy-expired-hint = Check whether the Commission renewed it; otherwise put standard contractual clauses or another Art. 46 safeguard in place.

check-adequacy-expiring-description = A transfer relying on an adequacy decision that ends within six months is pointed out.
check-adequacy-expiring-article = Art. 45 GDPR
check-adequacy-expiring-message = The adequacy decision for { $country } ({ $decision }) applies until { $end }.
check-adequacy-expiring-hint = Watch for its renewal, and prepare another safeguard for the transfer in case it lapses.

check-adequacy-us-without-dpf-description = A transfer to the United States under their adequacy decision notes the recipient's certification under the Data Privacy Framework.
check-adequacy-us-without-dpf-article = Art. 45 GDPR; Implementing Decision (EU) 2023/1795
check-adequacy-us-without-dpf-message = The transfer to { $to } relies on the US adequacy decision of { $adopted }, which covers only organisations certified under the EU-US Data Privacy Framework; the certification is not noted.
check-adequacy-us-without-dpf-hint = Check the recipient on the DPF list (dataprivacyframework.gov) and note its certification in the safeguard's details.

check-adequacy-partial-description = A transfer under an adequacy decision that covers only part of a country is reminded of what it covers.
check-adequacy-partial-article = Art. 45 GDPR
check-adequacy-partial-message = The adequacy decision for { $country } covers only { $covers }.
check-adequacy-partial-hint = Make sure the recipient is covered.

check-superseded-contractual-clauses-description = No transfer relies on the former standard contractual clauses, which Implementing Decision (EU) 2021/914 replaced.
check-superseded-contractual-clauses-article = Art. 46(2)(c) GDPR; Implementing Decision (EU) 2021/914, Art. 4
check-superseded-contractual-clauses-message = The transfer to { $to } relies on the former standard contractual clauses ({ $clauses }), which could be relied on until { $until } and are no longer a safeguard.
check-superseded-contractual-clauses-hint = Put the 2021 standard contractual clauses (Implementing Decision (EU) 2021/914) in place with the recipient, record them and their module.

check-scc-module-missing-description = A transfer under standard contractual clauses records their module.
check-scc-module-missing-article = Art. 46(2)(c) GDPR; Implementing Decision (EU) 2021/914, Annex
check-scc-module-missing-message = The transfer to { $to } relies on standard contractual clauses; their module is not recorded.
check-scc-module-missing-hint = Record the module: 1 controller to controller, 2 controller to processor, 3 processor to processor, 4 processor to controller. (The 2021 clauses are not made for an importer already subject to the GDPR under Art. 3(2).)

check-transfer-impact-assessment-missing-description = A transfer under an Art. 46 safeguard to a country without a full adequacy decision records its transfer impact assessment.
check-transfer-impact-assessment-missing-article = Art. 46(1) GDPR; CJEU C-311/18; EDPB Recommendations 01/2020
check-transfer-impact-assessment-missing-message = The transfer to { $to } relies on an Art. 46 safeguard; no transfer impact assessment is recorded.
check-transfer-impact-assessment-missing-hint = Assess whether the law and practice of the country of destination let the safeguard be effective, and record where the assessment is and its date.

check-derogation-compelling-interests-description = A transfer relying on compelling legitimate interests (Art. 49(1), second subparagraph) is reminded of that derogation's conditions.
check-derogation-compelling-interests-article = Art. 49(1), second subparagraph, and 49(6) GDPR
check-derogation-compelling-interests-message = The transfer to { $to } relies on compelling legitimate interests: only when no other ground applies, for a transfer that is not repetitive and concerns a limited number of data subjects, for interests not overridden by theirs, after assessing all the circumstances and providing suitable safeguards; never for public authorities exercising their public powers (Art. 49(3)).
check-derogation-compelling-interests-hint = Inform the supervisory authority of the transfer, and the data subjects of it and of the interests pursued; document the assessment and the safeguards in this record.

## Sub-processors

check-subprocessor-unused-description = Every sub-processor serves some activity.
check-subprocessor-unused-article = Art. 28(2), Art. 30 GDPR
check-subprocessor-unused-message = No activity uses this sub-processor.
check-subprocessor-unused-hint = Link it to the activities it serves, or remove it if it is no longer used.

check-subprocessor-without-country-description = A sub-processor records where it processes the data: its country, or each of its services'.
check-subprocessor-without-country-article = Art. 28(2), Art. 44 GDPR
check-subprocessor-without-country-message = Where this sub-processor processes the data is not recorded.
check-subprocessor-without-country-hint = Record its country, or the country of each of its services.

## Contracts

check-contract-missing-description = Each sub-processor (or processor the organisation engages) and each client it processes for has its data processing agreement recorded: its date or version, the signed document or its fingerprint.
check-contract-missing-article = { $case ->
    [client] Art. 28(3) GDPR
   *[other] Art. 28(3), 28(4) GDPR
}
check-contract-missing-message = { $case ->
    [client] No data processing agreement with this client is recorded.
   *[other] No data processing agreement with it is recorded.
}
check-contract-missing-hint = Record the agreement's date and version, and where the signed copy is or its SHA-256 fingerprint.

check-contract-ending-description = A data processing agreement is neither past its end nor within 90 days of it.
check-contract-ending-article = Art. 28(3), 28(9) GDPR
check-contract-ending-message = { $case ->
    [expired] The data processing agreement ended on { $date }.
   *[other] The data processing agreement ends on { $date }, within { $days } days.
}
check-contract-ending-hint = Renew or replace the agreement, then record its new date and term.

check-notification-contact-missing-description = A client whose activities engage sub-processors has a contact recorded to be told of a change of sub-processors.
check-notification-contact-missing-article = Art. 28(2) GDPR
check-notification-contact-missing-message = Sub-processors serve this client's activities, and whom to tell of a change is not recorded.
check-notification-contact-missing-hint = Record the notification contact the agreement names (a name and an e-mail address).

## The checks' report, as `ropa check` prints it

check-severity = { $severity ->
    [error] error
    [warning] warning
   *[info] info
}
check-entry = { $kind ->
    [organisation] organisation
    [controller] controller
    [site] site
    [sub_processor] sub_processor
    [measure] measure
   *[activity] activity
}
check-summary = { $errors ->
    [one] { $errors } error
   *[other] { $errors } errors
}, { $warnings ->
    [one] { $warnings } warning
   *[other] { $warnings } warnings
}, { $infos } info. Completeness: { $percent }% of the Article 30 items filled ({ $filled }/{ $total }).
check-reference-checked = Reference data checked on { $date }.
check-reference-stale = Warning: the reference data (adequacy decisions...) are more than a year old; the law may have moved since. Update ropa.
