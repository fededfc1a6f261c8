//! The public list of sub-processors: the page a processor publishes for its clients — per site or
//! region, each sub-processor with its service, where it processes the data, the transfer
//! mechanism and the day it last changed — made from the register, so that it never disagrees
//! with it. As one HTML file (static: no script, no link out, its style inside, printable) and as
//! a PDF with the record's layout.

use crate::date::Date;
use crate::error::Result;
use crate::model::{Id, Organisation, SubProcessor};
use crate::reference::countries;
use crate::store::{Kind, Store};
use crate::vocab::{Lang, Vocabulary};

/// One line of the list: a sub-processor's service.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    pub name: String,
    /// Its legal entity, when it differs from the name.
    pub legal_name: String,
    pub service: String,
    /// Country code (or the text as written) and place detail.
    pub country: String,
    pub place: String,
    pub mechanism: Mechanism,
    /// The day the sub-processor's entry last changed.
    pub changed: Option<Date>,
}

/// How the data reach the country where the service is carried out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Mechanism {
    /// The safeguard recorded for the service, and its detail.
    Safeguard(crate::model::Safeguard, String),
    /// A country of the EU/EEA: no transfer.
    WithinEea,
    NotRecorded,
}

/// The services of one site or region (`None`: every site).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub site: Option<(String, String)>,
    pub lines: Vec<Line>,
}

#[derive(Debug, Clone)]
pub struct PublicList {
    pub organisation: Organisation,
    pub groups: Vec<Group>,
    /// The newest change of any sub-processor listed.
    pub changed: Option<Date>,
    /// The day the list was made.
    pub made: Date,
}

/// The list of `organisation`'s sub-processors, made on `today`.
pub fn make(store: &Store, organisation: Id, today: Date) -> Result<PublicList> {
    let organisation: Organisation = store.get(organisation)?;
    let sites: Vec<crate::model::Site> = store.all(Some(organisation.id))?;
    let mut subprocessors: Vec<SubProcessor> = store.all(Some(organisation.id))?;
    subprocessors.sort_by_key(|s| crate::text::fold(&s.name));
    let mut groups: Vec<Group> = std::iter::once(None)
        .chain(sites.iter().map(|s| Some((s.name.clone(), s.description.clone()))))
        .map(|site| Group { site, lines: Vec::new() })
        .collect();
    let mut newest = None;
    for s in &subprocessors {
        let changed = store.history(Some((Kind::SubProcessor, s.id)))?.last().map(|e| e.at.date());
        newest = newest.max(changed);
        let line = |service: String,
                    country: &str,
                    place: String,
                    safeguard: Option<&crate::model::Safeguard>,
                    detail: &str| {
            let mechanism = match safeguard {
                Some(g) => Mechanism::Safeguard(g.clone(), detail.to_string()),
                None if countries::by_code(country).is_some_and(|c| c.in_eea()) => Mechanism::WithinEea,
                None => Mechanism::NotRecorded,
            };
            Line {
                name: s.name.clone(),
                legal_name: s.legal_name.clone(),
                service,
                country: country.to_string(),
                place,
                mechanism,
                changed,
            }
        };
        if s.services.is_empty() {
            groups[0].lines.push(line(String::new(), &s.country, String::new(), None, ""));
        }
        for svc in &s.services {
            let country = if svc.country.trim().is_empty() { &s.country } else { &svc.country };
            let group = svc.site_id.and_then(|id| sites.iter().position(|site| site.id == id)).map_or(0, |i| i + 1);
            groups[group].lines.push(line(
                svc.purpose.clone(),
                country,
                svc.place.clone(),
                svc.safeguard.as_ref(),
                &svc.safeguard_detail,
            ));
        }
    }
    groups.retain(|g| !g.lines.is_empty());
    Ok(PublicList { organisation, groups, changed: newest, made: today })
}

impl Line {
    fn country_words(&self, lang: Lang) -> String {
        let country =
            countries::by_code(&self.country).map(|c| c.name(lang).to_string()).unwrap_or_else(|| self.country.clone());
        [country, self.place.clone()].into_iter().filter(|t| !t.trim().is_empty()).collect::<Vec<_>>().join(" — ")
    }

    fn mechanism_words(&self, lang: Lang) -> String {
        match &self.mechanism {
            Mechanism::Safeguard(g, detail) if detail.trim().is_empty() => g.label(lang),
            Mechanism::Safeguard(g, detail) => format!("{} — {detail}", g.label(lang)),
            Mechanism::WithinEea => crate::tr!(lang, "sublist-within-eea"),
            Mechanism::NotRecorded => crate::tr!(lang, "sublist-not-recorded"),
        }
    }

    fn name_words(&self) -> String {
        if self.legal_name.trim().is_empty() || self.legal_name == self.name {
            self.name.clone()
        } else {
            format!("{} ({})", self.name, self.legal_name)
        }
    }

    /// The line's cells, in the columns' order.
    pub fn cells(&self, lang: Lang) -> [String; 5] {
        [
            self.name_words(),
            self.service.clone(),
            self.country_words(lang),
            self.mechanism_words(lang),
            self.changed.map(|d| crate::pdf::labels::date(d, lang)).unwrap_or_default(),
        ]
    }
}

const COLUMNS: [&str; 5] =
    ["sublist-col-name", "sublist-col-service", "sublist-col-country", "sublist-col-mechanism", "sublist-col-changed"];

impl Group {
    fn title(&self, lang: Lang) -> String {
        match &self.site {
            Some((name, _)) => name.clone(),
            None => crate::tr!(lang, "sublist-every-site"),
        }
    }
}

/// Text as HTML writes it: `&`, `<`, `>`, `"` and `'` escaped, so that a name is never markup.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Escaped, its line breaks kept.
fn escape_lines(text: &str) -> String {
    escape(text).replace('\n', "<br>")
}

const STYLE: &str = "body{font-family:'DejaVu Sans',Arial,Helvetica,sans-serif;color:#1a1a1a;max-width:60rem;\
margin:2rem auto;padding:0 1rem;line-height:1.45}h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;\
margin-top:2rem}p.meta{color:#555;margin-top:0}table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}\
caption{text-align:left;color:#555;padding-bottom:.3rem}th,td{border:1px solid #bbb;padding:.35rem .5rem;\
text-align:left;vertical-align:top}th{background:#f0f0f0}footer{color:#555;font-size:.85rem;margin-top:2rem}\
@media print{body{margin:0;max-width:none}h2{break-after:avoid}tr{break-inside:avoid}}";

impl PublicList {
    pub fn title(&self, lang: Lang) -> String {
        crate::tr!(lang, "sublist-title", organisation = self.organisation.name.as_str())
    }

    fn updated(&self, lang: Lang) -> String {
        match self.changed {
            Some(d) => crate::tr!(lang, "sublist-updated", date = crate::pdf::labels::date(d, lang)),
            None => crate::tr!(lang, "sublist-empty"),
        }
    }

    fn generated(&self, lang: Lang) -> String {
        crate::tr!(
            lang,
            "sublist-generated",
            organisation = self.organisation.name.as_str(),
            date = crate::pdf::labels::date(self.made, lang)
        )
    }

    /// The list as one static HTML page.
    pub fn html(&self, lang: Lang) -> String {
        let mut out = String::new();
        out.push_str(&format!(
            "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <meta name=\"generator\" content=\"ropa\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n",
            lang.code(),
            escape(&self.title(lang))
        ));
        out.push_str(&format!("<h1>{}</h1>\n", escape(&self.title(lang))));
        out.push_str(&format!("<p class=\"meta\">{}</p>\n", escape(&self.updated(lang))));
        out.push_str(&format!("<p>{}</p>\n", escape(&crate::tr!(lang, "sublist-intro"))));
        for group in &self.groups {
            out.push_str(&format!("<section>\n<h2>{}</h2>\n<table>\n", escape(&group.title(lang))));
            if let Some((_, description)) = group.site.as_ref().filter(|(_, d)| !d.trim().is_empty()) {
                out.push_str(&format!("<caption>{}</caption>\n", escape_lines(description)));
            }
            out.push_str("<thead><tr>");
            for id in COLUMNS {
                out.push_str(&format!("<th scope=\"col\">{}</th>", escape(&crate::tr!(lang, id))));
            }
            out.push_str("</tr></thead>\n<tbody>\n");
            for line in &group.lines {
                let cells = line.cells(lang);
                out.push_str(&format!("<tr><th scope=\"row\">{}</th>", escape_lines(&cells[0])));
                for cell in &cells[1..] {
                    out.push_str(&format!("<td>{}</td>", escape_lines(cell)));
                }
                out.push_str("</tr>\n");
            }
            out.push_str("</tbody>\n</table>\n</section>\n");
        }
        out.push_str(&format!(
            "</main>\n<footer><p>{}</p></footer>\n</body>\n</html>\n",
            escape(&self.generated(lang))
        ));
        out
    }

    /// The list as a PDF.
    pub fn write_pdf(&self, lang: Lang, out: &mut dyn std::io::Write) -> std::result::Result<(), String> {
        use crate::pdf::layout::{paginate, Block, Column, PageGeometry, BODY_SIZE};
        let title = self.title(lang);
        let paragraph = |text: String| Block::Paragraph { text, size: BODY_SIZE, bold: false };
        let mut blocks = vec![
            Block::Heading { level: 0, text: title.clone(), anchor: true },
            paragraph(self.updated(lang)),
            paragraph(crate::tr!(lang, "sublist-intro")),
        ];
        let shares = [0.2, 0.2, 0.18, 0.24, 0.18];
        for group in &self.groups {
            blocks.push(Block::Heading { level: 1, text: group.title(lang), anchor: true });
            if let Some((_, description)) = group.site.as_ref().filter(|(_, d)| !d.trim().is_empty()) {
                blocks.push(paragraph(description.clone()));
            }
            blocks.push(Block::Table {
                columns: COLUMNS
                    .iter()
                    .zip(shares)
                    .map(|(id, share)| Column { header: crate::tr!(lang, id), share })
                    .collect(),
                rows: group.lines.iter().map(|l| l.cells(lang).to_vec()).collect(),
            });
        }
        blocks.push(Block::Spacer(8.0));
        blocks.push(paragraph(self.generated(lang)));
        let metrics = crate::pdf::fonts::Metrics::new();
        let geometry = PageGeometry::A4;
        let (pages, anchors) = paginate(&blocks, geometry, &metrics);
        let total = pages.len();
        let frame = crate::pdf::render::Frame {
            title: title.clone(),
            author: self.organisation.name.clone(),
            subject: title.clone(),
            language: lang.code().into(),
            created: crate::date::Timestamp::end_of(self.made),
            header: title,
            footer: Box::new(move |n, _| crate::tr!(lang, "page-of", page = n, pages = total)),
            fingerprint: crate::pdf::record::content_fingerprint(&self.html(lang)),
        };
        crate::pdf::render::render(pages, &anchors, geometry, &frame, out)
    }
}
