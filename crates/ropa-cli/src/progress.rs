//! A progress bar on the terminal's standard error, when it is a terminal.

use std::io::{IsTerminal, Write};

use ropa_core::progress::Progress;
use ropa_core::tr;
use ropa_core::vocab::Lang;

pub struct Bar {
    label: String,
    lang: Lang,
    shown: bool,
    enabled: bool,
}

impl Bar {
    /// A bar labelled with the message `id` of the language files ("progress-import").
    pub fn new(id: &str, lang: Lang) -> Bar {
        Bar { label: tr!(lang, id), lang, shown: false, enabled: std::io::stderr().is_terminal() }
    }

    pub fn update(&mut self, p: Progress) {
        if !self.enabled {
            return;
        }
        let percent = (p.done.min(p.total) * 100).checked_div(p.total).unwrap_or(0) as usize;
        let filled = percent / 5;
        let mut err = std::io::stderr().lock();
        let _ = write!(
            err,
            "\r{} [{}{}] {percent:>3}%  {}",
            self.label,
            "#".repeat(filled),
            " ".repeat(20 - filled),
            tr!(self.lang, "progress-rows", count = p.rows)
        );
        let _ = err.flush();
        self.shown = true;
    }

    pub fn done(&mut self) {
        if self.shown {
            let _ = writeln!(std::io::stderr());
            self.shown = false;
        }
    }
}
