//! Scalingo's Data Processing Agreement (`shared/seeds/000_1a11990810308383.txt`), transcribed.
//!
//! The DPA gives no address, registration number or DPO for Scalingo: they are left empty so that
//! the checks find the gap. The Intercom transfer rests on the EU-US Privacy Shield, as the DPA
//! states it. The only invented entity is the example client "Exemple Commerce SAS".

use super::{Seed, SeedActivity, SeedSubProcessor};
use crate::model::*;

const CLIENT: &str = "Exemple Commerce SAS";
const OUTSCALE: &str = "Outscale";
const INTERCOM: &str = "Intercom, Inc.";
const STRIPE: &str = "Stripe";

/// Measures a) to g) of the DPA: name, category, the DPA's text.
const MEASURES: [(&str, MeasureCategory, &str); 7] = [
    (
        "Physical access control",
        MeasureCategory::PhysicalAccess,
        "To prevent unauthorized persons from gaining access to data processing systems in which \
         Personal Data are Processed (physical access control), Scalingo shall take measures to \
         prevent physical access, such as security personnel and secured buildings and factory \
         premises.",
    ),
    (
        "System access control",
        MeasureCategory::SystemAccess,
        "To prevent data processing systems from being used without authorization (system access \
         control), the following may, among other controls, be applied depending upon the \
         particular Services ordered: authentication via passwords and logging of access on \
         several levels.\n\
         For Cloud Services hosted at the Scalingo: (i) logical access to the data centers is \
         restricted and protected by firewall/VLAN; and (ii) the following security processes \
         are applied: centralized logging and alerting, and (iii) firewalls.",
    ),
    (
        "Data access control",
        MeasureCategory::DataAccess,
        "To ensure that persons entitled to use a data processing system only have access to the \
         Personal Data to which they have privilege of access, and that Personal Data cannot be \
         read, copied, modified or removed without authorization in the course of Processing \
         and/or after storage (data access control), Personal Data is accessible and manageable \
         only by properly authorized staff, direct database query access is restricted, and \
         application access rights are established and enforced.\n\
         In addition to the access control rules set forth above, Scalingo implements an access \
         policy under which Data Controller controls access to its Cloud Services environment \
         and to Personal Data and other data by its authorized personnel.",
    ),
    (
        "Transmission control",
        MeasureCategory::Transmission,
        "To ensure that Personal Data cannot be read, copied, modified or removed without \
         authorization during electronic transmission or transport, and that it is possible to \
         check and establish to which entities the transfer of Personal Data by means of data \
         transmission facilities is envisaged (transmission control), Scalingo will comply with \
         the following requirements: Except as otherwise specified for the Cloud Services, \
         transfers of data outside the Service environment are encrypted (HTTPS). The content of \
         communications (including sender and recipient addresses) sent through some email or \
         messaging services may not be encrypted once received through such services. Data \
         Controller is solely responsible for the results of its decision to use non-encrypted \
         communications or transmissions.",
    ),
    (
        "Input control",
        MeasureCategory::InputControl,
        "To ensure that it is possible to check and establish whether and by whom Personal Data \
         have been entered into data processing systems, modified or removed (input control), \
         Scalingo will comply with the following requirements: Personal Data source is under the \
         control of the Customer, and Personal Data integration into the system is managed by \
         secured file transfer (i.e., via web services or entered into the application) from the \
         Customer.",
    ),
    (
        "Availability control (backups)",
        MeasureCategory::Availability,
        "To ensure that Personal Data is protected against accidental destruction or loss: \
         backups are taken on a regular basis; backups are encrypted and are secured.",
    ),
    (
        "Separation of controllers’ data",
        MeasureCategory::Separation,
        "To ensure that Personal Data which is collected for different purposes may be Processed \
         separately, data from different Data Controllers’ environments is logically segregated \
         on Scalingo’s systems.",
    ),
];

/// Scalingo regions: site name, Outscale region.
const REGIONS: [(&str, &str); 2] = [("osc-fr1", "eu-west-2"), ("osc-secnum-fr1", "cloudgouv-eu-west-1")];

const RIGHTS: &str = "Scalingo shall pass on to the Customer any requests of an individual data \
     subject to delete, release, correct or block Personal Data Processed under the Agreement. \
     Scalingo grants the Customer electronic access to the Platform environment that holds \
     Personal Data to permit the Customer to delete, release, correct or block access to specific \
     Personal Data (or, if that is not practicable, follows the Customer’s detailed written \
     instructions to do so).";

const SOURCE: &str = "The Customer (personal data source is under the control of the Customer)";

fn s(text: &str) -> String {
    text.to_string()
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|item| s(item)).collect()
}

fn location(country: &str, place: &str, provider: &str) -> Location {
    Location { country: s(country), place: s(place), provider: s(provider) }
}

fn recipient(name: &str, kind: RecipientKind, country: &str) -> Recipient {
    Recipient { name: s(name), kind, country: s(country) }
}

fn category(name: &str, detail: &str) -> DataCategory {
    DataCategory { name: s(name), detail: s(detail), sensitivity: Sensitivity::Standard }
}

/// What every activity of this seed shares: a processor activity for the example client.
fn processor_activity(name: &str, description: &str, purpose: &str) -> Activity {
    Activity {
        name: s(name),
        description: s(description),
        role: Role::Processor,
        purposes: vec![s(purpose)],
        rights: s(RIGHTS),
        status: Status::Active,
        ..Default::default()
    }
}

fn seed_activity(activity: Activity, subprocessors: &[&'static str]) -> SeedActivity {
    SeedActivity {
        activity,
        controllers: vec![CLIENT],
        subprocessors: subprocessors.to_vec(),
        measures: MEASURES.iter().map(|(name, _, _)| *name).collect(),
    }
}

fn organisation() -> Organisation {
    Organisation {
        name: s("Scalingo"),
        country: s("FR"),
        acts_as_processor: true,
        notes: s("Transcribed from Scalingo’s Data Processing Agreement, an amendment to its Terms of \
             Service (the “TOS”). Scalingo acts as processor; the Customer remains the Data \
             controller. The DPA gives no address, registration number or Data Protection \
             Officer for Scalingo."),
        ..Default::default()
    }
}

fn controllers() -> Vec<Controller> {
    vec![Controller {
        name: s(CLIENT),
        country: s("FR"),
        contact: Contact { email: s("dpo@exemple-commerce.example"), ..Default::default() },
        // The DPA, an amendment to the TOS: no subcontracting without the customer's prior
        // written consent, and then only by a written agreement with the subprocessor.
        contract: Contract {
            version: s("Data Processing Agreement, amendment to Scalingo's Terms of Service"),
            sub_processing: Some(SubProcessing::Specific),
            notification_contact: Contact { email: s("dpo@exemple-commerce.example"), ..Default::default() },
            ..Default::default()
        },
        // The subprocessors of the DPA, consented to by the (fictional) customer when it took
        // the services.
        notices: vec![SentNotice {
            text: s("The subprocessors listed in the DPA, consented to by the Customer when it took the \
                     services."),
            ..Default::default()
        }],
        notes: s("Fictional example client, added so that the processor records can be shown per \
             controller: the DPA names no client."),
        ..Default::default()
    }]
}

fn sites() -> Vec<Site> {
    REGIONS
        .iter()
        .map(|(site, region)| Site {
            name: s(site),
            description: format!(
                "Scalingo region, chosen by the Customer when provisioning its services. Data is \
                 stored in data centers located in FRANCE managed by Outscale in their {region} \
                 region (Paris-Pantin & Magny-les-Hameaux); database and log backups on \
                 Outscale’s OOS storage in the same region."
            ),
            ..Default::default()
        })
        .collect()
}

fn subprocessors() -> Vec<SeedSubProcessor> {
    let outscale_services = REGIONS
        .iter()
        .flat_map(|(site, region)| {
            [
                (
                    Some(*site),
                    SubProcessorService {
                        country: s("FR"),
                        place: format!("{region}: Paris-Pantin & Magny-les-Hameaux"),
                        purpose: s("Hosting: data centers storing the data of the region"),
                        ..Default::default()
                    },
                ),
                (
                    Some(*site),
                    SubProcessorService {
                        country: s("FR"),
                        place: format!("{region}: OOS storage"),
                        purpose: s("Backup storage: databases backups and logs backups"),
                        ..Default::default()
                    },
                ),
            ]
        })
        .collect();
    vec![
        SeedSubProcessor {
            subprocessor: SubProcessor {
                name: s(OUTSCALE),
                country: s("FR"),
                contact: Contact {
                    name: s("Outscale DPO"),
                    email: s("personal-data@outscale.com"),
                    address: s("1 rue Royale, 319 bureaux de la Colline, 92210 Saint-Cloud"),
                    ..Default::default()
                },
                notes: s("Hosts the osc-fr1 (eu-west-2) and osc-secnum-fr1 (cloudgouv-eu-west-1) \
                     regions. To learn more about Outscale's Privacy Policy, contact them by mail \
                     personal-data@outscale.com or at the Outscale DPO address."),
                ..Default::default()
            },
            services: outscale_services,
        },
        SeedSubProcessor {
            subprocessor: SubProcessor {
                name: s(INTERCOM),
                country: s("US"),
                notes: s("The DPA states that Intercom, Inc. complies with the EU-US Privacy Shield \
                     Framework; certification page: privacyshield.gov."),
                ..Default::default()
            },
            services: vec![(
                None,
                SubProcessorService {
                    country: s("US"),
                    place: s("Data centers in the United States of America"),
                    purpose: s("Analytics when you visit our website or use our product"),
                    safeguard: Some(Safeguard::PrivacyShield),
                    safeguard_detail: s("“Scalingo shall ensure compliance to Process Personal Data originating \
                         from the European Economic Area (EEA) and/or Switzerland according to the \
                         relevant EU-US Privacy Shield Principles.” Intercom, Inc. certifies that \
                         it adheres to the Privacy Shield Principles (privacyshield.gov)."),
                    ..Default::default()
                },
            )],
        },
        SeedSubProcessor {
            subprocessor: SubProcessor {
                name: s(STRIPE),
                legal_name: s("Stripe Payments Europe Limited"),
                country: s("IE"),
                notes: s("Stripe’s services in Europe are provided by a Stripe affiliate, Stripe \
                     Payments Europe Limited (“Stripe Payments Europe”), located in Ireland and \
                     subject to European law. Stripe Payments Europe transfers personal data to \
                     Stripe, Inc. in the US."),
                ..Default::default()
            },
            services: vec![
                (
                    None,
                    SubProcessorService {
                        country: s("IE"),
                        place: s("Stripe Payments Europe Limited"),
                        purpose: s("Payment services (Stripe Services in Europe)"),
                        ..Default::default()
                    },
                ),
                (
                    None,
                    SubProcessorService {
                        country: s("US"),
                        place: s("Stripe, Inc."),
                        purpose: s("Payment services: transfers from Stripe Payments Europe, including \
                             user data and end-customer cardholder data"),
                        safeguard: Some(Safeguard::StandardContractualClauses),
                        safeguard_detail: s("European Commission’s Standard Contractual Clauses (“Model Clauses”) \
                             covering all transfers of EU personal data between Stripe Payments \
                             Europe and Stripe, Inc.; copy on request at \
                             eudatatransfers@stripe.com"),
                        ..Default::default()
                    },
                ),
            ],
        },
    ]
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

const DATA_SUBJECTS: [&str; 9] = [
    "Customer’s representatives",
    "end users",
    "employees",
    "job applicants",
    "contractors",
    "collaborators",
    "partners",
    "customers of the Customer",
    "individuals attempting to communicate or transfer Personal Data to users of the Services",
];

fn hosting() -> SeedActivity {
    let locations = REGIONS
        .iter()
        .flat_map(|(site, region)| {
            [
                location(
                    "FR",
                    &format!("{site}: Outscale {region}, data centers Paris-Pantin & Magny-les-Hameaux"),
                    OUTSCALE,
                ),
                location(
                    "FR",
                    &format!("{site}: Outscale OOS storage, {region} (databases and logs backups)"),
                    OUTSCALE,
                ),
            ]
        })
        .collect();
    let activity = Activity {
        data_subjects: strings(&DATA_SUBJECTS),
        data_categories: vec![category(
            "Services Data",
            "Data that resides on Scalingo, customer or third-party systems to which Scalingo has \
             provided access to perform services: whatever the Customer stores on the Platform",
        )],
        source: s(SOURCE),
        recipients: vec![
            recipient(OUTSCALE, RecipientKind::Processor, "FR"),
            recipient("Customer", RecipientKind::External, ""),
        ],
        locations,
        retention: vec![Retention {
            criteria: s("For the duration of the Services. On termination of the provision of data \
                 processing services, Scalingo will make available for retrieval or otherwise \
                 will return Customer’s Personal Data stored in the Platform environment, unless \
                 legislation imposed upon the parties prevents it from returning or destroying \
                 all or part of the personal data transferred (then kept confidential and no \
                 longer actively processed)."),
            ..Default::default()
        }],
        notes: s("The region (osc-fr1 or osc-secnum-fr1) is chosen by the Customer when provisioning \
             its services. Scalingo treats services data as confidential in accordance with the \
             terms of the Customer’s order for services. The DPA does not limit the categories \
             of data the Customer may store."),
        ..processor_activity(
            "Hosting of Services Data",
            "Hosting, on the Scalingo Platform (PaaS), of the Services Data: data that resides on \
             Scalingo, customer or third-party systems to which Scalingo has provided access to \
             perform services, on behalf of the Customer.",
            "Provision of the Services (PaaS hosting)",
        )
    };
    seed_activity(activity, &[OUTSCALE])
}

fn customer_information() -> SeedActivity {
    let activity = Activity {
        data_subjects: strings(&["Customer’s representatives", "end users"]),
        data_categories: vec![category(
            "Customer Information",
            "Information that we may collect from your use of the Scalingo web sites and your \
             interactions with us offline",
        )],
        source: s("The Customer (use of the Scalingo web sites and offline interactions)"),
        notes: s("The DPA lists Customer Information among the Personal Data the Customer requests \
             Scalingo to Process, but says it is processed “according to the terms of its \
             Privacy policy”, which suggests Scalingo acts as controller for it. The list of \
             examples after “such as :” is empty in the DPA. The DPA gives no storage location \
             and no retention period for it."),
        ..processor_activity(
            "Management of Customer Information",
            "Processing of the Customer Information collected from the Customer’s use of the \
             Scalingo web sites and its interactions with Scalingo offline, in order to execute \
             the Agreement and perform the Services.",
            "Execution of the Agreement and performance of the Services",
        )
    };
    seed_activity(activity, &[])
}

fn analytics() -> SeedActivity {
    let activity = Activity {
        data_subjects: strings(&["Customer’s representatives", "end users"]),
        data_categories: vec![category(
            "Website and product usage data",
            "Collected for analytics purposes when visiting the Scalingo website or using the \
             product",
        )],
        source: s("Visits to the Scalingo website and use of the product"),
        recipients: vec![recipient(INTERCOM, RecipientKind::Processor, "US")],
        locations: vec![location("US", "Data centers in the United States of America", INTERCOM)],
        transfers: vec![Transfer {
            recipient: s(INTERCOM),
            country: s("US"),
            safeguard: Some(Safeguard::PrivacyShield),
            safeguard_detail: s("Personal Data originating from the European Economic Area (EEA) and/or \
                 Switzerland is Processed “according to the relevant EU-US Privacy Shield \
                 Principles”; Intercom, Inc. complies with the EU-US Privacy Shield Framework as \
                 set forth by the US Department of Commerce."),
            documentation: s("privacyshield.gov"),
            ..Default::default()
        }],
        notes: s("The transfer is recorded on the EU-US Privacy Shield as the DPA states it. The DPA \
             gives no retention period for analytics data."),
        ..processor_activity(
            "Website and product analytics (Intercom)",
            "Analytics, through Intercom, Inc., of visits to the Scalingo website and of the use \
             of the product; the data is processed and stored in data centers in the United \
             States of America.",
            "Analytics when visiting the Scalingo website or using the product",
        )
    };
    seed_activity(activity, &[INTERCOM])
}

fn payments() -> SeedActivity {
    let activity = Activity {
        data_subjects: strings(&["Customer’s representatives", "end users"]),
        data_categories: vec![category("User data", ""), category("End-customer cardholder data", "")],
        source: s(SOURCE),
        recipients: vec![
            recipient("Stripe Payments Europe Limited", RecipientKind::Processor, "IE"),
            recipient("Stripe, Inc.", RecipientKind::Processor, "US"),
        ],
        locations: vec![location("IE", "", "Stripe Payments Europe Limited"), location("US", "", "Stripe, Inc.")],
        transfers: vec![Transfer {
            recipient: s("Stripe, Inc."),
            country: s("US"),
            safeguard: Some(Safeguard::StandardContractualClauses),
            safeguard_detail: s("European Commission’s Standard Contractual Clauses (“Model Clauses”), covering \
                 all transfers of EU personal data between Stripe Payments Europe and Stripe, \
                 Inc., including user data and end-customer cardholder data"),
            documentation: s("eudatatransfers@stripe.com"),
            ..Default::default()
        }],
        notes: s("The DPA refers to the “EU Data Directive” for the lawfulness of the transfer. It \
             gives no retention period for payment data."),
        ..processor_activity(
            "Payment processing (Stripe)",
            "Payments through Stripe: Stripe’s services in Europe are provided by Stripe \
             Payments Europe Limited (Ireland), which transfers personal data to Stripe, Inc. in \
             the US.",
            "Payment processing for the Services (Stripe Services)",
        )
    };
    seed_activity(activity, &[STRIPE])
}

pub(super) fn seed() -> Seed {
    Seed {
        organisation: organisation(),
        controllers: controllers(),
        sites: sites(),
        subprocessors: subprocessors(),
        measures: measures(),
        activities: vec![hosting(), customer_information(), analytics(), payments()],
    }
}
