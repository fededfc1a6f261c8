//! Page layout for the PDF record: text measured with the font's metrics, wrapped, set in blocks
//! (headings, paragraphs, label–value fields, tables) and cut into pages. No PDF here: the result
//! is positioned text and lines, which `render` turns into PDF operations.
//!
//! Coordinates are in points from the page's top-left corner, y growing downwards.

/// Widths of text in a font, in points.
pub trait Measure {
    fn width(&self, text: &str, size: f32, bold: bool) -> f32;
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct PageGeometry {
    pub width: f32,
    pub height: f32,
    pub margin_left: f32,
    pub margin_right: f32,
    /// From the top of the page to the first line of the body (below the running header).
    pub body_top: f32,
    /// From the top of the page to the bottom of the body (above the footer).
    pub body_bottom: f32,
}

impl PageGeometry {
    /// A4 portrait with 20 mm side margins, room for a running header and a footer.
    pub const A4: PageGeometry = PageGeometry {
        width: 595.28,
        height: 841.89,
        margin_left: 56.7,
        margin_right: 56.7,
        body_top: 85.0,
        body_bottom: 785.0,
    };

    pub fn body_width(&self) -> f32 {
        self.width - self.margin_left - self.margin_right
    }
}

/// What a page holds.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Text {
        x: f32,
        y: f32,
        text: String,
        size: f32,
        bold: bool,
    },
    /// A horizontal or vertical rule.
    Line {
        x1: f32,
        y1: f32,
        x2: f32,
        y2: f32,
        width: f32,
    },
    /// A light background behind a table's header row.
    Shade {
        x: f32,
        y: f32,
        width: f32,
        height: f32,
    },
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    pub items: Vec<Item>,
}

/// A place to come back to: the bookmarks and the table of contents.
#[derive(Debug, Clone, PartialEq)]
pub struct Anchor {
    pub title: String,
    /// 0 for a part, 1 for a section inside it, 2 below that.
    pub level: u8,
    /// 0-based page index.
    pub page: usize,
    /// Where the heading starts, from the top of the page.
    pub y: f32,
}

/// The content of the document, in order.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A title; level 0 starts a new page. `anchor` adds it to the contents and bookmarks.
    Heading {
        level: u8,
        text: String,
        anchor: bool,
    },
    Paragraph {
        text: String,
        size: f32,
        bold: bool,
    },
    /// A label and its value side by side; the value wraps under itself.
    Field {
        label: String,
        value: String,
    },
    Table {
        columns: Vec<Column>,
        rows: Vec<Vec<String>>,
    },
    /// Blocks kept on one page: when they do not fit in what remains of the page but fit on a
    /// fresh one, they start on a new page; longer ones flow across pages as any blocks do. A
    /// heading just before the group goes with it.
    Keep(Vec<Block>),
    Spacer(f32),
    PageBreak,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub header: String,
    /// Share of the body width.
    pub share: f32,
}

pub const BODY_SIZE: f32 = 9.5;
const LINE: f32 = 1.32;
const LABEL_SHARE: f32 = 0.34;
const CELL_PAD: f32 = 3.0;

fn heading_size(level: u8) -> f32 {
    match level {
        0 => 17.0,
        1 => 13.0,
        _ => 11.0,
    }
}

/// Breaks text into lines no wider than `width`: at spaces, and inside a word only when the word
/// alone is too wide. Line breaks in the text are kept; an empty text gives no line.
pub fn wrap(text: &str, width: f32, size: f32, bold: bool, m: &impl Measure) -> Vec<String> {
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        let paragraph = paragraph.trim_end_matches('\r');
        let mut line = String::new();
        for word in paragraph.split(' ').filter(|w| !w.is_empty()) {
            let candidate = if line.is_empty() { word.to_string() } else { format!("{line} {word}") };
            if m.width(&candidate, size, bold) <= width {
                line = candidate;
                continue;
            }
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            if m.width(word, size, bold) <= width {
                line = word.to_string();
                continue;
            }
            // A word wider than the line (a long link, a reference): cut it where it must be.
            for ch in word.chars() {
                let mut next = line.clone();
                next.push(ch);
                if m.width(&next, size, bold) > width && !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    line.push(ch);
                } else {
                    line = next;
                }
            }
        }
        lines.push(line);
    }
    while lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
    }
    lines
}

/// Lays blocks out on pages. Returns the pages and the anchors met on the way.
pub fn paginate(blocks: &[Block], geometry: PageGeometry, m: &impl Measure) -> (Vec<Page>, Vec<Anchor>) {
    let mut p = Paginator {
        g: geometry,
        pages: vec![Page::default()],
        y: geometry.body_top,
        anchors: Vec::new(),
        trial: false,
    };
    p.blocks(blocks, m);
    (p.pages, p.anchors)
}

struct Paginator {
    g: PageGeometry,
    pages: Vec<Page>,
    y: f32,
    anchors: Vec<Anchor>,
    /// Set on the trial pages that measure a group (see `fits`): there, groups are laid out as
    /// they come, without measuring again.
    trial: bool,
}

impl Paginator {
    fn page(&mut self) -> &mut Page {
        self.pages.last_mut().expect("there is always a page")
    }

    fn page_is_empty(&self) -> bool {
        self.pages.last().is_none_or(|p| p.items.is_empty())
    }

    fn new_page(&mut self) {
        self.pages.push(Page::default());
        self.y = self.g.body_top;
    }

    /// Lays `blocks` out from the current position.
    fn blocks(&mut self, blocks: &[Block], m: &impl Measure) {
        let mut i = 0;
        while i < blocks.len() {
            // A group kept whole takes the heading just before it along: a heading is not left
            // alone at the bottom of a page when what it introduces moves to the next.
            let unit = match (&blocks[i], blocks.get(i + 1)) {
                (Block::Heading { .. }, Some(Block::Keep(_))) => &blocks[i..i + 2],
                _ => &blocks[i..i + 1],
            };
            if matches!(unit.last(), Some(Block::Keep(_))) {
                self.keep_together(unit, m);
            }
            for (j, block) in unit.iter().enumerate() {
                self.block(block, blocks.get(i + j + 1), m);
            }
            i += unit.len();
        }
    }

    /// Lays one block out; `next` is the block that follows it, which a heading keeps with it.
    fn block(&mut self, block: &Block, next: Option<&Block>, m: &impl Measure) {
        match block {
            Block::Heading { level, text, anchor } => {
                let size = heading_size(*level);
                if *level == 0 && !self.page_is_empty() {
                    self.new_page();
                }
                let lines = wrap(text, self.g.body_width(), size, true, m);
                let height = lines.len() as f32 * size * LINE + size * 0.6;
                // Keep a heading with what follows it: its own lines and a few of the next block.
                let following = next.map_or(0.0, |next| self.first_lines_height(next, m));
                if self.y + height + following > self.g.body_bottom && !self.page_is_empty() {
                    self.new_page();
                }
                if *anchor {
                    self.anchors.push(Anchor {
                        title: text.clone(),
                        level: *level,
                        page: self.pages.len() - 1,
                        y: self.y,
                    });
                }
                self.y += size * 0.4;
                for line in lines {
                    self.text_line(self.g.margin_left, line, size, true);
                }
                self.y += size * 0.2;
            }
            Block::Paragraph { text, size, bold } => {
                for line in wrap(text, self.g.body_width(), *size, *bold, m) {
                    self.ensure(size * LINE);
                    self.text_line(self.g.margin_left, line, *size, *bold);
                }
                self.y += size * 0.4;
            }
            Block::Field { label, value } => self.field(label, value, m),
            Block::Table { columns, rows } => self.table(columns, rows, m),
            Block::Keep(group) => self.blocks(group, m),
            Block::Spacer(height) => {
                if self.y + height <= self.g.body_bottom {
                    self.y += height;
                }
            }
            Block::PageBreak => {
                if !self.page_is_empty() {
                    self.new_page();
                }
            }
        }
    }

    /// Starts `unit` (a group, with its heading) on a new page when it does not fit in what
    /// remains of this one but fits on a fresh one. A unit longer than a page stays where it is
    /// and flows across pages.
    fn keep_together(&mut self, unit: &[Block], m: &impl Measure) {
        if self.trial || self.page_is_empty() {
            return;
        }
        if !self.fits(unit, false, m) && self.fits(unit, true, m) {
            self.new_page();
        }
    }

    /// Whether `blocks` stay on one page, laid out from the current position or, with `fresh`,
    /// from the top of a new page. Measured by laying them out on trial pages, with the very
    /// rules that will set them, so that the answer cannot differ from what is then done.
    fn fits(&self, blocks: &[Block], fresh: bool, m: &impl Measure) -> bool {
        // From here, the trial starts on a copy of this page: a page that holds something already.
        let (page, y) = if fresh {
            (Page::default(), self.g.body_top)
        } else {
            (self.pages.last().cloned().unwrap_or_default(), self.y)
        };
        let mut trial = Paginator { g: self.g, pages: vec![page], y, anchors: Vec::new(), trial: true };
        trial.blocks(blocks, m);
        trial.pages.len() == 1
    }

    /// Moves to a new page unless `height` still fits on this one.
    fn ensure(&mut self, height: f32) {
        if self.y + height > self.g.body_bottom && !self.page_is_empty() {
            self.new_page();
        }
    }

    /// Sets one line of text at the current height, then moves down a line.
    fn text_line(&mut self, x: f32, text: String, size: f32, bold: bool) {
        let baseline = self.y + size;
        if !text.is_empty() {
            self.page().items.push(Item::Text { x, y: baseline, text, size, bold });
        }
        self.y += size * LINE;
    }

    /// The height of the first few lines of a block: what a heading must keep with it.
    fn first_lines_height(&self, block: &Block, m: &impl Measure) -> f32 {
        let body = BODY_SIZE * LINE;
        match block {
            Block::Paragraph { text, size, bold } => {
                wrap(text, self.g.body_width(), *size, *bold, m).len().min(2) as f32 * size * LINE
            }
            Block::Field { .. } => body * 2.0,
            Block::Table { .. } => body * 3.0 + CELL_PAD * 4.0,
            Block::Heading { level, .. } => heading_size(*level) * LINE * 2.0,
            Block::Keep(group) => group.first().map_or(0.0, |first| self.first_lines_height(first, m)),
            _ => 0.0,
        }
    }

    fn field(&mut self, label: &str, value: &str, m: &impl Measure) {
        let label_width = self.g.body_width() * LABEL_SHARE;
        let value_x = self.g.margin_left + label_width;
        let value_width = self.g.body_width() - label_width;
        let label_lines = wrap(label, label_width - 8.0, BODY_SIZE, true, m);
        let value_lines = wrap(value, value_width, BODY_SIZE, false, m);
        let rows = label_lines.len().max(value_lines.len()).max(1);
        let line = BODY_SIZE * LINE;
        // A short field stays whole; a long one keeps its label with the first lines of value.
        let together = if rows <= 8 { rows } else { label_lines.len().max(2) };
        self.ensure(line * together as f32);
        for i in 0..rows {
            self.ensure(line);
            let (y, x) = (self.y, self.g.margin_left);
            if let Some(text) = label_lines.get(i) {
                self.page().items.push(Item::Text {
                    x,
                    y: y + BODY_SIZE,
                    text: text.clone(),
                    size: BODY_SIZE,
                    bold: true,
                });
            }
            if let Some(text) = value_lines.get(i).filter(|t| !t.is_empty()) {
                self.page().items.push(Item::Text {
                    x: value_x,
                    y: y + BODY_SIZE,
                    text: text.clone(),
                    size: BODY_SIZE,
                    bold: false,
                });
            }
            self.y += line;
        }
        self.y += BODY_SIZE * 0.25;
    }

    fn table(&mut self, columns: &[Column], rows: &[Vec<String>], m: &impl Measure) {
        let total: f32 = columns.iter().map(|c| c.share).sum::<f32>().max(f32::EPSILON);
        let widths: Vec<f32> = columns.iter().map(|c| self.g.body_width() * c.share / total).collect();
        let xs: Vec<f32> = widths
            .iter()
            .scan(self.g.margin_left, |x, w| {
                let at = *x;
                *x += w;
                Some(at)
            })
            .collect();
        let line = BODY_SIZE * LINE;
        let cell_lines = |cells: &[String], bold: bool| -> Vec<Vec<String>> {
            widths
                .iter()
                .enumerate()
                .map(|(i, w)| {
                    wrap(cells.get(i).map(String::as_str).unwrap_or(""), w - 2.0 * CELL_PAD, BODY_SIZE, bold, m)
                })
                .collect()
        };
        let header_cells: Vec<String> = columns.iter().map(|c| c.header.clone()).collect();
        let header = cell_lines(&header_cells, true);
        let header_height = header.iter().map(Vec::len).max().unwrap_or(1).max(1) as f32 * line + 2.0 * CELL_PAD;
        let mut header_on_page = false;
        let page_holds =
            ((self.g.body_bottom - self.g.body_top - header_height - 2.0 * CELL_PAD) / line).floor().max(1.0) as usize;
        for row in rows {
            let mut cells = cell_lines(row, false);
            loop {
                let row_lines = cells.iter().map(Vec::len).max().unwrap_or(1).max(1);
                let head = if header_on_page { 0.0 } else { header_height };
                let mut room = ((self.g.body_bottom - self.y - head - 2.0 * CELL_PAD) / line).floor().max(0.0) as usize;
                if self.page_is_empty() {
                    room = room.max(1);
                }
                // A row that fits on a fresh page moves there whole; the header goes with it.
                if row_lines > room && (row_lines <= page_holds || room == 0) && !self.page_is_empty() {
                    self.new_page();
                    header_on_page = false;
                    continue;
                }
                if !header_on_page {
                    self.table_row(&xs, &widths, &header, header_height, true);
                    header_on_page = true;
                }
                if row_lines <= room {
                    self.table_row(&xs, &widths, &cells, row_lines as f32 * line + 2.0 * CELL_PAD, false);
                    break;
                }
                // A row taller than a page: what fits here, the rest on the next pages.
                let now: Vec<Vec<String>> = cells.iter().map(|c| c.iter().take(room).cloned().collect()).collect();
                let rest: Vec<Vec<String>> = cells.iter().map(|c| c.iter().skip(room).cloned().collect()).collect();
                self.table_row(&xs, &widths, &now, room as f32 * line + 2.0 * CELL_PAD, false);
                cells = rest;
                self.new_page();
                header_on_page = false;
            }
        }
        self.y += BODY_SIZE * 0.6;
    }

    fn table_row(&mut self, xs: &[f32], widths: &[f32], cells: &[Vec<String>], height: f32, header: bool) {
        let top = self.y;
        let left = self.g.margin_left;
        let right = left + widths.iter().sum::<f32>();
        if header {
            self.page().items.push(Item::Shade { x: left, y: top, width: right - left, height });
        }
        for (i, lines) in cells.iter().enumerate() {
            for (j, text) in lines.iter().enumerate().filter(|(_, t)| !t.is_empty()) {
                self.page().items.push(Item::Text {
                    x: xs[i] + CELL_PAD,
                    y: top + CELL_PAD + j as f32 * BODY_SIZE * LINE + BODY_SIZE,
                    text: text.clone(),
                    size: BODY_SIZE,
                    bold: header,
                });
            }
        }
        let bottom = top + height;
        self.page().items.push(Item::Line { x1: left, y1: bottom, x2: right, y2: bottom, width: 0.4 });
        if header {
            self.page().items.push(Item::Line { x1: left, y1: top, x2: right, y2: top, width: 0.6 });
        }
        self.y = bottom;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every character 0.5 em wide, bold ones 0.6 em: easy to reason about.
    struct Mono;

    impl Measure for Mono {
        fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
            text.chars().count() as f32 * size * if bold { 0.6 } else { 0.5 }
        }
    }

    fn texts(page: &Page) -> Vec<&str> {
        page.items
            .iter()
            .filter_map(|i| match i {
                Item::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn wrapping_fills_lines_and_keeps_line_breaks() {
        // 10 pt: 5 pt a character, so 50 pt hold 10 characters.
        assert_eq!(wrap("aaa bbb ccc ddd", 50.0, 10.0, false, &Mono), ["aaa bbb", "ccc ddd"]);
        assert_eq!(wrap("one\ntwo three", 50.0, 10.0, false, &Mono), ["one", "two three"]);
        assert!(wrap("", 50.0, 10.0, false, &Mono).is_empty());
        for line in wrap("a b c d e f g h i j k l m n o p", 50.0, 10.0, false, &Mono) {
            assert!(Mono.width(&line, 10.0, false) <= 50.0, "{line}");
        }
    }

    #[test]
    fn very_long_words_are_cut_and_nothing_is_lost() {
        let url = "https://example.org/a/very/long/path/that/does/not/fit";
        let lines = wrap(url, 50.0, 10.0, false, &Mono);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| Mono.width(l, 10.0, false) <= 50.0));
        assert_eq!(lines.concat(), url);
    }

    #[test]
    fn paragraphs_flow_onto_new_pages_without_leaving_the_body() {
        let text = "word ".repeat(3000);
        let (pages, _) = paginate(&[Block::Paragraph { text, size: BODY_SIZE, bold: false }], PageGeometry::A4, &Mono);
        assert!(pages.len() > 1);
        let g = PageGeometry::A4;
        for page in &pages {
            for item in &page.items {
                if let Item::Text { x, y, text, size, .. } = item {
                    assert!(*y > g.body_top && *y <= g.body_bottom + 0.01, "y {y}");
                    assert!(x + Mono.width(text, *size, false) <= g.width - g.margin_right + 0.01);
                }
            }
        }
    }

    #[test]
    fn lines_never_overlap() {
        let blocks = vec![
            Block::Heading { level: 0, text: "Part".into(), anchor: true },
            Block::Field { label: "A label long enough to wrap over two lines".into(), value: "value ".repeat(60) },
            Block::Paragraph { text: "para ".repeat(200), size: BODY_SIZE, bold: false },
        ];
        let (pages, _) = paginate(&blocks, PageGeometry::A4, &Mono);
        for page in &pages {
            let mut spans: Vec<(f32, f32, f32, f32)> = page
                .items
                .iter()
                .filter_map(|i| match i {
                    Item::Text { x, y, text, size, bold } => {
                        Some((*x, x + Mono.width(text, *size, *bold), y - size, *y))
                    }
                    _ => None,
                })
                .collect();
            spans.sort_by(|a, b| a.2.total_cmp(&b.2));
            for (i, a) in spans.iter().enumerate() {
                for b in &spans[i + 1..] {
                    let overlap_x = a.0 < b.1 - 0.01 && b.0 < a.1 - 0.01;
                    let overlap_y = a.2 < b.3 - 0.01 && b.2 < a.3 - 0.01;
                    assert!(!(overlap_x && overlap_y), "{a:?} overlaps {b:?}");
                }
            }
        }
    }

    #[test]
    fn long_tables_split_and_repeat_their_header() {
        let columns =
            vec![Column { header: "Country".into(), share: 1.0 }, Column { header: "Recipient".into(), share: 2.0 }];
        let rows: Vec<Vec<String>> = (0..200).map(|i| vec![format!("C{i}"), format!("Recipient {i}")]).collect();
        let (pages, _) = paginate(&[Block::Table { columns, rows }], PageGeometry::A4, &Mono);
        assert!(pages.len() > 2);
        for page in &pages {
            let t = texts(page);
            assert_eq!(t[0], "Country", "each page starts with the header row");
            assert_eq!(t[1], "Recipient");
        }
        let all: Vec<&str> = pages.iter().flat_map(texts).filter(|t| t.starts_with('C') && *t != "Country").collect();
        assert_eq!(all.len(), 200, "every row once");
    }

    #[test]
    fn a_row_taller_than_a_page_continues_on_the_next() {
        let columns = vec![Column { header: "Item".into(), share: 1.0 }, Column { header: "Text".into(), share: 1.0 }];
        let rows = vec![vec!["big".into(), (0..300).map(|i| format!("line{i}")).collect::<Vec<_>>().join("\n")]];
        let (pages, _) = paginate(&[Block::Table { columns, rows }], PageGeometry::A4, &Mono);
        assert!(pages.len() >= 2);
        let lines: Vec<&str> = pages.iter().flat_map(texts).filter(|t| t.starts_with("line")).collect();
        assert_eq!(lines.len(), 300);
        assert_eq!(lines[299], "line299");
    }

    #[test]
    fn headings_start_parts_on_new_pages_and_are_anchored() {
        let blocks = vec![
            Block::Paragraph { text: "cover".into(), size: BODY_SIZE, bold: false },
            Block::Heading { level: 0, text: "Controller record".into(), anchor: true },
            Block::Heading { level: 1, text: "Payroll".into(), anchor: true },
            Block::Field { label: "Purposes".into(), value: "Paying staff".into() },
        ];
        let (pages, anchors) = paginate(&blocks, PageGeometry::A4, &Mono);
        assert_eq!(pages.len(), 2);
        assert!(anchors[0].y < anchors[1].y);
        assert_eq!(
            anchors,
            [
                Anchor { title: "Controller record".into(), level: 0, page: 1, y: anchors[0].y },
                Anchor { title: "Payroll".into(), level: 1, page: 1, y: anchors[1].y }
            ]
        );
    }

    /// The index of the page that shows `text`.
    fn page_of(pages: &[Page], text: &str) -> usize {
        pages.iter().position(|p| texts(p).contains(&text)).unwrap_or_else(|| panic!("{text:?} is on no page"))
    }

    /// A paragraph of `lines` short lines: 50 of them leave room for about five more.
    fn filler(lines: usize) -> Block {
        Block::Paragraph { text: vec!["filler"; lines].join("\n"), size: BODY_SIZE, bold: false }
    }

    /// A section of `fields` one-line fields under a heading, kept on one page when it fits.
    fn section(title: &str, fields: usize) -> Block {
        let mut blocks = vec![Block::Heading { level: 1, text: title.into(), anchor: true }];
        blocks.extend((1..=fields).map(|i| Block::Field { label: format!("{title} {i}"), value: "value".into() }));
        Block::Keep(blocks)
    }

    #[test]
    fn a_group_that_fits_on_a_page_moves_to_the_next_whole_rather_than_split() {
        // Room for a heading and a field or two at the bottom of the first page, not for ten.
        let (pages, anchors) = paginate(&[filler(50), section("Payroll", 10)], PageGeometry::A4, &Mono);
        assert_eq!(pages.len(), 2);
        assert_eq!(page_of(&pages, "Payroll"), 1, "the heading goes with its group");
        for i in 1..=10 {
            assert_eq!(page_of(&pages, &format!("Payroll {i}")), 1);
        }
        assert_eq!(anchors[0].page, 1, "a heading inside a group is anchored where it lands");
        // What fits where it is stays there.
        let (pages, _) = paginate(&[filler(30), section("Payroll", 10)], PageGeometry::A4, &Mono);
        assert_eq!(pages.len(), 1);
    }

    #[test]
    fn a_group_longer_than_a_page_flows_on_from_where_it_starts() {
        let (pages, _) = paginate(&[filler(40), section("Big", 100)], PageGeometry::A4, &Mono);
        assert_eq!(page_of(&pages, "Big"), 0, "no page is left blank for a group that cannot fit on one");
        assert_eq!(page_of(&pages, "Big 1"), 0);
        assert!(page_of(&pages, "Big 100") >= 2);
        // Groups inside a long one are still kept whole.
        let inner = |t: &str| section(t, 10);
        let outer = Block::Keep((0..8).map(|i| inner(&format!("Part{i}"))).collect());
        let (pages, _) = paginate(&[outer], PageGeometry::A4, &Mono);
        assert!(pages.len() > 1);
        for i in 0..8 {
            let title = format!("Part{i}");
            assert_eq!(page_of(&pages, &title), page_of(&pages, &format!("{title} 10")), "{title} split");
        }
    }

    #[test]
    fn a_heading_just_before_a_group_goes_with_it() {
        let blocks =
            vec![filler(48), Block::Heading { level: 1, text: "Part".into(), anchor: true }, section("Sub", 8)];
        let (pages, _) = paginate(&blocks, PageGeometry::A4, &Mono);
        assert_eq!(page_of(&pages, "Part"), 1);
        assert_eq!(page_of(&pages, "Sub 8"), 1);
    }

    #[test]
    fn a_heading_is_not_left_alone_at_the_bottom_of_a_page() {
        let filler = Block::Paragraph { text: "x ".repeat(2000), size: BODY_SIZE, bold: false };
        let blocks = vec![
            filler,
            Block::Heading { level: 1, text: "Alone?".into(), anchor: true },
            Block::Paragraph { text: "following text ".repeat(20), size: BODY_SIZE, bold: false },
        ];
        let (pages, anchors) = paginate(&blocks, PageGeometry::A4, &Mono);
        let page = anchors[0].page;
        let t = texts(&pages[page]);
        let at = t.iter().position(|x| *x == "Alone?").unwrap();
        assert!(t.len() > at + 1 && t[at + 1].starts_with("following"), "the heading keeps its text with it");
    }
}
