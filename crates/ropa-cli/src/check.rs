//! `ropa check`: the compliance checks of ropa-core, as text or JSON.

use std::io::Write;

use ropa_core::checks::{self, Finding, Severity};
use ropa_core::date::Timestamp;
use ropa_core::vocab::Lang;
use ropa_core::{view, Store};

use crate::Failure;

/// Runs the checks (of one organisation when given) and prints them; the exit code is 1 when any
/// finding is an error.
pub fn run(store: &Store, org: Option<&str>, json: bool, lang: Lang, out: &mut impl Write) -> Result<bool, Failure> {
    let register = store.register(None)?;
    let register = match org {
        Some(name) => view::for_organisation(&register, store.find_organisation(name)?.id),
        None => register,
    };
    let report = checks::check(&register, Timestamp::now().date());
    if json {
        writeln!(out, "{}", serde_json::to_string_pretty(&report).map_err(|e| Failure::Other(e.to_string(), 2))?)?;
        return Ok(report.errors() == 0);
    }
    let fr = lang == Lang::Fr;
    let word = |s: Severity| match (s, fr) {
        (Severity::Error, false) => "error",
        (Severity::Warning, false) => "warning",
        (Severity::Info, false) => "info",
        (Severity::Error, true) => "erreur",
        (Severity::Warning, true) => "avertissement",
        (Severity::Info, true) => "information",
    };
    let mut current = None;
    for f in &report.findings {
        let organisation = register.organisations.iter().find(|o| o.id == f.organisation_id);
        if current != Some(f.organisation_id) {
            current = Some(f.organisation_id);
            writeln!(out, "\n{}", organisation.map(|o| o.name.as_str()).unwrap_or("?"))?;
        }
        print_finding(out, f, word(f.severity), fr)?;
    }
    let count = |s| report.findings.iter().filter(|f| f.severity == s).count();
    let score = report.register_score;
    writeln!(out)?;
    if fr {
        writeln!(
            out,
            "{} erreur(s), {} avertissement(s), {} information(s). Complétude : {} % des mentions de l’article 30 renseignées ({}/{}).",
            count(Severity::Error), count(Severity::Warning), count(Severity::Info), score.percent(), score.filled, score.total
        )?;
        writeln!(out, "Données de référence vérifiées le {}.", report.reference_checked)?;
    } else {
        writeln!(
            out,
            "{} error(s), {} warning(s), {} info. Completeness: {}% of the Article 30 items filled ({}/{}).",
            count(Severity::Error),
            count(Severity::Warning),
            count(Severity::Info),
            score.percent(),
            score.filled,
            score.total
        )?;
        writeln!(out, "Reference data checked on {}.", report.reference_checked)?;
    }
    if report.reference_stale {
        let warning = if fr {
            "Attention : les données de référence (décisions d’adéquation…) ont plus d’un an ; le droit a pu changer depuis. Mettez ropa à jour."
        } else {
            "Warning: the reference data (adequacy decisions...) are more than a year old; the law may have moved since. Update ropa."
        };
        writeln!(out, "{warning}")?;
    }
    Ok(report.errors() == 0)
}

fn print_finding(out: &mut impl Write, f: &Finding, severity: &str, fr: bool) -> std::io::Result<()> {
    let kind = if fr { kind_fr(f.kind) } else { f.kind.as_str() };
    let lang = if fr { Lang::Fr } else { Lang::En };
    let field = if f.field.is_empty() {
        String::new()
    } else {
        format!(" · {}", ropa_core::vocab::field_label(&f.field, lang))
    };
    let article = if fr { &f.article.fr } else { &f.article.en };
    let article = if article.is_empty() { String::new() } else { format!(" ({article})") };
    let (message, hint) = if fr { (&f.message.fr, &f.hint.fr) } else { (&f.message.en, &f.hint.en) };
    writeln!(out, "  {severity} [{}] {kind} {} \"{}\"{field}{article}", f.rule, f.entity_id, f.entity_name)?;
    writeln!(out, "      {message}")?;
    writeln!(out, "      → {hint}")
}

fn kind_fr(kind: ropa_core::store::Kind) -> &'static str {
    use ropa_core::store::Kind;
    match kind {
        Kind::Organisation => "organisme",
        Kind::Controller => "responsable",
        Kind::Site => "site",
        Kind::SubProcessor => "sous-traitant",
        Kind::Measure => "mesure",
        Kind::Activity => "activité",
    }
}
