//! Small text helpers shared by matching and lookups.

/// Lower case, accents removed, curly apostrophes straightened, inner white space folded: for
/// tolerant matching of names and labels.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.trim().chars().flat_map(char::to_lowercase) {
        let base = match ch {
            'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
            'ç' => 'c',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ñ' => 'n',
            'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ý' | 'ÿ' => 'y',
            '\u{2019}' | '\u{2018}' => '\'',
            c if c.is_whitespace() => ' ',
            c => c,
        };
        if base == ' ' && out.ends_with(' ') {
            continue;
        }
        out.push(base);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn fold_ignores_case_accents_and_spacing() {
        assert_eq!(super::fold("  Écrans   d’accueil "), "ecrans d'accueil");
    }
}
