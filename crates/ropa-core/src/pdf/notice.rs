//! A notice of changes to sub-processors (`crate::notice`) as a PDF: the same words as its text,
//! the changes in a table, set with the record's layout and fonts.

use super::fonts::Metrics;
use super::layout::{paginate, Block, Column, PageGeometry, BODY_SIZE};
use super::render::{render, Frame};
use crate::notice::Notice;
use crate::vocab::Lang;

/// Writes `notice` in `lang` to `out`.
pub fn write_notice_pdf(notice: &Notice, lang: Lang, out: &mut dyn std::io::Write) -> Result<(), String> {
    let tr = |id: &str| crate::i18n::text(lang, id);
    let day = |d| super::labels::date(d, lang);
    let title = tr("notice-title");
    let to = notice.addressee().join("\n");
    let mut blocks = vec![
        Block::Heading { level: 0, text: title.clone(), anchor: true },
        Block::Field { label: tr("notice-to"), value: to },
        Block::Field { label: tr("notice-from"), value: notice.organisation.name.clone() },
        Block::Field { label: tr("notice-date"), value: day(notice.made.date()) },
        Block::Spacer(6.0),
    ];
    let paragraph = |text: String| Block::Paragraph { text, size: BODY_SIZE, bold: false };
    if notice.changes.is_empty() {
        blocks.push(paragraph(notice.no_change(lang)));
    } else {
        blocks.push(paragraph(crate::tr!(
            lang,
            "notice-intro",
            changes = notice.changes.len(),
            period = notice.period(lang)
        )));
        let rows = notice
            .changes
            .iter()
            .map(|c| {
                vec![
                    day(c.at.date()),
                    c.headline(lang),
                    c.before_words(lang).join("\n"),
                    c.after_words(lang).join("\n"),
                    c.activities.join("\n"),
                ]
            })
            .collect();
        let columns = [
            ("notice-date", 0.13),
            ("notice-change", 0.22),
            ("notice-before", 0.22),
            ("notice-after", 0.22),
            ("notice-activities", 0.21),
        ];
        blocks.push(Block::Table {
            columns: columns.iter().map(|(id, share)| Column { header: tr(id), share: *share }).collect(),
            rows,
        });
        blocks.push(Block::Spacer(6.0));
        blocks.push(paragraph(notice.objection(lang)));
    }
    let metrics = Metrics::new();
    let geometry = PageGeometry::A4;
    let (pages, anchors) = paginate(&blocks, geometry, &metrics);
    let total = pages.len();
    let fingerprint = super::record::content_fingerprint(&notice.text(lang));
    let frame = Frame {
        title: format!("{title} — {}", notice.client.name),
        author: notice.organisation.name.clone(),
        subject: title.clone(),
        language: lang.code().into(),
        created: notice.made,
        header: format!("{} — {title}", notice.organisation.name),
        footer: Box::new(move |n, _| crate::tr!(lang, "page-of", page = n, pages = total)),
        fingerprint,
    };
    render(pages, &anchors, geometry, &frame, out)
}
