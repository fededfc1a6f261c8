//! Notices of sub-processor changes (issue 19): a register changed through the store's writer,
//! day after day, and each client's notice read back — only its own activities' changes, each
//! with its date, before and after, and where the next notice starts once one is recorded.

#![allow(clippy::unwrap_used)]

mod common;

use std::sync::atomic::Ordering;

use ropa_core::date::{Date, Timestamp};
use ropa_core::model::{
    Activity, Contact, Contract, Controller, Organisation, Role, Safeguard, Site, SubProcessor, SubProcessorService,
    Transfer,
};
use ropa_core::notice::{self, What};
use ropa_core::vocab::Lang;
use ropa_core::{OpenMode, Store};

struct Timeline {
    store: Store,
    clock: std::sync::Arc<std::sync::atomic::AtomicI64>,
    alpha: i64,
    beta: i64,
    host: i64,
    mail: i64,
    analytics: i64,
    host_alpha: i64,
    host_beta: i64,
    own: i64,
    eu: i64,
}

const DAY: i64 = 86_400;
/// 2026-01-01T00:00:00Z, where the test clock starts.
const START: i64 = 1_767_225_600;

impl Timeline {
    /// Moves the clock to the start of day `n` (day 0 is 1 January 2026).
    fn day(&self, n: i64) {
        self.clock.store(START + n * DAY, Ordering::SeqCst);
    }

    fn update_activity(&mut self, id: i64, change: impl FnOnce(&mut Activity)) {
        let mut a: Activity = self.store.get(id).unwrap();
        change(&mut a);
        self.store.write(|w| w.update(&a).map(|_| ())).unwrap();
    }

    fn update_subprocessor(&mut self, id: i64, change: impl FnOnce(&mut SubProcessor)) {
        let mut s: SubProcessor = self.store.get(id).unwrap();
        change(&mut s);
        self.store.write(|w| w.update(&s).map(|_| ())).unwrap();
    }

    fn notice(&self, client: i64, since: Option<&str>) -> notice::Notice {
        let since = since.map(|d| d.parse::<Date>().unwrap());
        let now = Timestamp::from_unix_seconds(self.clock.load(Ordering::SeqCst)).unwrap();
        notice::prepare(&self.store, client, since, now).unwrap()
    }
}

/// A processor with two clients: Alpha's hosting uses "Host EU", Beta's uses "Mail"; its own
/// (controller) activity uses "Analytics".
fn timeline(dir: &std::path::Path) -> Timeline {
    let (context, clock) = common::ticking();
    let mut store = Store::open(&dir.join("register.sqlite"), OpenMode::CreateIfMissing, context).unwrap();
    clock.store(START, Ordering::SeqCst);
    let mut ids = Vec::new();
    store
        .write(|w| {
            let org = w.create(&Organisation {
                name: "Proc SAS".into(),
                acts_as_processor: true,
                acts_as_controller: true,
                ..Default::default()
            })?;
            let client = |name: &str, contract: Contract| Controller {
                organisation_id: org,
                name: name.into(),
                contact: Contact { email: format!("dpo@{}.example", name.to_lowercase()), ..Default::default() },
                contract,
                ..Default::default()
            };
            let alpha = w.create(&client(
                "Alpha",
                Contract {
                    signed_on: Some("2026-01-01".parse().unwrap()),
                    objection_period: "30 days".into(),
                    notification_contact: Contact {
                        name: "Alice Martin".into(),
                        email: "subprocessors@alpha.example".into(),
                        ..Default::default()
                    },
                    ..Default::default()
                },
            ))?;
            let beta = w.create(&client("Beta", Contract::default()))?;
            let eu = w.create(&Site { organisation_id: org, name: "EU".into(), ..Default::default() })?;
            let sub = |name: &str, country: &str| SubProcessor {
                organisation_id: org,
                name: name.into(),
                country: country.into(),
                ..Default::default()
            };
            let host = w.create(&sub("Host EU", "FR"))?;
            let mail = w.create(&sub("Mail", "IE"))?;
            let analytics = w.create(&sub("Analytics", "US"))?;
            let processing = |name: &str, client: i64, subs: Vec<i64>| Activity {
                organisation_id: org,
                name: name.into(),
                role: Role::Processor,
                controller_ids: vec![client],
                subprocessor_ids: subs,
                ..Default::default()
            };
            let host_alpha = w.create(&processing("Hosting for Alpha", alpha, vec![host]))?;
            let host_beta = w.create(&processing("Hosting for Beta", beta, vec![mail]))?;
            let own = w.create(&Activity {
                organisation_id: org,
                name: "Our newsletter".into(),
                subprocessor_ids: vec![analytics],
                ..Default::default()
            })?;
            ids = vec![alpha, beta, host, mail, analytics, host_alpha, host_beta, own, eu];
            Ok(())
        })
        .unwrap();
    let [alpha, beta, host, mail, analytics, host_alpha, host_beta, own, eu] = ids[..] else { unreachable!() };
    Timeline { store, clock, alpha, beta, host, mail, analytics, host_alpha, host_beta, own, eu }
}

/// Day 10: Analytics joins Alpha's hosting. Day 12: Mail moves to the US (Beta's only). Day 14:
/// Beta's hosting replaces Mail by Host EU. Day 15: Host EU gains a service at the EU site. Day
/// 16: Alpha's hosting transfers to Analytics under module 3 clauses. Day 17: the processor's own
/// activity takes Mail (no client's).
fn changes(t: &mut Timeline) {
    let (analytics, mail, host, eu) = (t.analytics, t.mail, t.host, t.eu);
    t.day(10);
    t.update_activity(t.host_alpha, |a| a.subprocessor_ids.push(analytics));
    t.day(12);
    t.update_subprocessor(mail, |s| s.country = "US".into());
    t.day(14);
    t.update_activity(t.host_beta, |a| a.subprocessor_ids = vec![host]);
    t.day(15);
    t.update_subprocessor(host, |s| {
        s.services.push(SubProcessorService {
            site_id: Some(eu),
            country: "DE".into(),
            place: "Frankfurt".into(),
            purpose: "Backups".into(),
            ..Default::default()
        })
    });
    t.day(16);
    t.update_activity(t.host_alpha, |a| {
        a.transfers.push(Transfer {
            recipient: "Analytics".into(),
            country: "US".into(),
            safeguard: Some(Safeguard::StandardContractualClauses),
            scc_module: Some(3),
            ..Default::default()
        })
    });
    t.day(17);
    t.update_activity(t.own, |a| a.subprocessor_ids.push(mail));
}

fn headlines(n: &notice::Notice) -> Vec<String> {
    n.changes.iter().map(|c| c.headline(Lang::En)).collect()
}

#[test]
fn each_client_hears_of_its_own_activities_changes_since_its_contract() {
    let dir = tempfile::tempdir().unwrap();
    let mut t = timeline(dir.path());
    changes(&mut t);
    t.day(20);

    // Alpha: no notice yet, a contract of 1 January: what changed after that day.
    let alpha = t.notice(t.alpha, None);
    assert_eq!(
        headlines(&alpha),
        ["Analytics added as a sub-processor", "Host EU changed", "Transfer added: Analytics"]
    );
    let days: Vec<String> = alpha.changes.iter().map(|c| c.at.date().to_string()).collect();
    assert_eq!(days, ["2026-01-11", "2026-01-16", "2026-01-17"]);
    let added = &alpha.changes[0];
    assert_eq!(added.what, What::Added);
    assert_eq!(added.before_words(Lang::En), Vec::<String>::new());
    assert_eq!(added.after_words(Lang::En), ["Analytics", "country: United States"]);
    assert_eq!(added.activities, ["Hosting for Alpha"]);
    let changed = &alpha.changes[1];
    assert_eq!(changed.before_words(Lang::En), Vec::<String>::new());
    assert_eq!(changed.after_words(Lang::En), ["service: EU · Germany, Frankfurt · Backups"]);
    assert_eq!(
        alpha.changes[2].after_words(Lang::En),
        ["Analytics · United States · Standard contractual clauses (Art. 46(2)(c)) · SCC module 3"]
    );
    let text = alpha.text(Lang::En);
    for expected in [
        "To: Alpha, Alice Martin, subprocessors@alpha.example",
        "From: Proc SAS",
        "3 changes to the sub-processors of the processing carried out on your behalf, since the agreement of 1 January 2026:",
        "1. Analytics added as a sub-processor (11 January 2026)",
        "Activities concerned: Hosting for Alpha",
        "Under the agreement, you may object to a change within 30 days.",
    ] {
        assert!(text.contains(expected), "{expected:?} not in:\n{text}");
    }
    assert!(!text.contains("Mail"), "Beta's and the processor's own changes are not Alpha's:\n{text}");

    // Beta, since 5 January: Mail's move, its replacement, then Host EU's new service.
    let beta = t.notice(t.beta, Some("2026-01-05"));
    assert_eq!(headlines(&beta), ["Mail changed", "Mail replaced by Host EU", "Host EU changed"]);
    assert_eq!(beta.changes[0].before_words(Lang::En), ["country: Ireland"]);
    assert_eq!(beta.changes[0].after_words(Lang::En), ["country: United States"]);
    assert_eq!(beta.changes[1].before_words(Lang::En), ["Mail", "country: United States"]);
    assert_eq!(beta.changes[1].after_words(Lang::En), ["Host EU", "country: France"]);
    // No notification contact: the client's own contact, and the period is said not recorded.
    assert!(beta.text(Lang::En).contains("To: Beta, dpo@beta.example"));
    assert!(beta.text(Lang::En).contains("period to object is not recorded"));
    // Since the beginning, Beta's hosting came with Mail.
    let all = t.notice(t.beta, Some("2026-01-01"));
    assert_eq!(headlines(&all)[0], "Mail added as a sub-processor");

    // The same notice in French and German.
    let fr = alpha.text(Lang::Fr);
    assert!(fr.contains("Analytics ajouté comme sous-traitant ultérieur (11 janvier 2026)"), "{fr}");
    assert!(fr.contains("Traitements concernés\u{a0}: Hosting for Alpha"), "{fr}");
    let de = alpha.text(Lang::De);
    assert!(de.contains("Analytics als Unterauftragsverarbeiter hinzugefügt"), "{de}");

    // The CSV rows: a header, then a change a row.
    let rows = alpha.rows(Lang::En);
    assert_eq!(rows[0], ["Date", "Change", "Before", "After", "Activities concerned"]);
    assert_eq!(rows[1][..2], ["2026-01-11".to_string(), "Analytics added as a sub-processor".to_string()]);
    assert_eq!(rows.len(), 4);
}

#[test]
fn a_recorded_notice_is_kept_and_the_next_one_starts_after_it() {
    let dir = tempfile::tempdir().unwrap();
    let mut t = timeline(dir.path());
    changes(&mut t);
    t.day(20);
    let first = t.notice(t.alpha, None);
    let text = first.text(Lang::En);
    t.store.write(|w| first.record(w, &text).map(|_| ())).unwrap();
    let client: Controller = t.store.get(t.alpha).unwrap();
    assert_eq!(client.notices.len(), 1);
    assert_eq!(client.notices[0].sent_on.unwrap().to_string(), "2026-01-21");
    assert_eq!(client.notices[0].changes, 3);
    assert_eq!(client.notices[0].text, text);
    // The history says what the client was told, and when.
    let history = t.store.history(Some((ropa_core::store::Kind::Controller, t.alpha))).unwrap();
    let last = history.last().unwrap();
    assert!(last.changes().iter().any(|f| f.field.starts_with("notices")), "{:?}", last.changes());

    // Nothing since: "no change", exit as usual.
    t.day(22);
    let none = t.notice(t.alpha, None);
    assert!(none.changes.is_empty());
    assert_eq!(none.no_change(Lang::En), "No change to the sub-processors since our notice of 21 January 2026.");
    assert!(none.text(Lang::En).contains("No change to the sub-processors since our notice of 21 January 2026."));

    // A later change is the next notice's only one.
    let analytics = t.analytics;
    t.update_activity(t.host_alpha, |a| a.subprocessor_ids.retain(|id| *id != analytics));
    t.day(25);
    let next = t.notice(t.alpha, None);
    assert_eq!(headlines(&next), ["Analytics no longer a sub-processor"]);
    assert_eq!(next.changes[0].at.date().to_string(), "2026-01-23");

    // A notice prepared before the client's entry changed is refused when recorded.
    let stale = t.notice(t.alpha, None);
    let mut client: Controller = t.store.get(t.alpha).unwrap();
    client.notes = "Changed meanwhile".into();
    t.store.write(|w| w.update(&client).map(|_| ())).unwrap();
    let refused = t.store.write(|w| stale.record(w, "text").map(|_| ()));
    assert!(matches!(refused, Err(ropa_core::Error::Changed { .. })), "{refused:?}");
}

#[test]
fn an_activity_taken_on_for_a_client_brings_its_sub_processors_and_one_dropped_takes_them_away() {
    let dir = tempfile::tempdir().unwrap();
    let mut t = timeline(dir.path());
    let (alpha, beta) = (t.alpha, t.beta);
    t.day(3);
    // Beta's hosting now serves Alpha too: Mail is Alpha's new sub-processor.
    t.update_activity(t.host_beta, |a| a.controller_ids.push(alpha));
    t.day(4);
    // The processor's own activity becomes a processor activity for Beta.
    t.update_activity(t.own, |a| {
        a.role = Role::Processor;
        a.controller_ids = vec![beta];
    });
    t.day(6);
    // Beta's hosting is deleted.
    let host_beta = t.host_beta;
    t.store.write(|w| w.delete::<Activity>(host_beta)).unwrap();
    t.day(8);
    let alpha_notice = t.notice(alpha, None);
    assert_eq!(
        headlines(&alpha_notice),
        ["Mail added as a sub-processor", "Mail no longer a sub-processor"],
        "{:?}",
        alpha_notice.changes
    );
    // A template for Beta's kind of hosting: kept to start records from, carried out for no one.
    let template = Activity {
        name: "Template: hosting".into(),
        status: ropa_core::model::Status::Template,
        ..t.store.get::<Activity>(t.own).unwrap()
    };
    t.store.write(|w| w.create(&Activity { id: 0, ..template }).map(|_| ())).unwrap();
    let beta_notice = t.notice(beta, Some("2026-01-02"));
    assert_eq!(headlines(&beta_notice), ["Analytics added as a sub-processor", "Mail no longer a sub-processor"]);
    assert_eq!(beta_notice.changes[1].activities, ["Hosting for Beta"]);
}

/// A notice entered without the time it covered (the example register's, one typed in a
/// spreadsheet) covers what the history held when it entered the register.
#[test]
fn a_notice_without_its_time_covers_what_the_register_held_when_it_was_entered() {
    let dir = tempfile::tempdir().unwrap();
    let mut t = timeline(dir.path());
    let (analytics, host, beta) = (t.analytics, t.host, t.beta);
    t.day(3);
    t.update_activity(t.host_beta, |a| a.subprocessor_ids.push(analytics));
    t.day(5);
    let mut client: Controller = t.store.get(beta).unwrap();
    client.notices.push(ropa_core::model::SentNotice { text: "Told by telephone".into(), ..Default::default() });
    t.store.write(|w| w.update(&client).map(|_| ())).unwrap();
    t.day(7);
    t.update_activity(t.host_beta, |a| a.subprocessor_ids.push(host));
    t.day(9);
    let next = t.notice(beta, None);
    assert_eq!(headlines(&next), ["Host EU added as a sub-processor"]);
    assert_eq!(next.no_change(Lang::En), "No change to the sub-processors since our last notice.");
}

/// What the window records is the notice the user read: once the register changed, the same text
/// is refused, and the notice is to be read again.
#[test]
fn a_notice_is_recorded_only_as_it_was_read() {
    let dir = tempfile::tempdir().unwrap();
    let mut t = timeline(dir.path());
    changes(&mut t);
    t.day(20);
    let read = t.notice(t.alpha, None).text(Lang::En);
    let analytics = t.analytics;
    t.update_activity(t.host_alpha, |a| a.subprocessor_ids.retain(|id| *id != analytics));
    let now = t.notice(t.alpha, None);
    let refused = t.store.write(|w| now.record_as_read(w, Lang::En, &read).map(|_| ()));
    assert!(matches!(refused, Err(ropa_core::Error::NoticeChanged)), "{refused:?}");
    assert_eq!(refused.unwrap_err().code(), "notice_changed");
    let client: Controller = t.store.get(t.alpha).unwrap();
    assert!(client.notices.is_empty());
    let again = now.text(Lang::En);
    t.store.write(|w| now.record_as_read(w, Lang::En, &again).map(|_| ())).unwrap();
    assert_eq!(t.store.get::<Controller>(t.alpha).unwrap().notices.len(), 1);
}
