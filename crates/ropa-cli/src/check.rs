//! `ropa check`: the compliance checks of ropa-core, as text or JSON; `--list-rules`, the rules
//! they apply.

use std::io::Write;

use ropa_core::checks::{self, Finding, Rule};
use ropa_core::date::Timestamp;
use ropa_core::pdf::labels::date;
use ropa_core::tr;
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
    let mut current = None;
    for f in &report.findings {
        let organisation = register.organisations.iter().find(|o| o.id == f.organisation_id);
        if current != Some(f.organisation_id) {
            current = Some(f.organisation_id);
            writeln!(out, "\n{}", organisation.map(|o| o.name.as_str()).unwrap_or("?"))?;
        }
        print_finding(out, f, lang)?;
    }
    let count = |s| report.findings.iter().filter(|f| f.severity == s).count();
    let score = report.register_score;
    writeln!(out)?;
    writeln!(
        out,
        "{}",
        tr!(
            lang,
            "check-summary",
            errors = count(checks::Severity::Error),
            warnings = count(checks::Severity::Warning),
            infos = count(checks::Severity::Info),
            percent = score.percent(),
            filled = score.filled,
            total = score.total,
        )
    )?;
    writeln!(out, "{}", tr!(lang, "check-reference-checked", date = date(report.reference_checked, lang)))?;
    if report.reference_stale {
        writeln!(out, "{}", tr!(lang, "check-reference-stale"))?;
    }
    Ok(report.errors() == 0)
}

fn print_finding(out: &mut impl Write, f: &Finding, lang: Lang) -> std::io::Result<()> {
    let kind = tr!(lang, "check-entry", kind = f.kind.as_str());
    let field = if f.field.is_empty() {
        String::new()
    } else {
        format!(" · {}", ropa_core::vocab::field_label(&f.field, lang))
    };
    let article = f.article.get(lang);
    let article = if article.is_empty() { String::new() } else { format!(" ({article})") };
    let severity = f.severity.word(lang);
    writeln!(out, "  {severity} [{}] {kind} {} \"{}\"{field}{article}", f.rule, f.entity_id, f.entity_name)?;
    writeln!(out, "      {}", f.message.get(lang))?;
    writeln!(out, "      → {}", f.hint.get(lang))
}

/// `ropa check --list-rules`: every rule of the catalogue, with its severity, the article it rests
/// on and what it checks, in `lang`.
pub fn list_rules(json: bool, lang: Lang, out: &mut impl Write) -> Result<(), Failure> {
    if json {
        let rules: Vec<serde_json::Value> = Rule::ALL
            .iter()
            .map(|r| {
                serde_json::json!({
                    "id": r.id(),
                    "severity": r.severity(),
                    "severities": r.severities(),
                    "article": r.articles(lang).join(" / "),
                    "description": r.description(lang),
                })
            })
            .collect();
        writeln!(out, "{}", serde_json::to_string_pretty(&rules).map_err(|e| Failure::Other(e.to_string(), 2))?)?;
        return Ok(());
    }
    for r in Rule::ALL {
        let severities: Vec<String> = r.severities().into_iter().map(|s| s.word(lang)).collect();
        let articles = r.articles(lang).into_iter().filter(|a| !a.is_empty()).collect::<Vec<_>>().join(" / ");
        let article = if articles.is_empty() { String::new() } else { format!(" ({articles})") };
        writeln!(out, "{} [{}]{article}", r.id(), severities.join(", "))?;
        writeln!(out, "    {}", r.description(lang))?;
    }
    Ok(())
}
