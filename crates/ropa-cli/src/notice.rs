//! `ropa notice`: arguments in, the notice through ropa-core, a sentence out.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;
use ropa_core::date::{Date, Timestamp};
use ropa_core::notice::{self, Format};
use ropa_core::vocab::Lang;
use ropa_core::{find_unique, tr, Store};

use crate::Failure;

#[derive(Args)]
pub struct NoticeArgs {
    /// The file to write: .pdf, .txt (an e-mail's body) or .csv (a change a row).
    out: PathBuf,
    /// The client (controller) to notify: any unique part of its name.
    #[arg(long, value_name = "NAME")]
    controller: String,
    /// The organisation the client belongs to, when several have clients of that name.
    #[arg(long, value_name = "NAME")]
    org: Option<String>,
    /// The changes since this day (YYYY-MM-DD); by default, since the last notice recorded for
    /// the client, else since its contract's date, else every change.
    #[arg(long, value_name = "DATE")]
    since: Option<String>,
    /// Record the notice as sent today, with its text: the next one starts after it.
    #[arg(long)]
    record: bool,
}

impl NoticeArgs {
    /// Recording writes to the store.
    pub fn writes(&self) -> bool {
        self.record
    }
}

pub fn run(mut store: Store, args: &NoticeArgs, lang: Lang, out: &mut impl Write) -> Result<(), Failure> {
    let format = Format::of(&args.out)
        .ok_or_else(|| Failure::Other(tr!(lang, "notice-format", path = args.out.display().to_string()), 2))?;
    let since = args
        .since
        .as_deref()
        .map(|text| text.parse::<Date>().map_err(|e| Failure::Other(format!("--since: {e}"), 2)))
        .transpose()?;
    let mut clients: Vec<ropa_core::model::Controller> = store.all(None)?;
    if let Some(org) = &args.org {
        let organisation = store.find_organisation(org)?;
        clients.retain(|c| c.organisation_id == organisation.id);
    }
    let client = find_unique("controller", &args.controller, &clients, |c| &c.name)?.id;
    let prepared = notice::prepare(&store, client, since, Timestamp::now())?;
    crate::transfer::write_document(&args.out, store.path(), "cannot write the notice", |file| {
        prepared.write(lang, format, file)
    })?;
    let path = args.out.display().to_string();
    let client = prepared.client.name.as_str();
    let said = if prepared.changes.is_empty() {
        tr!(lang, "notice-written-none", client = client, period = prepared.period(lang), path = path.as_str())
    } else {
        tr!(
            lang,
            "notice-written",
            client = client,
            changes = prepared.changes.len(),
            period = prepared.period(lang),
            path = path.as_str()
        )
    };
    writeln!(out, "{said}")?;
    if args.record {
        let text = prepared.text(lang);
        let recorded = store.write(|w| prepared.record(w, &text))?;
        let day = recorded.notices.last().and_then(|n| n.sent_on).map(|d| d.to_string()).unwrap_or_default();
        writeln!(out, "{}", tr!(lang, "notice-recorded", client = client, date = day))?;
    }
    Ok(())
}
