//! One tone placement for the syllable-final clusters *oa*, *oe*, *uy*.
//!
//! Old style ("hòa", "thủy", "ủy") puts the mark on the first vowel, new
//! style ("hoà", "thuỷ", "uỷ") on the second. Both occur, often in the same
//! article; vngov reads everything in old style, the style most of the press
//! uses. Only open syllables differ, and `qu` is a consonant ("quý" stays).

use super::Piece;

/// The plain form and the tone index (0..5) of a toned second vowel
/// (`'à'` → `('a', 0)`).
pub(super) fn second(c: char) -> Option<(char, usize)> {
    Some(match c {
        'à' => ('a', 0),
        'á' => ('a', 1),
        'ả' => ('a', 2),
        'ã' => ('a', 3),
        'ạ' => ('a', 4),
        'À' => ('A', 0),
        'Á' => ('A', 1),
        'Ả' => ('A', 2),
        'Ã' => ('A', 3),
        'Ạ' => ('A', 4),
        'è' => ('e', 0),
        'é' => ('e', 1),
        'ẻ' => ('e', 2),
        'ẽ' => ('e', 3),
        'ẹ' => ('e', 4),
        'È' => ('E', 0),
        'É' => ('E', 1),
        'Ẻ' => ('E', 2),
        'Ẽ' => ('E', 3),
        'Ẹ' => ('E', 4),
        'ỳ' => ('y', 0),
        'ý' => ('y', 1),
        'ỷ' => ('y', 2),
        'ỹ' => ('y', 3),
        'ỵ' => ('y', 4),
        'Ỳ' => ('Y', 0),
        'Ý' => ('Y', 1),
        'Ỷ' => ('Y', 2),
        'Ỹ' => ('Y', 3),
        'Ỵ' => ('Y', 4),
        _ => return None,
    })
}

const O_TONED: [char; 5] = ['ò', 'ó', 'ỏ', 'õ', 'ọ'];
const O_UPPER_TONED: [char; 5] = ['Ò', 'Ó', 'Ỏ', 'Õ', 'Ọ'];
const U_TONED: [char; 5] = ['ù', 'ú', 'ủ', 'ũ', 'ụ'];
const U_UPPER_TONED: [char; 5] = ['Ù', 'Ú', 'Ủ', 'Ũ', 'Ụ'];

fn toned_first(first: char, tone: usize) -> Option<char> {
    Some(match first {
        'o' => O_TONED[tone],
        'O' => O_UPPER_TONED[tone],
        'u' => U_TONED[tone],
        'U' => U_UPPER_TONED[tone],
        _ => return None,
    })
}

/// The old-style spelling of the pair `first`, `second` when it is a
/// new-style final cluster: `('o', 'à')` → `('ò', 'a')`.
fn swap(before: Option<char>, first: char, second: char) -> Option<(char, char)> {
    if matches!(before, Some('q' | 'Q')) {
        return None;
    }
    let (plain, tone) = self::second(second)?;
    let ok = match first.to_ascii_lowercase() {
        'o' => matches!(plain.to_ascii_lowercase(), 'a' | 'e'),
        'u' => plain.eq_ignore_ascii_case(&'y'),
        _ => false,
    };
    if !ok {
        return None;
    }
    Some((toned_first(first, tone)?, plain))
}

/// Whether [`canonicalize`] rewrites the pair `first`, `second` at the end
/// of a word, `before` the char before `first` in its chunk (`None` when
/// `first` starts it).
pub(super) fn moves(before: Option<char>, first: char, second: char) -> bool {
    !before.is_some_and(is_vowel) && swap(before, first, second).is_some()
}

/// Rewrites new-style clusters at word ends in place; the pair takes the
/// original range of both chars. `pieces` is a run of text between two
/// whitespace characters (or the ends of the text), possibly holding spaces
/// of its own.
pub(super) fn canonicalize(pieces: &mut [Piece]) {
    let n = pieces.len();
    for k in 1..n {
        // Cheapest test first: the first vowel of the pair is o or u.
        if !matches!(pieces[k - 1].ch, 'o' | 'O' | 'u' | 'U') {
            continue;
        }
        let at_word_end = pieces.get(k + 1).is_none_or(|p| !p.is_alphanumeric());
        if !at_word_end {
            continue;
        }
        let before = if k >= 2 { Some(pieces[k - 2].ch) } else { None };
        if !moves(before, pieces[k - 1].ch, pieces[k].ch) {
            continue;
        }
        if let Some((a, b)) = swap(before, pieces[k - 1].ch, pieces[k].ch) {
            let (start, end) = (pieces[k - 1].start, pieces[k].end);
            pieces[k - 1] = Piece::new(a, start, end);
            pieces[k] = Piece::new(b, start, end);
        }
    }
}

fn is_vowel(c: char) -> bool {
    matches!(
        super::fold_char(c),
        'a' | 'ă'
            | 'â'
            | 'e'
            | 'ê'
            | 'i'
            | 'o'
            | 'ô'
            | 'ơ'
            | 'u'
            | 'ư'
            | 'y'
            | 'à'..='ã'
            | 'è'..='é'
            | 'ì'..='í'
            | 'ò'..='õ'
            | 'ù'..='ú'
            | 'ý'
            | 'ĩ'
            | 'ũ'
            | '\u{1EA1}'..='\u{1EF9}'
    )
}

#[cfg(test)]
mod tests {
    use super::super::normalize_str;

    #[test]
    fn vowels_are_the_vowels_of_vietnamese() {
        const VOWELS: &str =
            "aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ";
        for c in (0..=0x1FFFu32).filter_map(char::from_u32) {
            let expected = VOWELS.contains(crate::normalize::fold_char(c));
            assert_eq!(super::is_vowel(c), expected, "{c:?}");
        }
    }

    #[test]
    fn every_new_style_form_becomes_old_style() {
        let pairs = [
            ("hoà", "hòa"),
            ("hoá", "hóa"),
            ("hoả", "hỏa"),
            ("hoã", "hõa"),
            ("hoạ", "họa"),
            ("khoẻ", "khỏe"),
            ("loè", "lòe"),
            ("thuỷ", "thủy"),
            ("uỷ", "ủy"),
            ("tuỳ", "tùy"),
            ("THUỶ", "THỦY"),
            ("HOÀ", "HÒA"),
            ("Uỷ", "Ủy"),
        ];
        for (new, old) in pairs {
            assert_eq!(normalize_str(new), old, "{new}");
        }
    }

    #[test]
    fn leaves_qu_closed_syllables_and_other_clusters() {
        for s in [
            "quý", "quả", "hoàn", "khuya", "ngoài", "thuyết", "của", "mía", "thuế",
        ] {
            assert_eq!(normalize_str(s), s);
        }
    }
}
