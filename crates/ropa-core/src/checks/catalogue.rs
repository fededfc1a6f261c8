//! The catalogue of the checks' rules: every rule once, with its stable ID, its severity and the
//! cases it words apart. What a rule checks, the article it rests on and a finding's message and
//! hint are words, in each language's file (`locales/<lang>/checks.ftl`: `check-<id>-description`,
//! `-article`, `-message`, `-hint`); the law it quotes (a judgment and its date) comes from `data/`
//! through `reference`. A finding takes its ID, severity and words from here, so that the rules'
//! code names a rule and never spells it out.

use super::{Severity, Text, Value};
use crate::vocab::Lang;

/// One list of the rules, from which the enum, `Rule::ALL` and each rule's ID, severity and
/// cases all follow: a rule added here is listed, documented and tested with the others.
macro_rules! catalogue {
    ($($rule:ident = $id:literal, $severity:ident $(, [$($case:ident: $case_severity:ident),+])?;)+) => {
        /// A rule of the checks.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Rule {
            $($rule,)+
        }

        impl Rule {
            /// Every rule, in the catalogue's order (by theme).
            pub const ALL: &'static [Rule] = &[$(Rule::$rule,)+];

            /// Its stable identifier, as findings, the JSON and `docs/checks.md` write it.
            pub fn id(self) -> &'static str {
                match self {
                    $(Rule::$rule => $id,)+
                }
            }

            /// The severity of its findings in its own case.
            pub fn severity(self) -> Severity {
                match self {
                    $(Rule::$rule => Severity::$severity,)+
                }
            }

            /// The other cases its words tell apart (its files' `$case` variants), each with the
            /// severity of its findings.
            pub fn cases(self) -> &'static [(Case, Severity)] {
                match self {
                    $(Rule::$rule => &[$($((Case::$case, Severity::$case_severity),)+)?],)+
                }
            }
        }
    };
}

catalogue! {
    // The organisation.
    MissingRole = "missing-role", Error;
    MissingContactDetails = "missing-contact-details", Error;
    RecordExemption = "record-exemption", Info;
    // The Article 30 items of an activity.
    ProcessorWithoutController = "processor-without-controller", Error;
    ProcessorWithOwnLegalBasis = "processor-with-own-legal-basis", Warning;
    MissingCategoriesOfProcessing = "missing-categories-of-processing", Error;
    MissingPurposes = "missing-purposes", Error;
    MissingLegalBasis = "missing-legal-basis", Error;
    MissingDataSubjects = "missing-data-subjects", Error;
    MissingDataCategories = "missing-data-categories", Error;
    MissingRetention = "missing-retention", Error;
    MissingRecipients = "missing-recipients", Warning;
    MissingSecurityMeasures = "missing-security-measures", Error, [Processor: Error];
    // Lawfulness and the data.
    LegitimateInterestUnstated = "legitimate-interest-unstated", Warning;
    ConsentWithoutRecord = "consent-without-record", Warning;
    SpecialCategoryWithoutCondition = "special-category-without-condition", Error;
    CriminalDataWithoutBasis = "criminal-data-without-basis", Error;
    SensitiveDataMarkedStandard = "sensitive-data-marked-standard", Warning, [Criminal: Warning];
    RecipientKindMissing = "recipient-kind-missing", Warning;
    ValueNotRecognised = "value-not-recognised", Warning;
    // Retention.
    RetentionIndefinite = "retention-indefinite", Warning;
    RetentionNotPerCategory = "retention-not-per-category", Info;
    // Impact assessment and review.
    DpiaLikely = "dpia-likely", Warning;
    DpiaScreening = "dpia-screening", Info;
    ReviewOverdue = "review-overdue", Warning;
    // Transfers.
    TransferWithoutSafeguard = "transfer-without-safeguard", Error,
        [Partial: Warning, Adequate: Info, Organisation: Error, OrganisationAdequate: Info];
    ThirdCountryWithoutTransfer = "third-country-without-transfer", Warning;
    TransferInsideEea = "transfer-inside-eea", Info;
    InvalidSafeguardPrivacyShield = "invalid-safeguard-privacy-shield", Error, [Service: Error];
    AdequacyNotInForce = "adequacy-not-in-force", Error, [Organisation: Error];
    AdequacyExpired = "adequacy-expired", Error;
    AdequacyExpiring = "adequacy-expiring", Warning;
    AdequacyUsWithoutDpf = "adequacy-us-without-dpf", Warning;
    AdequacyPartial = "adequacy-partial", Info;
    SupersededContractualClauses = "superseded-contractual-clauses", Error;
    SccModuleMissing = "scc-module-missing", Info;
    TransferImpactAssessmentMissing = "transfer-impact-assessment-missing", Info;
    DerogationCompellingInterests = "derogation-compelling-interests", Info;
    // Sub-processors.
    SubprocessorUnused = "subprocessor-unused", Info;
    SubprocessorWithoutCountry = "subprocessor-without-country", Warning;
    // Contracts (Art. 28).
    ContractMissing = "contract-missing", Info, [Client: Info];
    ContractEnding = "contract-ending", Warning, [Expired: Warning];
    NotificationContactMissing = "notification-contact-missing", Warning;
}

/// A case a rule words apart from its own: the `$case` its files select on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Case {
    /// A processor's activity (Art. 30(2) rather than 30(1)).
    Processor,
    /// Criminal-offence data (Art. 10) rather than a special category (Art. 9).
    Criminal,
    /// A service of a sub-processor rather than an activity's transfer.
    Service,
    /// An international organisation rather than a country.
    Organisation,
    /// An international organisation that has an adequacy decision.
    OrganisationAdequate,
    /// A country whose adequacy decision covers only part of it.
    Partial,
    /// A country whose adequacy decision covers it.
    Adequate,
    /// A client controller's contract rather than a (sub-)processor's.
    Client,
    /// A contract whose term is over rather than ending soon.
    Expired,
}

impl Case {
    /// Its name in the files' select expressions.
    pub fn name(self) -> &'static str {
        match self {
            Case::Processor => "processor",
            Case::Criminal => "criminal",
            Case::Service => "service",
            Case::Organisation => "organisation",
            Case::OrganisationAdequate => "organisation-adequate",
            Case::Partial => "partial",
            Case::Adequate => "adequate",
            Case::Client => "client",
            Case::Expired => "expired",
        }
    }
}

impl Rule {
    /// The rule whose ID this is.
    pub fn by_id(id: &str) -> Option<Rule> {
        Rule::ALL.iter().copied().find(|r| r.id() == id)
    }

    /// The severity of its findings in `case` (its own when `None`).
    pub fn severity_in(self, case: Option<Case>) -> Severity {
        case.and_then(|case| self.cases().iter().find(|(c, _)| *c == case)).map_or(self.severity(), |(_, s)| *s)
    }

    /// Every severity its findings can have, its own first.
    pub fn severities(self) -> Vec<Severity> {
        let mut all = vec![self.severity()];
        for (_, s) in self.cases() {
            if !all.contains(s) {
                all.push(*s);
            }
        }
        all
    }

    /// What it checks, in one line.
    pub fn description(self, lang: Lang) -> String {
        self.words("description", None, &[]).get(lang).to_string()
    }

    /// The article it rests on in its own case.
    pub fn article(self, lang: Lang) -> String {
        self.words("article", None, &[]).get(lang).to_string()
    }

    /// The articles it rests on, its own case's first, each once (a processor's activity rests on
    /// Art. 30(2) where a controller's rests on 30(1)).
    pub fn articles(self, lang: Lang) -> Vec<String> {
        let mut all = vec![self.article(lang)];
        for (case, _) in self.cases() {
            let article = self.words("article", Some(*case), &[]).get(lang).to_string();
            if !all.contains(&article) {
                all.push(article);
            }
        }
        all
    }

    /// Its words `part` ("message", "hint", "article", "description") in every language, in
    /// `case`, with `args` and the law the rule quotes.
    pub(crate) fn words(self, part: &str, case: Option<Case>, args: &[(&str, Value<'_>)]) -> Text {
        let mut all: Vec<(&str, Value<'_>)> = self.law();
        all.extend(case.map(|c| ("case", Value::Same(c.name().into()))));
        all.extend(args.iter().cloned());
        Text::of(&format!("check-{}-{part}", self.id()), &all)
    }

    /// The law a rule's words quote, from `data/`: the judgment that invalidated the Privacy
    /// Shield and its date.
    fn law(self) -> Vec<(&'static str, Value<'static>)> {
        match self {
            Rule::InvalidSafeguardPrivacyShield => {
                let shield = crate::reference::invalidated::privacy_shield();
                vec![("judgment", Value::Same(shield.judgment.into())), ("judged", Value::Date(shield.judged))]
            }
            _ => Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every rule has its four words in every language, each case its own where English has one,
    /// and no ID twice.
    #[test]
    fn every_rule_has_its_words_in_every_language() {
        let ids: std::collections::HashSet<&str> = Rule::ALL.iter().map(|r| r.id()).collect();
        assert_eq!(ids.len(), Rule::ALL.len(), "an ID twice");
        for lang in Lang::ALL {
            let known = crate::i18n::ids(lang);
            for rule in Rule::ALL {
                assert_eq!(Rule::by_id(rule.id()), Some(*rule));
                for part in ["description", "article", "message", "hint"] {
                    let id = format!("check-{}-{part}", rule.id());
                    assert!(known.contains(&id), "{}: {id} missing", lang.code());
                    // Arguments a message takes but the test does not give read as Fluent's
                    // `{$name}`; a message that did not resolve reads as its id.
                    let text = rule.words(part, None, &[]).get(lang).to_string();
                    assert!(!text.starts_with("check-"), "{}: {id} reads {text:?}", lang.code());
                    if part != "article" || *rule != Rule::ValueNotRecognised {
                        assert!(!text.trim().is_empty(), "{}: {id} is empty", lang.code());
                    }
                    for (case, _) in rule.cases() {
                        let english = |c| rule.words(part, c, &[]).en;
                        if english(Some(*case)) != english(None) {
                            let theirs = rule.words(part, Some(*case), &[]).get(lang).to_string();
                            assert_ne!(theirs, text, "{}: {id} has no {} variant", lang.code(), case.name());
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn a_case_has_its_severity_and_its_article() {
        let rule = Rule::TransferWithoutSafeguard;
        assert_eq!(rule.severity_in(None), Severity::Error);
        assert_eq!(rule.severity_in(Some(Case::Partial)), Severity::Warning);
        assert_eq!(rule.severity_in(Some(Case::OrganisationAdequate)), Severity::Info);
        assert_eq!(rule.severities(), [Severity::Error, Severity::Warning, Severity::Info]);
        assert_eq!(rule.articles(Lang::En), ["Art. 44, 46 GDPR", "Art. 45 GDPR"]);
        assert_eq!(
            Rule::MissingSecurityMeasures.articles(Lang::De),
            ["Art. 30 Abs. 1 lit. g, Art. 32 DSGVO", "Art. 30 Abs. 2 lit. d, Art. 32 DSGVO"]
        );
        // The judgment's date, from data/, as each language writes it.
        let shield = Rule::InvalidSafeguardPrivacyShield;
        assert_eq!(shield.article(Lang::En), "Art. 44, 45 GDPR; CJEU C-311/18 (16 July 2020)");
        assert_eq!(shield.article(Lang::Fr), "art. 44, 45 RGPD; CJUE C-311/18 (16 juillet 2020)");
        assert_eq!(shield.article(Lang::De), "Art. 44, 45 DSGVO; EuGH C-311/18 (16. Juli 2020)");
    }
}
