//! The words of the record, the checks and the command line in each language the project speaks:
//! Fluent files, a folder per language (`locales/en/`, `fr/`, `de/`: `core.ftl` for the record
//! and the files, `fields.ftl` for the fields and Article 30 items, `checks.ftl` for the checks,
//! `cli.ftl` for the command line, `shared.ftl` for what the command line and the window both
//! say, `window.ftl` for the desktop window, which reads its own with fields.ftl and shared.ftl),
//! read once. Fluent gives
//! each language its plural rules and lets a message take arguments; the typography of each
//! language (French no-break spaces) is applied here, once, so that the files stay plain text.
//!
//! The vocabularies' values (legal bases, recipient kinds…) keep their words with the value, in
//! `vocab.rs` and `data/law.tsv`: those words are also what an import recognises.

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use crate::vocab::Lang;

/// A language's files, as the core reads them: the record's and the files' words, the fields',
/// the checks', the command line's, and those it shares with the window.
macro_rules! files {
    ($lang:literal) => {
        [
            include_str!(concat!("../locales/", $lang, "/core.ftl")),
            include_str!(concat!("../locales/", $lang, "/fields.ftl")),
            include_str!(concat!("../locales/", $lang, "/checks.ftl")),
            include_str!(concat!("../locales/", $lang, "/cli.ftl")),
            include_str!(concat!("../locales/", $lang, "/shared.ftl")),
        ]
    };
}

/// Each language's files the core reads, concatenated (Fluent ids are unique per language).
const FILES: [(Lang, &[&str]); 3] = [(Lang::En, &files!("en")), (Lang::Fr, &files!("fr")), (Lang::De, &files!("de"))];

type Bundle = FluentBundle<FluentResource>;

fn bundles() -> &'static [(Lang, Bundle)] {
    static BUNDLES: OnceLock<Vec<(Lang, Bundle)>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        FILES
            .iter()
            .map(|(lang, texts)| {
                let id: unic_langid::LanguageIdentifier = lang.code().parse().expect("a language code");
                let mut bundle = FluentBundle::new_concurrent(vec![id]);
                // No Unicode isolation marks around arguments: the PDF and the terminal show them.
                bundle.set_use_isolating(false);
                // The files are part of the build, and a test parses each one whole: an error here
                // cannot ship.
                for text in *texts {
                    let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
                    let _ = bundle.add_resource(resource);
                }
                (*lang, bundle)
            })
            .collect()
    })
}

fn bundle(lang: Lang) -> &'static Bundle {
    &bundles().iter().find(|(l, _)| *l == lang).expect("every language has its file").1
}

/// The message `id` in `lang`, its arguments filled in. A message missing from the file reads as
/// its id (a test holds every id in every language).
pub fn message(lang: Lang, id: &str, args: &[(&str, Arg)]) -> String {
    let bundle = bundle(lang);
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        return id.to_string();
    };
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Text(text) => fluent_args.set(*name, FluentValue::from(text.as_ref())),
            Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
        }
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    typography(lang, &text).into_owned()
}

/// The message `id` in `lang`, with no argument.
pub fn text(lang: Lang, id: &str) -> String {
    message(lang, id, &[])
}

/// Words in each language: what a report says (a finding, an import's warning), made once and
/// read in the language of whoever reads it — the window changes language without asking again,
/// the command line says it in its own.
#[derive(Debug, Clone, PartialEq, Eq, Default, serde::Serialize)]
#[cfg_attr(feature = "ts", derive(ts_rs::TS))]
pub struct Text {
    pub en: String,
    pub fr: String,
    pub de: String,
}

impl Text {
    /// Each language's words, from `words`.
    pub fn each(words: impl Fn(Lang) -> String) -> Text {
        Text { en: words(Lang::En), fr: words(Lang::Fr), de: words(Lang::De) }
    }

    /// The message `id` of the language files in every language, with its arguments (the same in
    /// every language: a value as a file wrote it, a number).
    pub fn message(id: &str, args: &[(&str, Arg<'_>)]) -> Text {
        Text::each(|lang| message(lang, id, args))
    }

    /// Words that have no translation yet (a store's or a validation's error, in English): the
    /// same in every language. Each use is a place still to translate.
    pub fn untranslated(text: impl Into<String>) -> Text {
        let text = text.into();
        Text { en: text.clone(), fr: text.clone(), de: text }
    }

    /// The words in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::En => &self.en,
            Lang::Fr => &self.fr,
            Lang::De => &self.de,
        }
    }

    /// Whether the words hold `part` in some language.
    pub fn contains(&self, part: &str) -> bool {
        self.en.contains(part) || self.fr.contains(part) || self.de.contains(part)
    }
}

/// In English, where one language must be chosen without a reader (a log, a test's message).
impl std::fmt::Display for Text {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.en)
    }
}

/// `tr_all!("id", name = value, …)`: the message in every language (`Text`), its arguments
/// evaluated once.
#[macro_export]
macro_rules! tr_all {
    ($id:expr) => {
        $crate::i18n::Text::message($id, &[])
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::Text::message($id, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

/// An argument of a message: text, or a number (which chooses the plural form).
#[derive(Debug, Clone)]
pub enum Arg<'a> {
    Text(Cow<'a, str>),
    Number(f64),
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Arg<'a> {
        Arg::Text(Cow::Borrowed(text))
    }
}

impl From<String> for Arg<'_> {
    fn from(text: String) -> Arg<'static> {
        Arg::Text(Cow::Owned(text))
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Arg<'static> {
        Arg::Number(n as f64)
    }
}

impl From<u64> for Arg<'_> {
    fn from(n: u64) -> Arg<'static> {
        Arg::Number(n as f64)
    }
}

impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Arg<'static> {
        Arg::Number(n as f64)
    }
}

impl From<u32> for Arg<'_> {
    fn from(n: u32) -> Arg<'static> {
        Arg::Number(f64::from(n))
    }
}

/// `tr!(lang, "id", name = value, …)`: the message with its arguments.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $id:expr) => {
        $crate::i18n::text($lang, $id)
    };
    ($lang:expr, $id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::message($lang, $id, &[$((stringify!($name), $crate::i18n::Arg::from($value))),+])
    };
}

/// French puts a no-break space before `:` and inside guillemets, a narrow one before `?`, `!`
/// and `;`, so that none of them starts a line.
pub fn typography(lang: Lang, text: &str) -> Cow<'_, str> {
    if lang != Lang::Fr || !text.contains([':', '?', '!', ';', '«', '»']) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.replace(" :", "\u{a0}:")
            .replace(" ?", "\u{202f}?")
            .replace(" !", "\u{202f}!")
            .replace(" ;", "\u{202f};")
            .replace("« ", "«\u{a0}")
            .replace(" »", "\u{a0}»"),
    )
}

/// The ids of a language's file, for the test that every language has every message.
pub fn ids(lang: Lang) -> Vec<String> {
    let (_, texts) = FILES.iter().find(|(l, _)| *l == lang).expect("every language has its files");
    let mut ids = Vec::new();
    for text in *texts {
        let resource = FluentResource::try_new(text.to_string()).unwrap_or_else(|(r, _)| r);
        ids.extend(resource.entries().filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        }));
    }
    ids
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_parses_whole_and_every_language_has_every_message() {
        for (lang, texts) in FILES {
            for text in texts {
                if let Err((_, errors)) = FluentResource::try_new(text.to_string()) {
                    panic!("locales/{}: {errors:?}", lang.code());
                }
            }
        }
        let mut english = ids(Lang::En);
        english.sort();
        for lang in [Lang::Fr, Lang::De] {
            let mut theirs = ids(lang);
            theirs.sort();
            let missing: Vec<&String> = english.iter().filter(|id| !theirs.contains(id)).collect();
            let extra: Vec<&String> = theirs.iter().filter(|id| !english.contains(id)).collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "{}: missing {missing:?}, not in English {extra:?}",
                lang.code()
            );
        }
    }

    #[test]
    fn french_spacing_and_plurals() {
        assert_eq!(
            typography(Lang::Fr, "Oui ? « A » : non ; bien !"),
            "Oui\u{202f}? «\u{a0}A\u{a0}»\u{a0}: non\u{202f}; bien\u{202f}!"
        );
        assert_eq!(typography(Lang::En, "Yes ? : "), "Yes ? : ");
        assert_eq!(tr!(Lang::En, "page-of", page = 1u32, pages = 3u32), "Page 1 of 3");
        assert_eq!(tr!(Lang::De, "page-of", page = 1u32, pages = 3u32), "Seite 1 von 3");
        assert_eq!(tr!(Lang::Fr, "page-of", page = 1u32, pages = 3u32), "Page 1 sur 3");
    }
}
