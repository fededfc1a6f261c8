//! Small text helpers shared by matching and lookups.

/// Lower case, accents removed, curly apostrophes straightened, inner white space folded: for
/// tolerant matching of names and labels.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.trim().chars() {
        let base = if ch.is_ascii() {
            // The common case, without the tables below.
            if ch.is_ascii_whitespace() {
                ' '
            } else {
                ch.to_ascii_lowercase()
            }
        } else {
            match ch {
                'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'À' | 'Á' | 'Â' | 'Ã' | 'Ä' | 'Å' => 'a',
                'ç' | 'Ç' => 'c',
                'è' | 'é' | 'ê' | 'ë' | 'È' | 'É' | 'Ê' | 'Ë' => 'e',
                'ì' | 'í' | 'î' | 'ï' | 'Ì' | 'Í' | 'Î' | 'Ï' => 'i',
                'ñ' | 'Ñ' => 'n',
                'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'Ò' | 'Ó' | 'Ô' | 'Õ' | 'Ö' => 'o',
                'ù' | 'ú' | 'û' | 'ü' | 'Ù' | 'Ú' | 'Û' | 'Ü' => 'u',
                'ý' | 'ÿ' | 'Ý' | 'Ÿ' => 'y',
                '\u{2019}' | '\u{2018}' => '\'',
                c if c.is_whitespace() => ' ',
                c => {
                    out.extend(c.to_lowercase());
                    continue;
                }
            }
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
        assert_eq!(super::fold(" Data\tProtection  Officer "), "data protection officer");
    }
}
