//! Laid-out pages to PDF bytes with printpdf's page operations: the fonts embedded and subset,
//! a running header and a numbered footer on every page, bookmarks, metadata. The same input
//! gives the same bytes: no clock and no random identifier reaches the file.

use printpdf::{
    FontId, Mm, Op, ParsedFont, PdfDocument, PdfFont, PdfFontHandle, PdfPage, PdfSaveOptions, Pt, TextItem,
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

/// Takes the pages by value and lets each go once it is written, to keep large records small.
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
    let regular_bytes = subset(REGULAR, &used[0])?;
    let bold_bytes = subset(BOLD, &used[1])?;
    let regular =
        ParsedFont::from_bytes(&regular_bytes, 0, &mut Vec::new()).ok_or("the regular font does not parse")?;
    let bold = ParsedFont::from_bytes(&bold_bytes, 0, &mut Vec::new()).ok_or("the bold font does not parse")?;
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

    // printpdf writes the fonts (subset programs, widths, ToUnicode maps) from one probe page that
    // shows every character used; the record's pages are then written directly, one content
    // stream at a time, so that memory does not grow with the operations of every page.
    let probe: String = used[0].iter().collect();
    let probe_bold: String = used[1].iter().collect();
    let probe_ops = vec![
        Op::StartTextSection,
        Op::SetFont { font: PdfFontHandle::External(regular_id.clone()), size: Pt(10.0) },
        Op::ShowText { items: vec![TextItem::Text(probe)] },
        Op::SetFont { font: PdfFontHandle::External(bold_id.clone()), size: Pt(10.0) },
        Op::ShowText { items: vec![TextItem::Text(probe_bold)] },
        Op::EndTextSection,
    ];
    let size = (Mm(geometry.width * 25.4 / 72.0), Mm(geometry.height * 25.4 / 72.0));
    doc.with_pages(vec![PdfPage::new(size.0, size.1, probe_ops)]);
    let options = PdfSaveOptions { optimize: true, subset_fonts: true, secure: true, image_optimization: None };
    let mut lo = doc.to_lopdf_document(&options, &mut warnings);
    drop(doc);
    let pages_root =
        lo.catalog().and_then(|c| c.get(b"Pages")).and_then(|p| p.as_reference()).map_err(|e| e.to_string())?;
    let probe_page = *lo.get_pages().get(&1).ok_or("the font page is missing")?;
    let probe_dict = lo.get_object(probe_page).and_then(|o| o.as_dict()).map_err(|e| e.to_string())?.clone();
    let resources = probe_dict.get(b"Resources").map_err(|e| e.to_string())?.clone();
    if let Ok(lopdf::Object::Reference(contents)) = probe_dict.get(b"Contents") {
        lo.objects.remove(contents);
    }
    lo.objects.remove(&probe_page);

    let faces = [
        ttf_parser::Face::parse(&regular_bytes, 0).map_err(|e| e.to_string())?,
        ttf_parser::Face::parse(&bold_bytes, 0).map_err(|e| e.to_string())?,
    ];
    let total = pages.len();
    let media_box: Vec<lopdf::Object> = vec![0.into(), 0.into(), geometry.width.into(), geometry.height.into()];
    let mut kids = Vec::with_capacity(total);
    for (index, page) in pages.into_iter().enumerate() {
        let content = page_content(&page, index, total, geometry, frame, &faces);
        drop(page);
        let mut encoder = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::new(6));
        std::io::Write::write_all(&mut encoder, &content).map_err(|e| e.to_string())?;
        let compressed = encoder.finish().map_err(|e| e.to_string())?;
        let mut stream_dict = lopdf::Dictionary::new();
        stream_dict.set("Filter", lopdf::Object::Name(b"FlateDecode".to_vec()));
        let contents = lo.add_object(lopdf::Stream::new(stream_dict, compressed));
        let mut page_dict = lopdf::Dictionary::new();
        page_dict.set("Type", lopdf::Object::Name(b"Page".to_vec()));
        page_dict.set("Parent", lopdf::Object::Reference(pages_root));
        page_dict.set("MediaBox", lopdf::Object::Array(media_box.clone()));
        page_dict.set("Resources", resources.clone());
        page_dict.set("Contents", lopdf::Object::Reference(contents));
        kids.push(lopdf::Object::Reference(lo.add_object(page_dict)));
    }
    if let Ok(lopdf::Object::Dictionary(root)) = lo.get_object_mut(pages_root) {
        root.set("Kids", lopdf::Object::Array(kids));
        root.set("Count", lopdf::Object::Integer(total as i64));
    }
    let id = lopdf::Object::String(frame.fingerprint.as_bytes().to_vec(), lopdf::StringFormat::Hexadecimal);
    lo.trailer.set("ID", lopdf::Object::Array(vec![id.clone(), id]));
    mark_subsets(&mut lo, &frame.fingerprint);
    let outlines = outline(&mut lo, anchors, geometry.height);
    // printpdf leaves an empty PDF/X version key in the document information, which claims a
    // conformance the file does not have.
    if let Ok(lopdf::Object::Reference(info)) = lo.trailer.get(b"Info").cloned() {
        if let Ok(lopdf::Object::Dictionary(dict)) = lo.get_object_mut(info) {
            dict.remove(b"GTS_PDFXVersion");
        }
    }
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

/// The content stream of one page: shades, rules, then the text (each run placed absolutely, the
/// font set only when it changes), with the running header and the footer.
fn page_content(
    page: &Page,
    index: usize,
    total: usize,
    geometry: PageGeometry,
    frame: &Frame,
    faces: &[ttf_parser::Face<'_>; 2],
) -> Vec<u8> {
    use std::fmt::Write;
    let mut c = String::with_capacity(page.items.len() * 64);
    let y = |top: f32| geometry.height - top;
    c.push_str("0.55 G\n");
    for item in &page.items {
        if let Item::Shade { x, y: top, width, height } = item {
            let _ = writeln!(c, "0.92 g {:.2} {:.2} {:.2} {:.2} re f", x, y(top + height), width, height);
        }
    }
    let rule = |c: &mut String, x1: f32, y1: f32, x2: f32, y2: f32, width: f32| {
        let _ = writeln!(c, "{width:.2} w {x1:.2} {:.2} m {x2:.2} {:.2} l S", y(y1), y(y2));
    };
    for item in &page.items {
        if let Item::Line { x1, y1, x2, y2, width } = item {
            rule(&mut c, *x1, *y1, *x2, *y2, *width);
        }
    }
    let top = geometry.body_top - 30.0;
    let bottom = geometry.body_bottom + 28.0;
    if index > 0 {
        rule(&mut c, geometry.margin_left, top + 5.0, geometry.width - geometry.margin_right, top + 5.0, 0.4);
    }
    rule(&mut c, geometry.margin_left, bottom - 12.0, geometry.width - geometry.margin_right, bottom - 12.0, 0.4);
    c.push_str("BT\n0 g\n");
    let mut current: Option<(bool, u32)> = None;
    let mut show = |c: &mut String, x: f32, top: f32, text: &str, size: f32, bold: bool| {
        if current != Some((bold, size.to_bits())) {
            let name = if bold { "DejaVuSans-Bold" } else { "DejaVuSans" };
            let _ = writeln!(c, "/{name} {size:.2} Tf");
            current = Some((bold, size.to_bits()));
        }
        let _ = write!(c, "1 0 0 1 {x:.2} {:.2} Tm <", y(top));
        let face = &faces[usize::from(bold)];
        for ch in text.chars() {
            let gid = face.glyph_index(ch).map_or(0, |g| g.0);
            let _ = write!(c, "{gid:04x}");
        }
        c.push_str("> Tj\n");
    };
    for item in &page.items {
        if let Item::Text { x, y: top, text, size, bold } = item {
            show(&mut c, *x, *top, text, *size, *bold);
        }
    }
    c.push_str("0.35 g\n");
    if index > 0 {
        show(&mut c, geometry.margin_left, top, &frame.header, HEADER_SIZE, false);
    }
    show(&mut c, geometry.margin_left, bottom, &(frame.footer)(index + 1, total), HEADER_SIZE, false);
    c.push_str("ET\n");
    c.into_bytes()
}

/// The bookmarks, in document order, nested by level: parts, then their sections, then the
/// activities under a section. Each points at its heading's place on the page.
fn outline(doc: &mut lopdf::Document, anchors: &[Anchor], page_height: f32) -> Option<lopdf::ObjectId> {
    use lopdf::{Dictionary, Object};
    if anchors.is_empty() {
        return None;
    }
    let pages = doc.get_pages();
    let root = doc.new_object_id();
    let ids: Vec<lopdf::ObjectId> = anchors.iter().map(|_| doc.new_object_id()).collect();
    // The parent of each anchor: the nearest one before it of a lower level.
    let parents: Vec<Option<usize>> =
        (0..anchors.len()).map(|i| (0..i).rev().find(|&j| anchors[j].level < anchors[i].level)).collect();
    let children =
        |parent: Option<usize>| -> Vec<usize> { (0..anchors.len()).filter(|&i| parents[i] == parent).collect() };
    let title = |text: &str| {
        let mut bytes = vec![0xFE, 0xFF];
        bytes.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        Object::String(bytes, lopdf::StringFormat::Hexadecimal)
    };
    for parent in std::iter::once(None).chain((0..anchors.len()).map(Some)) {
        let items = children(parent);
        for (k, &i) in items.iter().enumerate() {
            let mut dict = Dictionary::new();
            dict.set("Title", title(&anchors[i].title));
            dict.set("Parent", Object::Reference(parent.map_or(root, |p| ids[p])));
            if let Some(page) = pages.get(&(anchors[i].page as u32 + 1)) {
                let top = (page_height - anchors[i].y + 4.0).min(page_height);
                dict.set(
                    "Dest",
                    Object::Array(vec![Object::Reference(*page), "XYZ".into(), Object::Null, top.into(), Object::Null]),
                );
            }
            if k > 0 {
                dict.set("Prev", Object::Reference(ids[items[k - 1]]));
            }
            if let Some(&next) = items.get(k + 1) {
                dict.set("Next", Object::Reference(ids[next]));
            }
            let kids = children(Some(i));
            if let (Some(&first), Some(&last)) = (kids.first(), kids.last()) {
                dict.set("First", Object::Reference(ids[first]));
                dict.set("Last", Object::Reference(ids[last]));
                // Negative: the entry opens closed, for long registers.
                dict.set("Count", Object::Integer(-(kids.len() as i64)));
            }
            doc.objects.insert(ids[i], Object::Dictionary(dict));
        }
    }
    let top = children(None);
    let mut outlines = Dictionary::new();
    outlines.set("Type", Object::Name(b"Outlines".to_vec()));
    outlines.set("First", Object::Reference(ids[*top.first()?]));
    outlines.set("Last", Object::Reference(ids[*top.last()?]));
    outlines.set("Count", Object::Integer(top.len() as i64));
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
