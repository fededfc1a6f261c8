//! The fonts the record is set in, shipped in the repository (`fonts/`, DejaVu Sans 2.37 from
//! Debian's fonts-dejavu-core, with its licence): they cover Latin with accents, Greek, Cyrillic,
//! the euro sign, curly quotes and dashes. Measured here with their own advance widths.

use ttf_parser::Face;

pub const REGULAR: &[u8] = include_bytes!("../../fonts/DejaVuSans.ttf");
pub const BOLD: &[u8] = include_bytes!("../../fonts/DejaVuSans-Bold.ttf");

/// Advance widths of the two faces, read once.
pub struct Metrics {
    regular: Widths,
    bold: Widths,
}

struct Widths {
    /// Advance of each character below U+0800, in font units; others are looked up.
    common: Vec<u16>,
    face: Face<'static>,
    units_per_em: f32,
}

impl Widths {
    fn new(bytes: &'static [u8]) -> Widths {
        let face = Face::parse(bytes, 0).expect("the shipped font parses");
        let units_per_em = f32::from(face.units_per_em());
        let common = (0u32..0x800).map(|c| char::from_u32(c).map_or(0, |ch| advance(&face, ch))).collect();
        Widths { common, face, units_per_em }
    }

    fn width(&self, text: &str, size: f32) -> f32 {
        let units: u32 = text
            .chars()
            .map(|ch| {
                let code = ch as usize;
                u32::from(if code < self.common.len() { self.common[code] } else { advance(&self.face, ch) })
            })
            .sum();
        units as f32 * size / self.units_per_em
    }
}

/// A character's advance; one the font lacks is measured as the font's replacement glyph.
fn advance(face: &Face<'_>, ch: char) -> u16 {
    let glyph = face.glyph_index(ch).unwrap_or(ttf_parser::GlyphId(0));
    face.glyph_hor_advance(glyph).unwrap_or(0)
}

/// `font` cut down to the glyphs of `chars` (and `.notdef`), with a Unicode cmap: what the PDF
/// embeds. A character the font lacks is left out and printed as `.notdef`.
pub fn subset(font: &[u8], chars: &std::collections::BTreeSet<char>) -> Result<Vec<u8>, String> {
    use allsorts::binary::read::ReadScope;
    use allsorts::font_data::FontData;
    use allsorts::subset::{subset, CmapTarget, SubsetProfile};
    let face = Face::parse(font, 0).map_err(|e| e.to_string())?;
    let mut ids: Vec<u16> =
        chars.iter().filter_map(|c| face.glyph_index(*c)).map(|g| g.0).filter(|g| *g != 0).collect();
    ids.sort_unstable();
    ids.dedup();
    ids.insert(0, 0);
    let scope = ReadScope::new(font);
    let data = scope.read::<FontData<'_>>().map_err(|e| e.to_string())?;
    let provider = data.table_provider(0).map_err(|e| e.to_string())?;
    subset(&provider, &ids, &SubsetProfile::Pdf, CmapTarget::Unicode).map_err(|e| e.to_string())
}

impl Metrics {
    pub fn new() -> Metrics {
        Metrics { regular: Widths::new(REGULAR), bold: Widths::new(BOLD) }
    }
}

impl Default for Metrics {
    fn default() -> Self {
        Metrics::new()
    }
}

impl super::layout::Measure for Metrics {
    fn width(&self, text: &str, size: f32, bold: bool) -> f32 {
        if bold {
            self.bold.width(text, size)
        } else {
            self.regular.width(text, size)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::layout::Measure;
    use super::*;

    #[test]
    fn widths_come_from_the_font() {
        let m = Metrics::new();
        let narrow = m.width("iiii", 10.0, false);
        let wide = m.width("WWWW", 10.0, false);
        assert!(wide > narrow * 2.0, "{narrow} {wide}");
        assert!(m.width("Bold", 10.0, true) > m.width("Bold", 10.0, false));
        assert!((m.width("ab", 20.0, false) - 2.0 * m.width("ab", 10.0, false)).abs() < 0.001);
        // Characters beyond the table are measured too.
        assert!(m.width("€ “ ” – Ω Ж", 10.0, false) > 0.0);
    }

    #[test]
    fn subsets_keep_only_the_characters_used() {
        let chars: std::collections::BTreeSet<char> = "Aé€Ж".chars().collect();
        let small = subset(REGULAR, &chars).unwrap();
        assert!(small.len() * 20 < REGULAR.len(), "{} bytes", small.len());
        let face = Face::parse(&small, 0).unwrap();
        for c in chars {
            assert!(face.glyph_index(c).is_some(), "{c} kept");
        }
        assert!(face.glyph_index('Z').is_none());
    }
}
