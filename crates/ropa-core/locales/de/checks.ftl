# Die Konformitätsprüfungen: für jede Regel des Katalogs (crates/ropa-core/src/checks/catalogue.rs),
# was sie prüft (-description), die Vorschrift, auf der sie beruht (-article), Meldung und Hinweis
# eines Befunds. Eine Regel, die Fälle unterscheidet, wählt nach $case (der Katalog nennt sie); die
# Standardvariante ist der eigene Fall der Regel.

## Gemeinsame Wörter

# Zwischen den Gliedern einer Aufzählung in einer Meldung.
check-list-separator = { "; " }
check-fill-in = Ergänzen Sie die Angabe: Die Aufsichtsbehörde erwartet sie im Verzeichnis.

## Die Organisation

check-missing-role-description = Die Organisation gibt an, ob sie als Verantwortlicher, als Auftragsverarbeiter oder in beiden Rollen tätig ist.
check-missing-role-article = Art. 30 Abs. 1 und 2 DSGVO
check-missing-role-message = Es ist nicht erfasst, ob die Organisation als Verantwortlicher, als Auftragsverarbeiter oder in beiden Rollen tätig ist: Das Verzeichnis kann nicht angeben, ob es Art. 30 Abs. 1 oder Art. 30 Abs. 2 DSGVO folgt.
check-missing-role-hint = Kreuzen Sie ihre Rollen im Profil der Organisation an.

check-missing-contact-details-description = Die Organisation nennt einen Weg, sie zu erreichen: ihre Anschrift oder eine E-Mail-Adresse, Telefonnummer oder Anschrift ihres Ansprechpartners oder ihres Datenschutzbeauftragten.
check-missing-contact-details-article = Art. 30 Abs. 1 lit. a, Abs. 2 lit. a DSGVO
check-missing-contact-details-message = Für die Organisation sind keine Kontaktdaten erfasst: keine Anschrift und weder E-Mail-Adresse noch Telefonnummer oder Anschrift ihres Ansprechpartners oder ihres Datenschutzbeauftragten.
check-missing-contact-details-hint = Erfassen Sie die Anschrift der Organisation und eine Kontakt-E-Mail-Adresse sowie die des Datenschutzbeauftragten.

check-record-exemption-description = Einer Organisation mit weniger Beschäftigten als dem Schwellenwert des Art. 30 Abs. 5 DSGVO wird gesagt, welche ihrer Tätigkeiten die Ausnahme nicht erfasst.
check-record-exemption-article = Art. 30 Abs. 5 DSGVO
check-record-exemption-message = { $organisation } beschäftigt { $persons ->
    [one] { $persons } Person
   *[other] { $persons } Personen
}, weniger als { $threshold }: Nach Art. 30 Abs. 5 DSGVO entfällt das Verzeichnis nur für Verarbeitungen, die gelegentlich erfolgen, voraussichtlich kein Risiko für die Rechte und Freiheiten der betroffenen Personen bergen und keine besonderen Datenkategorien oder Daten über Straftaten einschließen. Die Ausnahme erfasst nicht: { $reaches }.
check-record-exemption-hint = Führen Sie das Verzeichnis für jede Tätigkeit, die die Ausnahme nicht erfasst; ein vollständiges Verzeichnis dient zudem dem Nachweis der Rechenschaftspflicht (Art. 5 Abs. 2 DSGVO).
check-record-exemption-sensitive = besondere Kategorien personenbezogener Daten oder Daten über Straftaten ({ $names })
check-record-exemption-risky = Verarbeitungen, die Risikokriterien aufweisen ({ $names })
check-record-exemption-occasional = Verarbeitungen, die nicht nur gelegentlich erfolgen, wie es bei den Tätigkeiten eines Verzeichnisses üblich ist

## Die Angaben nach Artikel 30 zu einer Tätigkeit

check-processor-without-controller-description = Eine Tätigkeit als Auftragsverarbeiter nennt die Verantwortlichen, in deren Auftrag sie durchgeführt wird.
check-processor-without-controller-article = Art. 30 Abs. 2 lit. a DSGVO
check-processor-without-controller-message = Eine Tätigkeit als Auftragsverarbeiter nennt keinen Verantwortlichen, in dessen Auftrag sie durchgeführt wird.
check-processor-without-controller-hint = Verknüpfen Sie die auftraggebenden Verantwortlichen (Art. 30 Abs. 2 lit. a DSGVO); entscheidet die Organisation selbst über die Zwecke, ist sie Verantwortlicher: Ändern Sie die Rolle.

check-processor-with-own-legal-basis-description = Eine Tätigkeit als Auftragsverarbeiter nennt weder ein eigenes berechtigtes Interesse noch eine eigene Einwilligung.
check-processor-with-own-legal-basis-article = Art. 28 Abs. 10, Art. 4 Nr. 7 DSGVO
check-processor-with-own-legal-basis-message = Eine Tätigkeit als Auftragsverarbeiter nennt ein eigenes berechtigtes Interesse oder eine eigene Einwilligung: Die Rechtsgrundlage wählt der Verantwortliche, und wer über die Zwecke einer Verarbeitung entscheidet, ist deren Verantwortlicher.
check-processor-with-own-legal-basis-hint = Entscheidet die Organisation, warum diese Daten verarbeitet werden, erfassen Sie die Tätigkeit als eigene (Verantwortlicher); andernfalls vermerken Sie die Rechtsgrundlage des Auftraggebers in den Anmerkungen, nicht als eigene.

check-missing-categories-of-processing-description = Eine Tätigkeit als Auftragsverarbeiter beschreibt die Kategorien von Verarbeitungen, die sie im Auftrag des Verantwortlichen durchführt.
check-missing-categories-of-processing-article = Art. 30 Abs. 2 lit. b DSGVO
check-missing-categories-of-processing-message = Nicht erfasst: Kategorien von Verarbeitungen, die im Auftrag durchgeführt werden.
check-missing-categories-of-processing-hint = Beschreiben Sie, was für den Verantwortlichen getan wird.

check-missing-purposes-description = Eine Tätigkeit des Verantwortlichen nennt ihre Zwecke.
check-missing-purposes-article = Art. 30 Abs. 1 lit. b DSGVO
check-missing-purposes-message = Nicht erfasst: Zwecke der Verarbeitung.
check-missing-purposes-hint = { check-fill-in }

check-missing-legal-basis-description = Eine Tätigkeit des Verantwortlichen nennt ihre Rechtsgrundlage.
check-missing-legal-basis-article = Art. 6 Abs. 1 DSGVO
check-missing-legal-basis-message = Nicht erfasst: Rechtsgrundlage.
check-missing-legal-basis-hint = { check-fill-in }

check-missing-data-subjects-description = Eine Tätigkeit des Verantwortlichen nennt die Kategorien betroffener Personen.
check-missing-data-subjects-article = Art. 30 Abs. 1 lit. c DSGVO
check-missing-data-subjects-message = Nicht erfasst: Kategorien betroffener Personen.
check-missing-data-subjects-hint = { check-fill-in }

check-missing-data-categories-description = Eine Tätigkeit des Verantwortlichen nennt die Kategorien personenbezogener Daten.
check-missing-data-categories-article = Art. 30 Abs. 1 lit. c DSGVO
check-missing-data-categories-message = Nicht erfasst: Kategorien personenbezogener Daten.
check-missing-data-categories-hint = { check-fill-in }

check-missing-retention-description = Eine Tätigkeit des Verantwortlichen nennt die vorgesehenen Fristen für die Löschung.
check-missing-retention-article = Art. 30 Abs. 1 lit. f DSGVO
check-missing-retention-message = Nicht erfasst: vorgesehene Fristen für die Löschung.
check-missing-retention-hint = { check-fill-in }

check-missing-recipients-description = Eine Tätigkeit des Verantwortlichen nennt die Kategorien von Empfängern, interne Stellen eingeschlossen.
check-missing-recipients-article = Art. 30 Abs. 1 lit. d DSGVO
check-missing-recipients-message = Nicht erfasst: Kategorien von Empfängern.
check-missing-recipients-hint = Geben Sie an, wer die Daten erhält, interne Stellen eingeschlossen; erhält sie tatsächlich niemand, vermerken Sie das in den Anmerkungen.

check-missing-security-measures-description = Eine Tätigkeit ist mit den technischen und organisatorischen Maßnahmen verknüpft, die sie schützen (Art. 30 Abs. 1 lit. g DSGVO für eine Tätigkeit des Verantwortlichen, Art. 30 Abs. 2 lit. d DSGVO für eine Tätigkeit als Auftragsverarbeiter).
check-missing-security-measures-article = { $case ->
    [processor] Art. 30 Abs. 2 lit. d, Art. 32 DSGVO
   *[other] Art. 30 Abs. 1 lit. g, Art. 32 DSGVO
}
check-missing-security-measures-message = Nicht erfasst: technische und organisatorische Maßnahmen.
check-missing-security-measures-hint = Verknüpfen Sie die technischen und organisatorischen Maßnahmen aus dem Katalog der Organisation.

## Rechtmäßigkeit und Daten

check-legitimate-interest-unstated-description = Ein Verantwortlicher, der sich auf ein berechtigtes Interesse stützt, gibt das verfolgte Interesse an.
check-legitimate-interest-unstated-article = Art. 6 Abs. 1 lit. f, Art. 13 Abs. 1 lit. d DSGVO
check-legitimate-interest-unstated-message = Rechtsgrundlage ist das berechtigte Interesse, doch das verfolgte Interesse ist nicht angegeben.
check-legitimate-interest-unstated-hint = Geben Sie das Interesse an und wo die Interessenabwägung dokumentiert ist.

check-consent-without-record-description = Ein Verantwortlicher, der sich auf eine Einwilligung stützt, gibt an, wo sie dokumentiert ist.
check-consent-without-record-article = Art. 7 Abs. 1 DSGVO
check-consent-without-record-message = Rechtsgrundlage ist die Einwilligung, doch es ist nicht angegeben, wo sie dokumentiert ist.
check-consent-without-record-hint = Geben Sie an, wie die Einwilligung eingeholt wird und wo der Nachweis dafür aufbewahrt wird.

check-special-category-without-condition-description = Zu besonderen Kategorien personenbezogener Daten ist eine Bedingung nach Art. 9 Abs. 2 DSGVO erfasst.
check-special-category-without-condition-article = Art. 9 Abs. 1 und 2 DSGVO
check-special-category-without-condition-message = „{ $name }“ gehört zu den besonderen Kategorien personenbezogener Daten, und es ist keine Bedingung nach Art. 9 Abs. 2 DSGVO erfasst.
check-special-category-without-condition-hint = Erfassen Sie die Bedingung nach Art. 9 Abs. 2 DSGVO, die die Verarbeitung erlaubt.

check-criminal-data-without-basis-description = Zu Daten über Straftaten ist ihre Grundlage nach Art. 10 DSGVO erfasst.
check-criminal-data-without-basis-article = Art. 10 DSGVO
check-criminal-data-without-basis-message = „{ $name }“ betrifft Daten über strafrechtliche Verurteilungen und Straftaten, und es ist keine Grundlage nach Art. 10 DSGVO erfasst.
check-criminal-data-without-basis-hint = Erfassen Sie die behördliche Aufsicht oder die Rechtsvorschrift der Union oder des Mitgliedstaats, die die Verarbeitung zulässt.

check-sensitive-data-marked-standard-description = Eine Datenkategorie, die das Data Privacy Vocabulary den besonderen Kategorien oder den Daten über Straftaten zuordnet, ist nicht als gewöhnliche Datenkategorie gekennzeichnet.
check-sensitive-data-marked-standard-article = { $case ->
    [criminal] Art. 10 DSGVO
   *[other] Art. 9 Abs. 1 DSGVO
}
check-sensitive-data-marked-standard-message = „{ $name }“ { $case ->
    [criminal] betrifft Daten über Straftaten (Art. 10 DSGVO)
   *[other] gehört zu den besonderen Kategorien personenbezogener Daten (Art. 9 Abs. 1 DSGVO)
}, ist aber als gewöhnliche Datenkategorie gekennzeichnet.
check-sensitive-data-marked-standard-hint = Kennzeichnen Sie die Sensibilität und erfassen Sie dann die Bedingung oder Grundlage, die die Verarbeitung erlaubt.

check-recipient-kind-missing-description = Jeder Empfänger nennt seine Art: intern, Auftragsverarbeiter, Dritter oder Behörde.
check-recipient-kind-missing-article = Art. 30 Abs. 1 lit. d, Art. 28 DSGVO
check-recipient-kind-missing-message = Die Art des Empfängers „{ $name }“ (intern, Auftragsverarbeiter, Dritter, Behörde) ist nicht erfasst.
check-recipient-kind-missing-hint = Wählen Sie die Art: Ein Auftragsverarbeiter erfordert einen Vertrag nach Art. 28 DSGVO, ein Dritter eine Rechtsgrundlage für die Offenlegung.

check-value-not-recognised-description = Eine unverändert übernommene Rechtsgrundlage, Bedingung nach Art. 9, Empfängerart, Garantie oder Landesangabe, die die Prüfungen nicht bewerten können, wird gemeldet.
check-value-not-recognised-article = { "" }
check-value-not-recognised-message = „{ $value }“ wurde unverändert übernommen: Es ist keiner der Werte, die ropa kennt, daher können die Prüfungen ihn nicht bewerten.
check-value-not-recognised-hint = Wählen Sie den passenden Wert aus der Liste, oder behalten Sie ihn, wenn er zutrifft.

## Speicherdauer

check-retention-indefinite-description = Keine Daten werden unbefristet gespeichert.
check-retention-indefinite-article = Art. 5 Abs. 1 lit. e DSGVO
check-retention-indefinite-message = Die Daten werden unbefristet gespeichert.
check-retention-indefinite-hint = Legen Sie eine Frist fest oder die Kriterien, die sie beenden (Art. 30 Abs. 1 lit. f DSGVO); für die Archivierung im öffentlichen Interesse gelten eigene Regeln (Art. 89 DSGVO).

check-retention-not-per-category-description = Eine einzige Frist für Daten unterschiedlicher Art (besondere Kategorien oder Daten über Straftaten zusammen mit gewöhnlichen Daten) wird gemeldet.
check-retention-not-per-category-article = Art. 5 Abs. 1 lit. e, Art. 30 Abs. 1 lit. f DSGVO
check-retention-not-per-category-message = Eine einzige Frist gilt für Daten unterschiedlicher Art (besondere Kategorien oder Daten über Straftaten zusammen mit gewöhnlichen Daten).
check-retention-not-per-category-hint = Prüfen Sie, ob jede Kategorie eine eigene Frist braucht.

## Folgenabschätzung und Überprüfung

check-dpia-likely-description = Eine Tätigkeit des Verantwortlichen, deren Eintrag zwei oder mehr Kriterien nach WP248 zeigt, nennt eine DSFA oder den Grund, warum keine erforderlich ist.
check-dpia-likely-article = Art. 35 Abs. 1 und 3 DSGVO; WP248 rev.01 (vom EDSA bestätigt)
check-dpia-likely-message = Das Verzeichnis zeigt { $count } der Kriterien, bei denen eine Datenschutz-Folgenabschätzung wahrscheinlich erforderlich ist ({ $criteria }), und nennt keine DSFA.
check-dpia-likely-hint = Führen Sie eine DSFA durch oder halten Sie fest, warum keine erforderlich ist, mit Begründung.

check-dpia-screening-description = Eine Tätigkeit des Verantwortlichen, deren Eintrag ein Kriterium nach WP248 zeigt, hält fest, ob eine DSFA erforderlich ist.
check-dpia-screening-article = Art. 35 Abs. 1 DSGVO; WP248 rev.01 (vom EDSA bestätigt)
check-dpia-screening-message = Das Verzeichnis zeigt ein Kriterium der Leitlinien zur Datenschutz-Folgenabschätzung ({ $criteria }); zwei erfordern in der Regel eine DSFA, in manchen Fällen genügt bereits eines.
check-dpia-screening-hint = Prüfen Sie, ob ein weiteres Kriterium zutrifft (umfangreiche Verarbeitung, systematische Überwachung, innovative Technologie …) und ob die Liste der Aufsichtsbehörde (Art. 35 Abs. 4 DSGVO) diese Verarbeitung nennt; halten Sie dann fest, ob eine DSFA erforderlich ist.

check-review-overdue-description = Der Termin der nächsten Überprüfung einer Tätigkeit ist nicht überschritten.
check-review-overdue-article = Art. 5 Abs. 2, Art. 24 Abs. 1 DSGVO
check-review-overdue-message = Die für den { $due } vorgesehene Überprüfung ist nicht erfolgt.
check-review-overdue-hint = Überprüfen Sie die Tätigkeit und erfassen Sie dann das Datum der Überprüfung und das der nächsten.

## Übermittlungen

check-transfer-without-safeguard-description = Eine Übermittlung in ein Drittland oder an eine internationale Organisation nennt ihre Garantie (ein Fehler ohne Angemessenheitsbeschluss, eine Warnung, wenn ein Beschluss nur einen Teil des Landes erfasst, ein Hinweis, wenn ein Beschluss es erfasst).
check-transfer-without-safeguard-article = { $case ->
    [organisation-adequate] Art. 45 DSGVO
   *[other] Art. 44, 46 DSGVO
}
check-transfer-without-safeguard-message = { $case ->
    [partial] Für die Übermittlung an { $to } ist keine Garantie erfasst; der Angemessenheitsbeschluss für dieses Land ({ $country }, { $decision }) erfasst nur { $covers }: Sofern der Empfänger nicht darunter fällt, erfolgt diese Übermittlung ohne Garantie.
    [adequate] Für die Übermittlung an { $to } ist keine Garantie erfasst; für dieses Land ({ $country }) besteht ein Angemessenheitsbeschluss ({ $decision }).
    [organisation] Für die Übermittlung an { $to }, eine internationale Organisation ohne Angemessenheitsbeschluss, ist keine Garantie erfasst.
    [organisation-adequate] Für die Übermittlung an { $to } ist keine Garantie erfasst; für diese internationale Organisation ({ $organisation }) besteht ein Angemessenheitsbeschluss ({ $decision }), der Folgendes erfasst: { $covers }.
   *[other] Für die Übermittlung an { $to }, ein Drittland ohne Angemessenheitsbeschluss, ist keine Garantie erfasst.
}
check-transfer-without-safeguard-hint = { $case ->
    [partial] Fällt der Empfänger darunter (für die Vereinigten Staaten: Eintrag in der Liste des Data Privacy Framework), erfassen Sie den Angemessenheitsbeschluss als Garantie und vermerken Sie, woraus sich das ergibt; andernfalls erfassen Sie die Garantie nach Art. 46 DSGVO oder die herangezogene Ausnahme nach Art. 49 DSGVO.
    [adequate] Erfassen Sie den Angemessenheitsbeschluss als Garantie.
    [organisation] Erfassen Sie die bestehende Garantie nach Art. 46 DSGVO (ein Dokument zwischen Behörden, Standardvertragsklauseln …) oder die herangezogene Ausnahme nach Art. 49 DSGVO.
    [organisation-adequate] Erfassen Sie den Angemessenheitsbeschluss als Garantie.
   *[other] Erfassen Sie die bestehende Garantie nach Art. 46 DSGVO (Standardvertragsklauseln, verbindliche interne Datenschutzvorschriften …) oder die herangezogene Ausnahme nach Art. 49 DSGVO.
}

check-third-country-without-transfer-description = Für jedes Drittland, in dem Daten einer Tätigkeit gespeichert oder empfangen werden, ist die Übermittlung erfasst.
check-third-country-without-transfer-article = Art. 30 Abs. 1 lit. e, Art. 44 DSGVO
check-third-country-without-transfer-message = Daten werden in einem Drittland ({ $country }) gespeichert oder empfangen, und es ist keine Übermittlung dorthin erfasst.
check-third-country-without-transfer-hint = Ergänzen Sie die Übermittlung mit ihrer Garantie oder korrigieren Sie das Land.

check-transfer-inside-eea-description = Eine als Übermittlung erfasste Weitergabe an einen Ort in der EU oder im EWR (Gebiete in äußerster Randlage und Åland eingeschlossen) ist keine Übermittlung in ein Drittland.
check-transfer-inside-eea-article = Art. 44 DSGVO; Art. 52 EUV; Art. 349, 355 AEUV
check-transfer-inside-eea-message = { $to } liegt in der EU oder im EWR ({ $country }): Dorthin gesendete Daten werden nicht in ein Drittland übermittelt und benötigen keine Garantie.
check-transfer-inside-eea-hint = Führen Sie den Ort besser unter den Orten der Verarbeitung als unter den Übermittlungen.

check-invalid-safeguard-privacy-shield-description = Keine Übermittlung und keine Leistung eines Unterauftragsverarbeiters stützt sich auf den EU-US-Datenschutzschild (Privacy Shield), den der Gerichtshof für ungültig erklärt hat.
check-invalid-safeguard-privacy-shield-article = Art. 44, 45 DSGVO; EuGH { $judgment } ({ $judged })
check-invalid-safeguard-privacy-shield-message = { $case ->
    [service] Eine Leistung dieses Unterauftragsverarbeiters stützt sich auf den EU-US-Datenschutzschild (Privacy Shield), der am { $judged } für ungültig erklärt wurde ({ $judgment }).
   *[other] Die Übermittlung an { $to } stützt sich auf den EU-US-Datenschutzschild (Privacy Shield), den der Gerichtshof der Europäischen Union am { $judged } für ungültig erklärt hat (Schrems II, { $judgment }).
}
check-invalid-safeguard-privacy-shield-hint = { $case ->
    [service] Stützen Sie sich auf den EU-US-Datenschutzrahmen (Data Privacy Framework), wenn der Unterauftragsverarbeiter danach zertifiziert ist, oder auf die Standardvertragsklauseln von 2021.
   *[other] Stützen Sie sich auf den EU-US-Datenschutzrahmen (Data Privacy Framework), wenn der Empfänger danach zertifiziert ist, oder auf die Standardvertragsklauseln von 2021, und aktualisieren Sie das Verzeichnis.
}

check-adequacy-not-in-force-description = Eine Übermittlung, die sich auf einen Angemessenheitsbeschluss beruft, geht in ein Land oder an eine internationale Organisation, für die ein solcher Beschluss besteht.
check-adequacy-not-in-force-article = Art. 45 DSGVO
check-adequacy-not-in-force-message = { $case ->
    [organisation] Die Übermittlung an { $to } beruft sich auf einen Angemessenheitsbeschluss, doch die Kommission hat für diese internationale Organisation keinen erlassen.
   *[other] Die Übermittlung an { $to } beruft sich auf einen Angemessenheitsbeschluss, doch die Kommission hat für dieses Land ({ $country }) keinen erlassen.
}
check-adequacy-not-in-force-hint = { $case ->
    [organisation] Wählen Sie die tatsächlich bestehende Garantie oder eine Ausnahme nach Art. 49 DSGVO.
   *[other] Wählen Sie die tatsächlich bestehende Garantie (Standardvertragsklauseln, verbindliche interne Datenschutzvorschriften …) oder eine Ausnahme nach Art. 49 DSGVO.
}

check-adequacy-expired-description = Keine Übermittlung stützt sich auf einen befristeten Angemessenheitsbeschluss, dessen Geltungsdauer abgelaufen ist.
check-adequacy-expired-article = Art. 45 DSGVO
check-adequacy-expired-message = Der Angemessenheitsbeschluss für dieses Land ({ $country }, { $decision }) galt bis zum { $end } und gilt nicht mehr; die Übermittlung an { $to } hat keine Garantie mehr.
check-adequacy-expired-hint = Prüfen Sie, ob die Kommission ihn verlängert hat; andernfalls vereinbaren Sie Standardvertragsklauseln oder eine andere Garantie nach Art. 46 DSGVO.

check-adequacy-expiring-description = Eine Übermittlung, die sich auf einen Angemessenheitsbeschluss stützt, der innerhalb von sechs Monaten ausläuft, wird gemeldet.
check-adequacy-expiring-article = Art. 45 DSGVO
check-adequacy-expiring-message = Der Angemessenheitsbeschluss für dieses Land ({ $country }, { $decision }) gilt bis zum { $end }.
check-adequacy-expiring-hint = Verfolgen Sie seine Verlängerung und bereiten Sie für den Fall, dass er ausläuft, eine andere Garantie für die Übermittlung vor.

check-adequacy-us-without-dpf-description = Eine Übermittlung in die Vereinigten Staaten auf Grundlage ihres Angemessenheitsbeschlusses vermerkt die Zertifizierung des Empfängers nach dem Data Privacy Framework.
check-adequacy-us-without-dpf-article = Art. 45 DSGVO; Durchführungsbeschluss (EU) 2023/1795
check-adequacy-us-without-dpf-message = Die Übermittlung an { $to } stützt sich auf den Angemessenheitsbeschluss für die Vereinigten Staaten vom { $adopted }, der nur nach dem EU-US-Datenschutzrahmen (Data Privacy Framework) zertifizierte Organisationen erfasst; die Zertifizierung ist nicht vermerkt.
check-adequacy-us-without-dpf-hint = Prüfen Sie den Empfänger auf der DPF-Liste (dataprivacyframework.gov) und vermerken Sie seine Zertifizierung in den Angaben zur Garantie.

check-adequacy-partial-description = Bei einer Übermittlung auf Grundlage eines Angemessenheitsbeschlusses, der nur einen Teil eines Landes erfasst, wird gesagt, was er erfasst.
check-adequacy-partial-article = Art. 45 DSGVO
check-adequacy-partial-message = Der Angemessenheitsbeschluss für dieses Land ({ $country }) erfasst nur { $covers }.
check-adequacy-partial-hint = Vergewissern Sie sich, dass der Empfänger darunter fällt.

check-superseded-contractual-clauses-description = Keine Übermittlung stützt sich auf die früheren Standardvertragsklauseln, die der Durchführungsbeschluss (EU) 2021/914 ersetzt hat.
check-superseded-contractual-clauses-article = Art. 46 Abs. 2 lit. c DSGVO; Durchführungsbeschluss (EU) 2021/914, Art. 4
check-superseded-contractual-clauses-message = Die Übermittlung an { $to } stützt sich auf die früheren Standardvertragsklauseln ({ $clauses }), auf die man sich bis zum { $until } berufen konnte und die keine Garantie mehr sind.
check-superseded-contractual-clauses-hint = Vereinbaren Sie mit dem Empfänger die Standardvertragsklauseln von 2021 (Durchführungsbeschluss (EU) 2021/914) und erfassen Sie sie mit ihrem Modul.

check-scc-module-missing-description = Eine Übermittlung auf Grundlage von Standardvertragsklauseln nennt deren Modul.
check-scc-module-missing-article = Art. 46 Abs. 2 lit. c DSGVO; Durchführungsbeschluss (EU) 2021/914, Anhang
check-scc-module-missing-message = Die Übermittlung an { $to } stützt sich auf Standardvertragsklauseln; ihr Modul ist nicht erfasst.
check-scc-module-missing-hint = Erfassen Sie das Modul: 1 Verantwortlicher an Verantwortlichen, 2 Verantwortlicher an Auftragsverarbeiter, 3 Auftragsverarbeiter an Auftragsverarbeiter, 4 Auftragsverarbeiter an Verantwortlichen. (Die Klauseln von 2021 sind nicht für einen Datenimporteur gedacht, der bereits nach Art. 3 Abs. 2 DSGVO der DSGVO unterliegt.)

check-transfer-impact-assessment-missing-description = Eine Übermittlung mit einer Garantie nach Art. 46 DSGVO in ein Land ohne vollständigen Angemessenheitsbeschluss nennt ihr Transfer Impact Assessment.
check-transfer-impact-assessment-missing-article = Art. 46 Abs. 1 DSGVO; EuGH C-311/18; EDSA-Empfehlungen 01/2020
check-transfer-impact-assessment-missing-message = Die Übermittlung an { $to } stützt sich auf eine Garantie nach Art. 46 DSGVO; es ist keine Folgenabschätzung für die Übermittlung (Transfer Impact Assessment) erfasst.
check-transfer-impact-assessment-missing-hint = Prüfen Sie, ob Recht und Praxis des Bestimmungslandes die Garantie wirksam werden lassen, und erfassen Sie, wo die Prüfung abgelegt ist und von wann sie stammt.

check-derogation-compelling-interests-description = Bei einer Übermittlung, die sich auf zwingende berechtigte Interessen stützt (Art. 49 Abs. 1 Unterabs. 2 DSGVO), wird an die Bedingungen dieser Ausnahme erinnert.
check-derogation-compelling-interests-article = Art. 49 Abs. 1 Unterabs. 2 und Abs. 6 DSGVO
check-derogation-compelling-interests-message = Die Übermittlung an { $to } stützt sich auf zwingende berechtigte Interessen: nur wenn keine andere Grundlage greift, für eine nicht wiederholte Übermittlung, die nur eine begrenzte Zahl betroffener Personen betrifft, für Interessen, gegenüber denen die Interessen der betroffenen Personen nicht überwiegen, nach Beurteilung aller Umstände und mit geeigneten Garantien; niemals für Behörden in Ausübung ihrer hoheitlichen Befugnisse (Art. 49 Abs. 3 DSGVO).
check-derogation-compelling-interests-hint = Unterrichten Sie die Aufsichtsbehörde über die Übermittlung und die betroffenen Personen über die Übermittlung und die verfolgten Interessen; dokumentieren Sie die Beurteilung und die Garantien in diesem Verzeichnis.

## Unterauftragsverarbeiter

check-subprocessor-unused-description = Jeder Unterauftragsverarbeiter ist für mindestens eine Tätigkeit eingesetzt.
check-subprocessor-unused-article = Art. 28 Abs. 2, Art. 30 DSGVO
check-subprocessor-unused-message = Keine Tätigkeit setzt diesen Unterauftragsverarbeiter ein.
check-subprocessor-unused-hint = Verknüpfen Sie ihn mit den Tätigkeiten, für die er eingesetzt wird, oder entfernen Sie ihn, wenn er nicht mehr eingesetzt wird.

check-subprocessor-without-country-description = Ein Unterauftragsverarbeiter nennt, wo er die Daten verarbeitet: sein Land oder das jeder seiner Leistungen.
check-subprocessor-without-country-article = Art. 28 Abs. 2, Art. 44 DSGVO
check-subprocessor-without-country-message = Es ist nicht erfasst, wo dieser Unterauftragsverarbeiter die Daten verarbeitet.
check-subprocessor-without-country-hint = Erfassen Sie sein Land oder das Land jeder seiner Leistungen.

## Verträge

check-contract-missing-description = Für jeden Unterauftragsverarbeiter (oder Auftragsverarbeiter, den die Organisation einsetzt) und jeden Auftraggeber ist der Auftragsverarbeitungsvertrag erfasst: sein Datum oder seine Fassung, das unterzeichnete Dokument oder seine Prüfsumme.
check-contract-missing-article = { $case ->
    [client] Art. 28 Abs. 3 DSGVO
   *[other] Art. 28 Abs. 3, Abs. 4 DSGVO
}
check-contract-missing-message = { $case ->
    [client] Kein Auftragsverarbeitungsvertrag mit diesem Auftraggeber ist erfasst.
   *[other] Kein Auftragsverarbeitungsvertrag mit ihm ist erfasst.
}
check-contract-missing-hint = Erfassen Sie Datum und Fassung des Vertrags und wo das unterzeichnete Exemplar liegt oder seine SHA-256-Prüfsumme.

check-contract-ending-description = Ein Auftragsverarbeitungsvertrag ist weder abgelaufen noch läuft er in den nächsten 90 Tagen ab.
check-contract-ending-article = Art. 28 Abs. 3, Abs. 9 DSGVO
check-contract-ending-message = { $case ->
    [expired] Der Auftragsverarbeitungsvertrag ist am { $date } abgelaufen.
   *[other] Der Auftragsverarbeitungsvertrag läuft am { $date } ab, in weniger als { $days } Tagen.
}
check-contract-ending-hint = Verlängern oder ersetzen Sie den Vertrag und erfassen Sie dann sein neues Datum und seine Laufzeit.

check-notification-contact-missing-description = Für einen Auftraggeber, dessen Verarbeitungen Unterauftragsverarbeiter einsetzen, ist erfasst, wer über eine Änderung der Unterauftragsverarbeiter zu informieren ist.
check-notification-contact-missing-article = Art. 28 Abs. 2 DSGVO
check-notification-contact-missing-message = Unterauftragsverarbeiter dienen den Verarbeitungen dieses Auftraggebers, und wer über eine Änderung zu informieren ist, ist nicht erfasst.
check-notification-contact-missing-hint = Erfassen Sie den im Vertrag benannten Kontakt für Mitteilungen (Name und E-Mail-Adresse).

## Der Prüfbericht, wie `ropa check` ihn ausgibt

check-severity = { $severity ->
    [error] Fehler
    [warning] Warnung
   *[info] Hinweis
}
check-entry = { $kind ->
    [organisation] Organisation
    [controller] Verantwortlicher
    [site] Standort
    [sub_processor] Unterauftragsverarbeiter
    [measure] Maßnahme
   *[activity] Tätigkeit
}
check-summary = { $errors } Fehler, { $warnings ->
    [one] { $warnings } Warnung
   *[other] { $warnings } Warnungen
}, { $infos ->
    [one] { $infos } Hinweis
   *[other] { $infos } Hinweise
}. Vollständigkeit: { $percent } % der Angaben nach Artikel 30 erfasst ({ $filled }/{ $total }).
check-reference-checked = Referenzdaten geprüft am { $date }.
check-reference-stale = Achtung: Die Referenzdaten (Angemessenheitsbeschlüsse …) sind älter als ein Jahr; die Rechtslage kann sich seitdem geändert haben. Aktualisieren Sie ropa.
