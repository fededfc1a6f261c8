//! CoderPad France's Data Processing Agreement of 2023-10-24
//! (`shared/seeds/004_20fcce561df7c012.txt`), transcribed.
//!
//! Appendix 1 gives the 12 processing operations, Appendix 2 the sub-processors per storage and
//! processing site, Appendix 3 the security measures, Appendix 4 the contacts. The e-mail
//! addresses are obfuscated in the source ("[email protected]") and are left empty. The only
//! invented entity is the example client "Northwind Recruiting Ltd".

use super::{Seed, SeedActivity, SeedSubProcessor};
use crate::model::*;

const CLIENT: &str = "Northwind Recruiting Ltd";
const US_SITE: &str = "United States";
const EUROPE_SITE: &str = "Europe";

const AWS: &str = "Amazon Web Services";
const AWS_IRELAND: &str = "Amazon Data Services Ireland Ltd";
const DATADOG: &str = "Datadog";
const FULLSTORY: &str = "FullStory";
const GCP: &str = "Google Cloud Platform";
const HEROKU: &str = "Heroku";
const HUBSPOT: &str = "Hubspot";
const MAILGUN: &str = "Mailgun Technologies";
const SENTRY: &str = "Sentry";
const STITCH: &str = "Stitch";
const TREMENDOUS: &str = "Tremendous";
const TWILIO: &str = "Twilio";
const TYPEFORM: &str = "Typeform";

/// Appendix 2's companies, in order of first appearance: name, legal name when it differs.
const SUBPROCESSORS: [(&str, &str); 13] = [
    (AWS, ""),
    (AWS_IRELAND, ""),
    (DATADOG, ""),
    (FULLSTORY, ""),
    (GCP, ""),
    (HEROKU, ""),
    (HUBSPOT, ""),
    (MAILGUN, ""),
    (SENTRY, ""),
    (STITCH, ""),
    (TREMENDOUS, ""),
    (TWILIO, "Twilio, Inc"),
    (TYPEFORM, ""),
];

/// One row of Appendix 2: sub-processor, processing country, place as printed when the country
/// alone does not say it, purpose. Every row's duration is "Ongoing".
type Row = (&'static str, &'static str, &'static str, &'static str);

/// "Specific subcontractors for Accounts using the “United States” storage and processing site
/// only**".
const US_ROWS: [Row; 13] = [
    (AWS, "US", "", "Public cloud hosting services"),
    (AWS_IRELAND, "IE", "", "Public cloud hosting services"),
    (DATADOG, "US", "", "Analytics and instrumentation services"),
    (FULLSTORY, "US", "", "Enabling support during service term"),
    (GCP, "US", "", "Public cloud hosting services; Analytics"),
    (HEROKU, "US", "", "Public cloud hosting services"),
    (HUBSPOT, "DE", "", "Supporting business operations"),
    (MAILGUN, "US", "", "Transactional emails"),
    (SENTRY, "US", "", "Enabling support during service term"),
    (STITCH, "US", "", "Data Transfer"),
    (TREMENDOUS, "US", "", "Research Rewarding"),
    (TWILIO, "US", "", "Providing video functionality in services"),
    (TYPEFORM, "US", "", "Supporting business operations"),
];

/// "Specific subcontractors for Accounts using the “Europe” storage and processing site only**".
const EUROPE_ROWS: [Row; 7] = [
    (AWS_IRELAND, "IE", "", "Public cloud hosting services"),
    (DATADOG, "US", "", "Analytics and instrumentation services"),
    (HUBSPOT, "DE", "", "Supporting business operations"),
    (GCP, "BE", "Belgium or Netherlands", "Data Visualization"),
    (STITCH, "US", "", "Data pipeline"),
    (TREMENDOUS, "US", "", "User Rewarding"),
    (TWILIO, "US", "", "Video transport (no storage)"),
];

/// Appendix 2, note "*", as printed.
const SCC_NOTE: &str = "* Data transfers from EU to the USA is is made under the EU Standard \
     Contractual Clauses (SCC)";

/// Appendix 2, note "**", as printed.
const INTERVIEW_NOTE: &str = "** Regardless of your geographical location, if you are using the \
     CoderPad Interview product, you are using the United States storage and processing site for \
     data unique to the Interview product.";

/// Appendix 3: name, category, the bullet as printed.
const MEASURES: [(&str, MeasureCategory, &str); 8] = [
    (
        "Encryption in transit and at rest",
        MeasureCategory::Encryption,
        "All communications between the server and clients are encrypted (TLS 1.) data at rest is \
         encrypted (AES256).",
    ),
    (
        "One-way hashing of passwords",
        MeasureCategory::Encryption,
        "Passwords stored in the Provider’s database are encrypted in a non-reversible way \
         (one-way hash).",
    ),
    (
        "Logging and alerting of failed connections",
        MeasureCategory::Logging,
        "Unsuccessful connection attempts are logged and trigger alerts.",
    ),
    ("Strong passwords", MeasureCategory::Authentication, "Account passwords must be “strong”"),
    (
        "Role-based access to Personal Data",
        MeasureCategory::DataAccess,
        "Access to Personal Data by the Service Provider’s employees is authorized according to \
         roles as defined in the Service Provider’s Security Policy (for example, the support team \
         is authorized to access Personal Data in the event of a bug).",
    ),
    (
        "Central account repository",
        MeasureCategory::SystemAccess,
        "Access is technically managed by a central account repository",
    ),
    ("MFA on critical infrastructure", MeasureCategory::Authentication, "MFA is enabled on critical infrastructure"),
    (
        "Vulnerability scans and penetration tests",
        MeasureCategory::VulnerabilityManagement,
        "Infrastructure undergo a weekly vulnerability scan and yearly penetration test",
    ),
];

const RIGHTS: &str = "Requests are forwarded by e-mail to the Client contact (Appendix 4); \
     CoderPad assists the Client (DPA §8)";

const BY_CLIENT: &str = "Candidates (as entered by the Client)";
const SOURCE_CLIENT: &str = "The Client (candidates as entered by the Client)";
const BY_CANDIDATE: &str = "Candidates (as communicated by the candidate)";
const SOURCE_CANDIDATE: &str = "The candidate (as communicated by the candidate)";

const SUPPORT_DEV: &str = "CoderPad support & dev team";
const SUPPORT_MARKETING: &str = "CoderPad support & marketing team";

const NO_CHAPTER_10: &str = "The retention period refers to “chapter 10”, which the DPA does not \
     contain; chapter 9 (Personal data at the end of the Contract) sets the deletion rules.";

fn s(text: &str) -> String {
    text.to_string()
}

fn contact(name: &str, role: &str, phone: &str, address: &str) -> Contact {
    Contact { name: s(name), role: s(role), email: String::new(), phone: s(phone), address: s(address) }
}

fn category(name: &str, detail: &str) -> DataCategory {
    DataCategory { name: s(name), detail: s(detail), sensitivity: Sensitivity::Standard }
}

fn identity() -> DataCategory {
    category("Identity of the persons concerned", "email, name")
}

fn connection(detail: &str) -> DataCategory {
    category("Connection information", detail)
}

fn browsing_logs() -> DataCategory {
    category("Browsing logs", "IP, URL")
}

fn internal(name: &str) -> Recipient {
    Recipient { name: s(name), kind: RecipientKind::Internal, country: String::new() }
}

fn customer() -> Recipient {
    Recipient { name: s("Customer"), kind: RecipientKind::External, country: String::new() }
}

fn location(provider: &str, country: &str) -> Location {
    Location { country: s(country), place: String::new(), provider: s(provider) }
}

fn retention(applies_to: &str, amount: u32, unit: TimeUnit, from_event: &str, criteria: &str) -> Retention {
    Retention {
        applies_to: s(applies_to),
        period: Some(Period { amount, unit }),
        from_event: s(from_event),
        criteria: s(criteria),
    }
}

/// "Maximum 3 years: see chapter 10".
fn max_three_years() -> Retention {
    retention("", 3, TimeUnit::Years, "", "Maximum; see chapter 10 of the DPA")
}

/// "Maximum 3 years after end of contract : see chapter 10".
fn max_three_years_after_contract() -> Retention {
    retention("", 3, TimeUnit::Years, "end of contract", "Maximum; see chapter 10 of the DPA")
}

/// Printed under operation 2; applies to every operation storing data at AWS (1 and 2).
fn aws_backups() -> Retention {
    retention(
        "Backups",
        1,
        TimeUnit::Months,
        "creation of the backup",
        "All AWS stored Personal Data are subject to daily backups. These backups are destroyed \
         after one (1) month from their creation.",
    )
}

fn basis(basis: LawfulBasis) -> LegalBasis {
    LegalBasis { basis, ..Default::default() }
}

/// What every operation of Appendix 1 shares: a processor activity for the example client.
fn operation(number: u32, name: &str, purpose: &str, lawful_basis: LawfulBasis, description: &str) -> Activity {
    Activity {
        reference: format!("DPA App. 1, op. {number}"),
        name: s(name),
        description: s(description),
        role: Role::Processor,
        purposes: vec![s(purpose)],
        legal_bases: vec![basis(lawful_basis)],
        rights: s(RIGHTS),
        status: Status::Active,
        ..Default::default()
    }
}

/// Links the activity and records one transfer per location outside the EU/EEA (all in the USA).
fn seed_activity(mut activity: Activity, subprocessors: &[&'static str]) -> SeedActivity {
    activity.transfers = activity
        .locations
        .iter()
        .filter(|location| location.country == "US")
        .map(|location| Transfer {
            recipient: location.provider.clone(),
            country: s("US"),
            safeguard: Some(Safeguard::StandardContractualClauses),
            safeguard_detail: s("EU Standard Contractual Clauses (Appendix 2, note *)"),
            ..Default::default()
        })
        .collect();
    SeedActivity {
        activity,
        controllers: vec![CLIENT],
        subprocessors: subprocessors.to_vec(),
        measures: MEASURES.iter().map(|(name, _, _)| *name).collect(),
    }
}

fn organisation() -> Organisation {
    Organisation {
        name: s("CoderPad France"),
        country: s("FR"),
        contact: contact(
            "Frédéric THIRARD",
            "Contact for requests or instructions relating to the DPA",
            "09 54 39 85 49",
            "",
        ),
        dpo: contact(
            "Charlotte GALICHET",
            "Admitted to the Paris Bar",
            "01 86 95 18 81",
            "4, place de Valois – 75001 Paris",
        ),
        acts_as_controller: false,
        acts_as_processor: true,
        notes: s("Transcribed from the Data Processing Agreement of CoderPad France, SA (the “Service \
             Provider”), last updated on October 24, 2023 (2023-10-24). The e-mail addresses of \
             the DPO and of the DPA contact are obfuscated in the source (“[email protected]”) and \
             are left empty. The processing for which CoderPad is data controller is out of the \
             DPA’s scope (privacy policy: https://coderpad.io/privacy/)."),
        ..Default::default()
    }
}

fn controllers() -> Vec<Controller> {
    vec![Controller {
        name: s(CLIENT),
        country: s("IE"),
        contact: Contact { email: s("privacy@northwind-recruiting.example"), ..Default::default() },
        // The DPA itself, as the client signs it with the Contract (section 6 and Appendix 4).
        contract: Contract {
            signed_on: crate::date::Date::from_ymd(2023, 10, 24),
            version: s("Data Processing Agreement, last updated on October 24, 2023"),
            sub_processing: Some(SubProcessing::General),
            notification_contact: Contact {
                role: s("Client's address for any other CoderPad request related to the DPA (Appendix 4): \
                         the e-mail address used when creating the account"),
                email: s("privacy@northwind-recruiting.example"),
                ..Default::default()
            },
            objection_period: s("10 working days (no answer: the change is accepted; a disagreement is \
                                 discussed in good faith)"),
            ..Default::default()
        },
        // Section 6: the subcontractors of Appendix 2, "which the Client accepts" with the DPA.
        notices: vec![SentNotice {
            sent_on: crate::date::Date::from_ymd(2023, 10, 24),
            text: s("The subcontractors identified in Appendix 2 of the DPA, accepted by the Client with \
                     the DPA (section 6)."),
            ..Default::default()
        }],
        notes: s("Fictional example client, added so that the processor records can be shown per \
             controller: the DPA names no client. Per Appendix 4, the Client contact for \
             notification of a breach is the email address entered by the Client in the CoderPad \
             UI (by default, the email address used when creating their account), and for any \
             other request the email address used when creating the account."),
        ..Default::default()
    }]
}

fn sites() -> Vec<Site> {
    [US_SITE, EUROPE_SITE]
        .iter()
        .map(|site| Site {
            name: s(site),
            description: format!(
                "Storage and processing site for Accounts using the “{site}” site (Appendix 2).\n\
                 {INTERVIEW_NOTE}"
            ),
            ..Default::default()
        })
        .collect()
}

fn service(row: &Row) -> SubProcessorService {
    let (_, country, place, purpose) = *row;
    let transfer = country == "US";
    SubProcessorService {
        country: s(country),
        place: s(place),
        purpose: s(purpose),
        duration: s("Ongoing"),
        safeguard: transfer.then_some(Safeguard::StandardContractualClauses),
        safeguard_detail: if transfer { s(SCC_NOTE) } else { String::new() },
        ..Default::default()
    }
}

fn subprocessors() -> Vec<SeedSubProcessor> {
    SUBPROCESSORS
        .iter()
        .map(|(name, legal_name)| {
            let rows = US_ROWS.iter().map(|row| (US_SITE, row));
            let rows = rows.chain(EUROPE_ROWS.iter().map(|row| (EUROPE_SITE, row)));
            let services =
                rows.filter(|(_, row)| row.0 == *name).map(|(site, row)| (Some(site), service(row))).collect();
            let notes = match *name {
                TWILIO => {
                    "Printed “Twilio” in the United States list and “Twilio, Inc” in the \
                           Europe list."
                }
                GCP => {
                    "Appendix 1 also names it as “Google Cloud Platform (Looker)” for \
                        analytics."
                }
                _ => "",
            };
            SeedSubProcessor {
                subprocessor: SubProcessor {
                    name: s(name),
                    legal_name: s(legal_name),
                    notes: s(notes),
                    ..Default::default()
                },
                services,
            }
        })
        .collect()
}

fn measures() -> Vec<Measure> {
    MEASURES
        .iter()
        .map(|(name, category, description)| Measure {
            name: s(name),
            category: category.clone(),
            description: s(description),
            ..Default::default()
        })
        .collect()
}

fn activities() -> Vec<SeedActivity> {
    vec![
        seed_activity(
            Activity {
                data_categories: vec![
                    identity(),
                    category("Level of competence of the persons concerned", "score, rank"),
                ],
                data_subjects: vec![s(BY_CLIENT)],
                source: s(SOURCE_CLIENT),
                recipients: vec![customer()],
                retention: vec![max_three_years(), aws_backups()],
                locations: vec![
                    location("AWS", "US"),
                    location("AWS", "IE"),
                    location("GCP", "US"),
                    location("Heroku", "US"),
                ],
                notes: s(NO_CHAPTER_10),
                ..operation(
                    1,
                    "Skills assessment of candidates",
                    "Benefit from the Services: evaluate Candidates’ skills",
                    LawfulBasis::Contract,
                    "Evaluation, through the Services, of the skills of the Candidates entered by \
                     the Client.",
                )
            },
            &[AWS, AWS_IRELAND, GCP, HEROKU],
        ),
        seed_activity(
            Activity {
                data_categories: vec![connection("IP, Geoloc"), browsing_logs()],
                data_subjects: vec![s(BY_CLIENT)],
                source: s(SOURCE_CLIENT),
                recipients: vec![internal("CoderPad support team"), customer()],
                retention: vec![max_three_years(), aws_backups()],
                locations: vec![
                    location("AWS", "IE"),
                    location("AWS", "US"),
                    location("GCP", "US"),
                    location("Heroku", "US"),
                ],
                notes: s(NO_CHAPTER_10),
                ..operation(
                    2,
                    "Security and fraud detection",
                    "Security & fraud detection",
                    LawfulBasis::Contract,
                    "Security and fraud detection on the Candidates’ connections and browsing.",
                )
            },
            &[AWS_IRELAND, AWS, GCP, HEROKU],
        ),
        seed_activity(
            Activity {
                data_categories: vec![identity(), connection("IP, Geoloc"), browsing_logs()],
                data_subjects: vec![s(BY_CLIENT)],
                source: s(SOURCE_CLIENT),
                recipients: vec![internal(SUPPORT_DEV)],
                retention: vec![retention("", 2, TimeUnit::Weeks, "", "")],
                locations: vec![location("Datadog", "US")],
                ..operation(
                    3,
                    "Product quality and support (Datadog)",
                    "Enhance product quality / bring support to users",
                    LawfulBasis::LegitimateInterests,
                    "Product quality and user support through Datadog (analytics and \
                     instrumentation).",
                )
            },
            &[DATADOG],
        ),
        seed_activity(
            Activity {
                data_categories: vec![identity(), connection("IP, Geoloc"), browsing_logs()],
                data_subjects: vec![s(BY_CLIENT)],
                source: s(SOURCE_CLIENT),
                recipients: vec![internal(SUPPORT_DEV)],
                retention: vec![
                    retention("Product analytics", 12, TimeUnit::Months, "", ""),
                    retention("Session replay", 1, TimeUnit::Months, "", ""),
                ],
                locations: vec![location("FullStory", "US")],
                notes: s("Retention is printed per kind of data (product analytics, session replay), \
                     not per data category."),
                ..operation(
                    4,
                    "Product quality and support (FullStory)",
                    "Enhance product quality / bring support to users",
                    LawfulBasis::LegitimateInterests,
                    "Product quality and user support through FullStory (product analytics and \
                     session replay).",
                )
            },
            &[FULLSTORY],
        ),
        seed_activity(
            Activity {
                data_categories: vec![identity(), connection("IP")],
                data_subjects: vec![s("Candidates (as entered on support form or communicated by candidate or \
                     customer)")],
                source: s("The candidate or the Client (as entered on the support form or communicated \
                     by the candidate or customer)"),
                recipients: vec![internal(SUPPORT_DEV)],
                retention: vec![max_three_years_after_contract()],
                locations: vec![location("Hubspot", "DE")],
                notes: format!("The support e-mail address is obfuscated in the source. {NO_CHAPTER_10}"),
                ..operation(
                    5,
                    "Product quality and support (Hubspot)",
                    "Enhance product quality / bring support to users",
                    LawfulBasis::LegitimateInterests,
                    "Product quality and user support through Hubspot – only if contacting support via \
                     e-mail.",
                )
            },
            &[HUBSPOT],
        ),
        seed_activity(
            Activity {
                data_categories: vec![identity(), connection("IP, Geoloc"), browsing_logs()],
                data_subjects: vec![s(BY_CLIENT)],
                source: s(SOURCE_CLIENT),
                recipients: vec![internal(SUPPORT_MARKETING)],
                retention: vec![max_three_years_after_contract()],
                locations: vec![location("Google Cloud Platform (Looker)", "US")],
                notes: s(NO_CHAPTER_10),
                ..operation(
                    6,
                    "Product analytics (Looker)",
                    "Enhance product quality : Analytics",
                    LawfulBasis::LegitimateInterests,
                    "Product analytics in Looker on Google Cloud Platform.",
                )
            },
            &[GCP],
        ),
        seed_activity(
            Activity {
                data_categories: vec![identity()],
                data_subjects: vec![s(BY_CLIENT)],
                source: s(SOURCE_CLIENT),
                recipients: vec![customer()],
                retention: vec![retention("", 30, TimeUnit::Days, "", "")],
                locations: vec![location("Mailgun Technologies, Inc.", "US")],
                ..operation(
                    7,
                    "Transactional emails",
                    "Benefit from the Services: transactional emails",
                    LawfulBasis::Contract,
                    "Sending of the Services’ transactional emails to Candidates through Mailgun.",
                )
            },
            &[MAILGUN],
        ),
        seed_activity(
            Activity {
                data_categories: vec![identity(), connection("IP")],
                data_subjects: vec![s(BY_CLIENT)],
                source: s(SOURCE_CLIENT),
                recipients: vec![internal(SUPPORT_DEV)],
                retention: vec![retention("", 90, TimeUnit::Days, "", "")],
                locations: vec![location("Sentry", "US")],
                ..operation(
                    8,
                    "Product quality (Sentry)",
                    "Enhance product quality",
                    LawfulBasis::LegitimateInterests,
                    "Product quality through Sentry (enabling support during service term).",
                )
            },
            &[SENTRY],
        ),
        seed_activity(
            Activity {
                data_categories: vec![identity(), connection("IP")],
                data_subjects: vec![s(BY_CLIENT)],
                source: s(SOURCE_CLIENT),
                recipients: vec![internal(SUPPORT_MARKETING)],
                retention: vec![retention("", 7, TimeUnit::Days, "", "As necessary for data transfer (max 7 days)")],
                locations: vec![location("Stitch", "US")],
                ..operation(
                    9,
                    "Data transfer (Stitch)",
                    "Enhance product quality : Data transfer",
                    LawfulBasis::LegitimateInterests,
                    "Data transfer (data pipeline) through Stitch, to enhance product quality.",
                )
            },
            &[STITCH],
        ),
        seed_activity(
            Activity {
                data_categories: vec![identity()],
                data_subjects: vec![s(BY_CANDIDATE)],
                source: s(SOURCE_CANDIDATE),
                recipients: vec![internal(SUPPORT_MARKETING)],
                retention: vec![retention("", 10, TimeUnit::Years, "", "“money” transaction")],
                locations: vec![location("Tremendous", "US")],
                ..operation(
                    10,
                    "Rewarding product research participants",
                    "Rewarding elected customers / candidates taking part of product research only",
                    LawfulBasis::Consent,
                    "Rewards, through Tremendous, for the customers and candidates taking part in \
                     product research.",
                )
            },
            &[TREMENDOUS],
        ),
        seed_activity(
            Activity {
                data_categories: vec![category("Video Streams", "")],
                data_subjects: vec![s("Candidates (as appearing on video)")],
                source: s("The candidate (as appearing on video)"),
                recipients: vec![customer()],
                retention: vec![Retention { criteria: s("No storage"), ..Default::default() }],
                locations: vec![location("Twilio", "US")],
                notes: s("Appendix 2 describes Twilio’s service as “Video transport (no storage)”."),
                ..operation(
                    11,
                    "Video in skills assessment (Twilio)",
                    "Benefit from the Services: evaluate Candidates’ skills",
                    LawfulBasis::Contract,
                    "Video streams of the Candidates during the evaluation of their skills, \
                     transported through Twilio (no storage).",
                )
            },
            &[TWILIO],
        ),
        seed_activity(
            Activity {
                data_categories: vec![category("Identity of the persons concerned", "email")],
                data_subjects: vec![s(BY_CANDIDATE)],
                source: s(SOURCE_CANDIDATE),
                recipients: vec![internal(SUPPORT_MARKETING)],
                retention: vec![max_three_years()],
                locations: vec![location("TypeForm", "US")],
                notes: format!("The location is printed “TypeForm”. {NO_CHAPTER_10}"),
                ..operation(
                    12,
                    "Product research (Typeform)",
                    "Enhance product quality – product research",
                    LawfulBasis::Consent,
                    "Product research surveys through Typeform, with the candidates’ consent.",
                )
            },
            &[TYPEFORM],
        ),
    ]
}

pub(super) fn seed() -> Seed {
    Seed {
        organisation: organisation(),
        controllers: controllers(),
        sites: sites(),
        subprocessors: subprocessors(),
        measures: measures(),
        activities: activities(),
    }
}
