//! Laid-out pages to PDF bytes with printpdf's page operations: the fonts embedded and subset,
//! a running header and a numbered footer on every page, bookmarks, metadata. The same input
//! gives the same bytes: no clock and no random identifier reaches the file.

use printpdf::{
    Color, FontId, Greyscale, Line, LinePoint, Mm, Op, PaintMode, ParsedFont, PdfDocument, PdfFont, PdfFontHandle,
    PdfPage, PdfSaveOptions, Point, Pt, Rect, TextItem, TextMatrix,
};

use super::fonts::{subset, BOLD, REGULAR};
use super::layout::{Anchor, Item, Page, PageGeometry};
use crate::date::Timestamp;

/// What goes around the pages: metadata, running header, footer.
pub struct Frame {
    pub title: String,
    pub author: String,
    pub subject: String,
    /// BCP 47 language tag of the document ("en", "fr").
    pub language: String,
    pub created: Timestamp,
    /// Left of the running header (the organisation's name).
    pub header: String,
    /// The footer of page `n` of `total` (1-based).
    pub footer: Box<dyn Fn(usize, usize) -> String>,
    /// A short identifier of the content, written as the file's ID.
    pub fingerprint: String,
}

const HEADER_SIZE: f32 = 8.0;

/// Takes the pages by value and lets each go once it is converted, to keep large records small.
pub fn render(
    pages: Vec<Page>,
    anchors: &[Anchor],
    geometry: PageGeometry,
    frame: &Frame,
    out: &mut dyn std::io::Write,
) -> Result<(), String> {
    let mut warnings = Vec::new();
    // Each face embedded with the glyphs the document uses, and nothing else.
    let mut used = [std::collections::BTreeSet::new(), std::collections::BTreeSet::new()];
    for page in &pages {
        for item in &page.items {
            if let Item::Text { text, bold, .. } = item {
                used[usize::from(*bold)].extend(text.chars());
            }
        }
    }
    used[0].extend(frame.header.chars());
    used[0].extend((frame.footer)(pages.len(), pages.len()).chars());
    used[0].extend("0123456789".chars());
    let regular = subset(REGULAR, &used[0])?;
    let bold = subset(BOLD, &used[1])?;
    let regular = ParsedFont::from_bytes(&regular, 0, &mut Vec::new()).ok_or("the regular font does not parse")?;
    let bold = ParsedFont::from_bytes(&bold, 0, &mut Vec::new()).ok_or("the bold font does not parse")?;
    let mut doc = PdfDocument::new(&frame.title);
    // Fixed identifiers, not printpdf's random ones, so that the output is reproducible.
    let (regular_id, bold_id) = (FontId("DejaVuSans".into()), FontId("DejaVuSans-Bold".into()));
    doc.resources.fonts.map.insert(regular_id.clone(), PdfFont::new(regular));
    doc.resources.fonts.map.insert(bold_id.clone(), PdfFont::new(bold));

    let info = &mut doc.metadata.info;
    info.author = frame.author.clone();
    info.subject = frame.subject.clone();
    info.creator = "ropa".into();
    info.producer = format!("ropa {}", env!("CARGO_PKG_VERSION"));
    let created = pdf_time(frame.created);
    info.creation_date = created;
    info.modification_date = created;
    info.metadata_date = created;
    info.identifier = frame.fingerprint.clone();

    let total = pages.len();
    let font = |bold: bool| PdfFontHandle::External(if bold { bold_id.clone() } else { regular_id.clone() });
    let to_pdf_y = |y: f32| geometry.height - y;
    let mut pdf_pages = Vec::with_capacity(total);
    for (index, page) in pages.into_iter().enumerate() {
        let mut ops = Vec::new();
        // One text object a page; each run placed with an absolute text matrix, the font set only
        // when it changes: few operations, so that large records stay small in memory.
        let mut current: Option<(bool, u32)> = None;
        let mut text = |ops: &mut Vec<Op>, x: f32, y: f32, s: &str, size: f32, bold: bool| {
            let key = (bold, size.to_bits());
            if current != Some(key) {
                ops.push(Op::SetFont { font: font(bold), size: Pt(size) });
                current = Some(key);
            }
            ops.push(Op::SetTextMatrix { matrix: TextMatrix::Translate(Pt(x), Pt(to_pdf_y(y))) });
            ops.push(Op::ShowText { items: vec![TextItem::Text(s.to_string())] });
        };
        let line = |ops: &mut Vec<Op>, x1: f32, y1: f32, x2: f32, y2: f32, width: f32| {
            ops.push(Op::SetOutlineThickness { pt: Pt(width) });
            ops.push(Op::DrawLine {
                line: Line {
                    points: vec![
                        LinePoint { p: Point { x: Pt(x1), y: Pt(to_pdf_y(y1)) }, bezier: false },
                        LinePoint { p: Point { x: Pt(x2), y: Pt(to_pdf_y(y2)) }, bezier: false },
                    ],
                    is_closed: false,
                },
            });
        };
        ops.push(Op::SetOutlineColor { col: grey(0.55) });
        for item in &page.items {
            if let Item::Shade { x, y, width, height } = item {
                ops.push(Op::SetFillColor { col: grey(0.92) });
                ops.push(Op::DrawRectangle {
                    rectangle: Rect {
                        x: Pt(*x),
                        y: Pt(to_pdf_y(y + height)),
                        width: Pt(*width),
                        height: Pt(*height),
                        mode: Some(PaintMode::Fill),
                        winding_order: None,
                    },
                });
            }
        }
        for item in &page.items {
            if let Item::Line { x1, y1, x2, y2, width } = item {
                line(&mut ops, *x1, *y1, *x2, *y2, *width);
            }
        }
        ops.push(Op::SetFillColor { col: grey(0.0) });
        ops.push(Op::StartTextSection);
        for item in &page.items {
            if let Item::Text { x, y, text: s, size, bold } = item {
                text(&mut ops, *x, *y, s, *size, *bold);
            }
        }
        // Running header and footer, on every page but the cover.
        ops.push(Op::SetFillColor { col: grey(0.35) });
        let top = geometry.body_top - 30.0;
        let bottom = geometry.body_bottom + 28.0;
        if index > 0 {
            text(&mut ops, geometry.margin_left, top, &frame.header, HEADER_SIZE, false);
        }
        text(&mut ops, geometry.margin_left, bottom, &(frame.footer)(index + 1, total), HEADER_SIZE, false);
        ops.push(Op::EndTextSection);
        if index > 0 {
            line(&mut ops, geometry.margin_left, top + 5.0, geometry.width - geometry.margin_right, top + 5.0, 0.4);
        }
        line(&mut ops, geometry.margin_left, bottom - 12.0, geometry.width - geometry.margin_right, bottom - 12.0, 0.4);
        pdf_pages.push(PdfPage::new(Mm(geometry.width * 25.4 / 72.0), Mm(geometry.height * 25.4 / 72.0), ops));
    }
    doc.with_pages(pdf_pages);

    let options = PdfSaveOptions { optimize: true, subset_fonts: true, secure: true, image_optimization: None };
    let mut lo = doc.to_lopdf_document(&options, &mut warnings);
    drop(doc);
    let id = lopdf::Object::String(frame.fingerprint.as_bytes().to_vec(), lopdf::StringFormat::Hexadecimal);
    lo.trailer.set("ID", lopdf::Object::Array(vec![id.clone(), id]));
    mark_subsets(&mut lo, &frame.fingerprint);
    let outlines = outline(&mut lo, anchors);
    if let Ok(catalog) = lo.catalog_mut() {
        catalog.set("Lang", lopdf::Object::string_literal(frame.language.clone()));
        if let Some(outlines) = outlines {
            catalog.set("Outlines", lopdf::Object::Reference(outlines));
            catalog.set("PageMode", lopdf::Object::Name(b"UseOutlines".to_vec()));
        }
    }
    let mut target = out;
    lo.save_to(&mut target).map_err(|e| e.to_string())
}

/// The bookmarks, in document order: each part (level 0) with its sections under it.
fn outline(doc: &mut lopdf::Document, anchors: &[Anchor]) -> Option<lopdf::ObjectId> {
    use lopdf::{Dictionary, Object};
    if anchors.is_empty() {
        return None;
    }
    let pages = doc.get_pages();
    let root = doc.new_object_id();
    // (item, children) in order; sections before any part hang from the root.
    let mut tree: Vec<(usize, Vec<usize>)> = Vec::new();
    for (i, anchor) in anchors.iter().enumerate() {
        match tree.last_mut() {
            Some((_, children)) if anchor.level > 0 => children.push(i),
            _ => tree.push((i, Vec::new())),
        }
    }
    let ids: Vec<lopdf::ObjectId> = anchors.iter().map(|_| doc.new_object_id()).collect();
    let title = |text: &str| {
        let mut bytes = vec![0xFE, 0xFF];
        bytes.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        Object::String(bytes, lopdf::StringFormat::Hexadecimal)
    };
    let mut link = |items: &[usize], parent: lopdf::ObjectId, children_of: &dyn Fn(usize) -> Vec<usize>| {
        for (k, &i) in items.iter().enumerate() {
            let page = pages.get(&(anchors[i].page as u32 + 1)).copied();
            let mut dict = Dictionary::new();
            dict.set("Title", title(&anchors[i].title));
            dict.set("Parent", Object::Reference(parent));
            if let Some(page) = page {
                dict.set(
                    "Dest",
                    Object::Array(vec![
                        Object::Reference(page),
                        "XYZ".into(),
                        Object::Null,
                        Object::Null,
                        Object::Null,
                    ]),
                );
            }
            if k > 0 {
                dict.set("Prev", Object::Reference(ids[items[k - 1]]));
            }
            if let Some(&next) = items.get(k + 1) {
                dict.set("Next", Object::Reference(ids[next]));
            }
            let children = children_of(i);
            if let (Some(&first), Some(&last)) = (children.first(), children.last()) {
                dict.set("First", Object::Reference(ids[first]));
                dict.set("Last", Object::Reference(ids[last]));
                dict.set("Count", Object::Integer(children.len() as i64));
            }
            doc.objects.insert(ids[i], Object::Dictionary(dict));
        }
    };
    let parts: Vec<usize> = tree.iter().map(|(i, _)| *i).collect();
    let children_of = |i: usize| tree.iter().find(|(p, _)| *p == i).map(|(_, c)| c.clone()).unwrap_or_default();
    link(&parts, root, &children_of);
    for (part, children) in &tree {
        link(children, ids[*part], &|_| Vec::new());
    }
    let mut outlines = Dictionary::new();
    outlines.set("Type", Object::Name(b"Outlines".to_vec()));
    outlines.set("First", Object::Reference(ids[parts[0]]));
    outlines.set("Last", Object::Reference(ids[*parts.last().unwrap_or(&parts[0])]));
    outlines.set("Count", Object::Integer(anchors.len() as i64));
    doc.objects.insert(root, Object::Dictionary(outlines));
    Some(root)
}

/// Names the embedded fonts as PDF names a subset ("ABCDEF+DejaVuSans"), with a tag drawn from
/// the document's fingerprint so that the same document gets the same tags.
fn mark_subsets(doc: &mut lopdf::Document, fingerprint: &str) {
    let mut tags: std::collections::BTreeMap<Vec<u8>, Vec<u8>> = std::collections::BTreeMap::new();
    let seed: u64 = u64::from_str_radix(fingerprint, 16).unwrap_or(0);
    for object in doc.objects.values_mut() {
        let lopdf::Object::Dictionary(dict) = object else { continue };
        for key in [b"BaseFont".as_slice(), b"FontName".as_slice()] {
            let Ok(lopdf::Object::Name(name)) = dict.get(key) else { continue };
            if name.len() > 7 && name[6] == b'+' {
                continue;
            }
            let n = tags.len() as u64;
            let tag = tags
                .entry(name.clone())
                .or_insert_with(|| {
                    let mut x = seed ^ (n + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15);
                    (0..6)
                        .map(|_| {
                            let letter = b'A' + (x % 26) as u8;
                            x /= 26;
                            letter
                        })
                        .collect()
                })
                .clone();
            let mut tagged = tag;
            tagged.push(b'+');
            tagged.extend_from_slice(name);
            dict.set(key, lopdf::Object::Name(tagged));
        }
    }
}

/// The instant in printpdf's date type, in UTC.
fn pdf_time(t: Timestamp) -> printpdf::OffsetDateTime {
    let date = t.date();
    let text = t.to_string();
    let number = |range: std::ops::Range<usize>| text.get(range).and_then(|s| s.parse::<u16>().ok()).unwrap_or(0);
    printpdf::OffsetDateTime {
        date: printpdf::Date { year: date.year(), month: date.month(), day: date.day() },
        time: printpdf::Time {
            hour: number(11..13) as u8,
            minute: number(14..16) as u8,
            second: number(17..19) as u8,
            millisecond: number(20..23),
        },
        offset: printpdf::Offset { hours: 0, minutes: 0, seconds: 0, milliseconds: 0 },
    }
}

fn grey(level: f32) -> Color {
    Color::Greyscale(Greyscale { percent: level, icc_profile: None })
}
