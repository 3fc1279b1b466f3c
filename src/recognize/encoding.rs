//! Detection of legacy 8-bit Vietnamese encodings read as Latin-1 (mojibake).
//!
//! Two font encodings still leak into old archives:
//!
//! * **TCVN3 / ABC** (".VnTime"): letters with marks live in bytes 0xA1–0xFE,
//!   so the text shows Latin-1 symbols glued to letters: "Uû ban nh©n d©n"
//!   (Ủy ban nhân dân), "§¶ng" (Đảng). Normalization turns « » into '"', so a
//!   quote between two letters ("c"ng" for "c«ng" = công) counts too.
//! * **VNI** ("VNI-Times"): a base letter followed by a Latin-1 letter for the
//!   mark: "Vieät Nam" (Việt Nam), "Ñaûng" (Đảng).
//!
//! Each word gets a score: one point per such sign. A run of nearby scored
//! words is reported when it scores at least 3, or at least 2 from TCVN3
//! symbols alone ("§¶ng"). Letters of French and German (é, ç, ë after a
//! consonant, ü in "für") mostly score nothing, and a lone "©" beside a year
//! or a name scores too little to be reported.

use crate::Span;
use crate::model::{Warning, WarningKind};

/// Latin-1 symbols that stand for Vietnamese letters in TCVN3 (without the
/// ones common in ordinary text: ° ± ² ³ ¹ · ¿ ¡ « »).
fn is_tcvn3_symbol(c: char) -> bool {
    matches!(
        c,
        '¢' | '£'
            | '¤'
            | '¥'
            | '¦'
            | '§'
            | '¨'
            | '©'
            | 'ª'
            | '¬'
            | '®'
            | '¯'
            | '´'
            | 'µ'
            | '¶'
            | '¸'
            | 'º'
            | '¼'
            | '½'
            | '¾'
    )
}

/// Latin-1 letters that VNI writes after a vowel for a mark, and that
/// Vietnamese in Unicode never has.
const fn is_vni_mark(c: char) -> bool {
    matches!(
        c,
        'ä' | 'å'
            | 'ë'
            | 'ï'
            | 'ö'
            | 'ø'
            | 'û'
            | 'ü'
            | 'Ä'
            | 'Å'
            | 'Ë'
            | 'Ï'
            | 'Ö'
            | 'Ø'
            | 'Û'
            | 'Ü'
    )
}

/// Latin-1 letters that VNI writes after a, e or o for a mark; in Unicode
/// Vietnamese they never follow those vowels.
const fn is_vni_after_aeo(c: char) -> bool {
    matches!(c, 'â' | 'ê' | 'õ' | 'ù' | 'ú' | 'Â' | 'Ê' | 'Õ' | 'Ù' | 'Ú')
}

/// Upper-case Latin-1 letters (À–Þ without ×).
const fn is_latin1_upper(c: char) -> bool {
    matches!(c, '\u{C0}'..='\u{DE}') && c != '×'
}

/// What [`may_be_sign`] asks of a char U+00C0–U+00FF, by its second UTF-8
/// byte (0x80–0xBF): bit 0 [`is_latin1_upper`], bit 1 [`is_vni_mark`],
/// bit 2 [`is_vni_after_aeo`], bit 3 'ñ' or 'Ñ'.
static C3_SIGNS: [u8; 64] = {
    let mut t = [0u8; 64];
    let mut k = 0;
    while k < 64 {
        if let Some(c) = char::from_u32(0xC0 + k as u32) {
            t[k] = (is_latin1_upper(c) as u8)
                | ((is_vni_mark(c) as u8) << 1)
                | ((is_vni_after_aeo(c) as u8) << 2)
                | ((matches!(c, 'ñ' | 'Ñ') as u8) << 3);
        }
        k += 1;
    }
    t
};

/// Scored words further apart than this many plain words start a new run.
const MAX_GAP: usize = 3;

#[derive(Clone, Copy, Default)]
struct Score {
    tcvn: usize,
    vni: usize,
}

impl Score {
    fn total(self) -> usize {
        self.tcvn + self.vni
    }
}

fn is_ascii_vowel(c: char) -> bool {
    matches!(c.to_ascii_lowercase(), 'a' | 'e' | 'i' | 'o' | 'u' | 'y')
}

/// The legacy-encoding signs in one whitespace-free word.
fn score_word(word: &str) -> Score {
    let chars: Vec<char> = word.chars().collect();
    let mut score = Score::default();
    // French "où" is the one common European word with such a pair.
    if !chars.iter().any(|c| c.is_ascii_alphabetic()) || matches!(word, "où" | "Où") {
        return score;
    }
    let is_sym = is_tcvn3_symbol;
    for (k, &c) in chars.iter().enumerate() {
        let prev = k.checked_sub(1).map(|p| chars[p]);
        let next = chars.get(k + 1).copied();
        let near_letter = prev.is_some_and(|x| x.is_alphabetic() || is_sym(x))
            || next.is_some_and(|x| x.is_alphabetic() || is_sym(x));
        let between_letters =
            prev.is_some_and(char::is_alphabetic) && next.is_some_and(char::is_alphabetic);
        // TCVN3: symbols glued to letters ("nh©n"), « » turned into quotes
        // ("c"ng"), and lower-case marked vowels as Latin-1 capitals ("tØnh").
        let tcvn = (is_sym(c) && near_letter)
            || (c == '"' && between_letters)
            || (is_latin1_upper(c) && prev.is_some_and(char::is_lowercase));
        // VNI: a mark letter after a vowel ("Vieät", "hoøa", "xaõ"), "Ñ" for Đ.
        let vni = (is_vni_mark(c) && prev.is_some_and(is_ascii_vowel))
            || (is_vni_after_aeo(c)
                && prev.is_some_and(|p| matches!(p, 'a' | 'e' | 'o' | 'A' | 'E' | 'O')))
            || (matches!(c, 'ñ' | 'Ñ') && k == 0 && next.is_some_and(is_ascii_vowel));
        if tcvn {
            score.tcvn += 1;
        } else if vni {
            score.vni += 1;
        }
    }
    score
}

/// A run of scored words being built.
struct Run {
    start: usize,
    end: usize,
    score: Score,
}

impl Run {
    /// Adds a scored word ending at `end` to the current run, or starts one.
    fn extend(run: &mut Option<Run>, start: usize, end: usize, score: Score) {
        match run.as_mut() {
            Some(r) => {
                r.end = end;
                r.score.tcvn += score.tcvn;
                r.score.vni += score.vni;
            }
            None => *run = Some(Run { start, end, score }),
        }
    }
}

fn report(run: &Run, out: &mut Vec<Warning>) {
    let total = run.score.total();
    if total >= 3 || (run.score.tcvn >= 2 && run.score.vni == 0) {
        let message = if run.score.tcvn >= run.score.vni {
            "text in the legacy TCVN3 (ABC) font encoding read as Latin-1; names and bodies here cannot be read"
        } else {
            "text in the legacy VNI font encoding read as Latin-1; names and bodies here cannot be read"
        };
        out.push(Warning {
            kind: WarningKind::LegacyEncoding,
            span: Span::new(run.start, run.end),
            message: message.into(),
        });
    }
}

/// Whether the char starting at byte `p` may be a sign `score_word` counts,
/// judged from its bytes and the byte before it: a superset of the signs, so
/// that only the few words holding one need scoring. Every sign is '"' or a
/// char in U+00A2–U+00FF, whose UTF-8 starts with 0xC2 or 0xC3.
fn may_be_sign(bytes: &[u8], p: usize) -> bool {
    let prev = p.checked_sub(1).and_then(|q| bytes.get(q)).copied();
    let next = bytes.get(p + 1).copied();
    // The last byte of a non-ASCII char is >= 0x80: it may be anything.
    let wide = |b: u8| b >= 0x80;
    match bytes.get(p) {
        Some(b'"') => {
            let letter = |b: Option<u8>| b.is_some_and(|b| b.is_ascii_alphabetic() || wide(b));
            letter(prev) && letter(next)
        }
        Some(0xC2) => next.is_some_and(|b| (0xA2..=0xBE).contains(&b)),
        Some(0xC3) => {
            let Some(&signs) = next
                .filter(|b| (0x80..=0xBF).contains(b))
                .and_then(|b| C3_SIGNS.get(usize::from(b - 0x80)))
            else {
                return false;
            };
            // Most such chars (à, á, â, é, ô, …) are no sign wherever they stand.
            if signs == 0 {
                return false;
            }
            let prev_is = |f: fn(u8) -> bool| prev.is_some_and(f);
            (signs & 1 != 0 && prev_is(|b| b.is_ascii_lowercase() || b >= 0x80))
                || (signs & 2 != 0 && prev_is(|b| is_ascii_vowel(char::from(b))))
                || (signs & 4 != 0
                    && prev_is(|b| matches!(b, b'a' | b'e' | b'o' | b'A' | b'E' | b'O')))
                || (signs & 8 != 0
                    && prev.is_none_or(|b| b.is_ascii_whitespace() || b == 0x0B || b >= 0x80))
        }
        _ => false,
    }
}

/// For eight bytes `w` of the text, `before` the eight bytes one place
/// earlier (each byte's predecessor; 0 for none) and `after` the eight one
/// place later (each byte's successor; 0 for none): bit 7 of each byte set
/// where [`may_be_sign`] may hold, a superset of the places where it does,
/// with no branch.
///
/// A sign starts with '"', 0xC2 or 0xC3. Every '"' and 0xC2 is marked (they
/// are rare in prose). A 0xC3 is marked only when the byte after it and the
/// one before leave a sign possible (as `may_be_sign` tests them): a
/// second byte below 0xA0 (the capitals À–Þ and ×, bit 5 clear), 0xB0 or
/// 0xB1 ('ñ'), or an ASCII vowel before it (any case; the test also lets
/// 'm' and 'q' through) but for à and á after any, â and ê after one not
/// a, e, o. So the lower-case letters of Vietnamese (à, á, â, ê, ô, …)
/// after a consonant or a space, and "oà", "iê", "uâ", the most of its
/// 0xC3 bytes, are no candidates, and most eight-byte words have none.
#[inline(always)]
fn sign_candidates(before: u64, w: u64, after: u64) -> u64 {
    use super::bytes::{eq_mask, has_byte};
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    const EVEN: u64 = 0xFEFE_FEFE_FEFE_FEFE;
    // `has_byte` marks every byte it looks for, and may mark a byte above
    // one: a superset, but for an even byte in even bytes, where it marks
    // those alone (the byte above a match would have to be 1 off it).
    // 0xC2 and 0xC3 are the bytes that `& 0xFE` turns into 0xC2; their bit
    // 0 (moved to bit 7) tells them apart
    let c2_or_c3 = has_byte(w & EVEN, 0xC2);
    let c3 = c2_or_c3 & (w << 7);
    let quote = has_byte(w, b'"');
    // second byte 0x80–0x9F (bit 5 clear): the capitals, `C3_SIGNS` bit 0,
    // and 'Ñ'
    let capital = !(after << 2);
    // 0xB0, 0xB1: 'ñ' ([`C3_SIGNS`] bit 3, whatever comes before)
    let enye = has_byte(after & EVEN, 0xB0);
    // a, e, i, m, q, u, y of either case (`& 0xC3` keeps the case bit 5
    // and bits 2, 3, 4 out), and 'o', 'O': the bytes before a VNI mark
    // (`C3_SIGNS` bits 1 and 2)
    let o = has_byte(before | 0x2020_2020_2020_2020, b'o');
    let vowel = has_byte(before & 0xC3C3_C3C3_C3C3_C3C3, 0x41) | o;
    // a, e, A, E (`| 0x24` leaves bits 2 and 5 out) and 'o', 'O': the
    // bytes before `C3_SIGNS` bit 2
    let aeo = has_byte(before | 0x2424_2424_2424_2424, 0x65) | o;
    // à, á (0xA0, 0xA1): no sign wherever they stand, and â, ê (0xA2,
    // 0xAA): one only after a, e or o (`C3_SIGNS` bit 2 alone); both
    // tests exact (an even byte in even bytes; `eq_mask`), as their
    // complements are taken
    let grave_acute = has_byte(after & EVEN, 0xA0);
    let circumflex = eq_mask(after & 0xF7F7_F7F7_F7F7_F7F7, 0xA2);
    let after_vowel = vowel & !grave_acute & !(circumflex & !aeo);
    (quote | (c2_or_c3 & !c3) | (c3 & (capital | enye | after_vowel))) & HIGHS
}

/// The first byte at or after `from` where [`may_be_sign`] holds.
///
/// The bytes are looked at sixteen at a time, as two words, each with the
/// words of the bytes before and after it, for the places
/// [`sign_candidates`] marks (a superset of those where `may_be_sign`
/// holds): one test for sixteen bytes, rarely taken. The few marked go to
/// `may_be_sign` in turn. The last bytes are looked at one by one. So the
/// first byte found is the first where `may_be_sign` holds.
fn next_sign(bytes: &[u8], from: usize) -> Option<usize> {
    use super::bytes::{flagged, word_at};
    // the byte before the sixteen looked at (0 for none)
    let mut last = from
        .checked_sub(1)
        .and_then(|q| bytes.get(q))
        .map_or(0, |&b| u64::from(b));
    let mut at = from;
    // sixteen bytes and the one after them
    while let Some(run) = bytes.get(at..at + 17) {
        let (lo, hi) = (word_at(run, 0), word_at(run, 8));
        let next = run.get(16).map_or(0, |&b| u64::from(b));
        let in_lo = sign_candidates((lo << 8) | last, lo, (lo >> 8) | (hi << 56));
        let in_hi = sign_candidates((hi << 8) | (lo >> 56), hi, (hi >> 8) | (next << 56));
        last = hi >> 56;
        if in_lo | in_hi != 0 {
            for (marked, base) in [(in_lo, at), (in_hi, at + 8)] {
                for k in flagged(marked) {
                    if may_be_sign(bytes, base + k) {
                        return Some(base + k);
                    }
                }
            }
        }
        at += 16;
    }
    (at..bytes.len()).find(|&p| may_be_sign(bytes, p))
}

/// Warnings about the input (spans in normalized bytes), one per run of text
/// in a legacy encoding.
///
/// Words are the whitespace-separated pieces of `text`; only those holding a
/// possible sign ([`may_be_sign`]) are scored, and the plain words between
/// two scored ones are counted only to see whether they break the run.
#[inline(never)]
pub(crate) fn warnings(text: &str) -> Vec<Warning> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut run: Option<Run> = None;
    // `lo` is where the next word can start at the earliest: the end of
    // the last word scored, so every byte is looked at a bounded number of times.
    let mut lo = 0usize;
    let mut p = 0usize;
    while p < bytes.len() {
        let Some(q) = next_sign(bytes, p) else {
            break;
        };
        p = q;
        let head = text.get(lo..p).unwrap_or("");
        let start = match head.char_indices().rev().find(|&(_, c)| c.is_whitespace()) {
            Some((i, c)) => lo + i + c.len_utf8(),
            None => lo,
        };
        let end = text
            .get(p..)
            .and_then(|tail| tail.find(char::is_whitespace))
            .map_or(text.len(), |i| p + i);
        lo = end;
        p = end;
        let score = text.get(start..end).map(score_word).unwrap_or_default();
        if score.total() == 0 {
            continue;
        }
        if let Some(r) = run.take() {
            let plain = text
                .get(r.end..start)
                .unwrap_or("")
                .split(char::is_whitespace)
                .filter(|w| !w.is_empty())
                .take(MAX_GAP + 1)
                .count();
            if plain > MAX_GAP {
                report(&r, &mut out);
            } else {
                run = Some(r);
            }
        }
        Run::extend(&mut run, start, end, score);
    }
    if let Some(r) = run.take() {
        report(&r, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The plain definition: every word scored.
    fn warnings_reference(text: &str) -> Vec<Warning> {
        let mut out = Vec::new();
        let mut run: Option<Run> = None;
        let mut gap = 0usize;
        let mut pos = 0usize;
        for word in text.split(char::is_whitespace) {
            let start = pos;
            pos += word.len()
                + text[start + word.len()..]
                    .chars()
                    .next()
                    .map_or(0, char::len_utf8);
            if word.is_empty() {
                continue;
            }
            let score = score_word(word);
            if score.total() == 0 {
                gap += 1;
                if gap > MAX_GAP {
                    if let Some(r) = run.take() {
                        report(&r, &mut out);
                    }
                }
                continue;
            }
            gap = 0;
            let end = start + word.len();
            Run::extend(&mut run, start, end, score);
        }
        if let Some(r) = run.take() {
            report(&r, &mut out);
        }
        out
    }

    fn same(text: &str) {
        let fast: Vec<_> = warnings(text)
            .iter()
            .map(|w| (w.span, w.message.clone()))
            .collect();
        let slow: Vec<_> = warnings_reference(text)
            .iter()
            .map(|w| (w.span, w.message.clone()))
            .collect();
        assert_eq!(fast, slow, "{text:?}");
    }

    #[test]
    fn the_next_sign_is_the_first_byte_that_may_be_one() {
        // every byte before and after each of the three bytes a sign starts
        // with, anywhere in the sixteen bytes looked at together or after them
        for at in [0, 1, 7, 8, 9, 15, 16, 17, 30, 31, 33, 34] {
            for c in [b'"', 0xC2, 0xC3, b'a'] {
                for around in 0..=255u8 {
                    for (before, after) in [
                        (around, 0xA2),
                        (around, 0xB1),
                        (around, 0x91),
                        (around, 0xA4),
                        (b'a', around),
                        (around, around),
                    ] {
                        let mut v = vec![b'h'; 35];
                        v[at] = c;
                        if at > 0 {
                            v[at - 1] = before;
                        }
                        if at + 1 < v.len() {
                            v[at + 1] = after;
                        }
                        for from in [0, at.saturating_sub(1), at, at + 1] {
                            let expected = (from..v.len()).find(|&p| may_be_sign(&v, p));
                            assert_eq!(next_sign(&v, from), expected, "{v:x?} from {from}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn sign_candidates_mark_every_place_that_may_be_a_sign() {
        // each byte that may start a sign (and others), between every two
        // bytes, in each place of the word; the word's other bytes are 'h'
        // (the byte before the first is 0 when there is none)
        for k in [0, 3, 7] {
            for x in 0..=255u8 {
                let starts = matches!(x, b'"' | 0xC2 | 0xC3);
                let plain = [b'h', 0x80, 0xA0, b'a'];
                for p in 0..=255u8 {
                    for n in 0..=255u8 {
                        if !starts && !plain.contains(&p) && !plain.contains(&n) {
                            continue;
                        }
                        let mut bytes = [b'h'; 10];
                        bytes[k] = p;
                        bytes[k + 1] = x;
                        bytes[k + 2] = n;
                        // the word is bytes 1..9
                        let word =
                            |at: usize| u64::from_le_bytes(bytes[at..at + 8].try_into().unwrap());
                        let marked = sign_candidates(word(0), word(1), word(2));
                        if may_be_sign(&bytes, k + 1) {
                            assert_ne!(
                                marked & (0x80 << (8 * k)),
                                0,
                                "{p:#x} {x:#x} {n:#x} at {k}"
                            );
                        }
                    }
                }
            }
        }
        // at the start of the text, no byte before
        for x in [b'"', 0xC2, 0xC3] {
            for n in 0..=255u8 {
                let bytes = [x, n, b'h', b'h', b'h', b'h', b'h', b'h', b'h'];
                let w = u64::from_le_bytes(bytes[..8].try_into().unwrap());
                let after = u64::from_le_bytes(bytes[1..].try_into().unwrap());
                if may_be_sign(&bytes, 0) {
                    assert_ne!(sign_candidates(w << 8, w, after) & 0x80, 0, "{x:#x} {n:#x}");
                }
            }
        }
        // and the common lower-case letters after a consonant or a space
        // are not marked
        let text = "tiến hành trên địa bàn các xã, thị trấn và phường, ông \
                    hoàn thành quân tiên yêu khuyên"
            .as_bytes();
        let word = |from: usize| u64::from_le_bytes(text[from..from + 8].try_into().unwrap());
        for at in 1..text.len() - 8 {
            assert_eq!(
                sign_candidates(word(at - 1), word(at), word(at + 1)),
                0,
                "{at}"
            );
        }
    }

    proptest! {
        /// `sign_candidates` relies on `has_byte` marking exactly the bytes
        /// it looks for in a word of even bytes, for an even byte.
        #[test]
        fn has_byte_is_exact_for_even_bytes(w in any::<u64>(), pick in any::<u8>()) {
            use super::super::bytes::{eq_mask, has_byte};
            let even = w & 0xFEFE_FEFE_FEFE_FEFE;
            // a byte of `w` or one of the two looked for
            let b = match pick % 4 {
                0 => 0xC2,
                1 => 0xB0,
                _ => (even >> (8 * (pick % 8))) as u8,
            };
            prop_assert_eq!(has_byte(even, b), eq_mask(even, b));
        }

        /// `next_sign` finds the first place where `may_be_sign` holds, in
        /// text made of the bytes around signs.
        #[test]
        fn next_sign_is_the_first_place_that_may_be_a_sign(
            picks in proptest::collection::vec(0..24usize, 0..80),
            from in 0..90usize,
        ) {
            const BYTES: [u8; 24] = [
                b'"', 0xC2, 0xC3, 0xC3, 0xC3, 0x80, 0x91, 0x9E, 0xA0, 0xA2, 0xA4, 0xAA,
                0xB0, 0xB1, 0xB4, 0xBC, b'a', b'o', b'u', b'm', b'h', b' ', b'O', 0x0B,
            ];
            let bytes: Vec<u8> = picks.iter().map(|&k| BYTES[k]).collect();
            let expected = (from..bytes.len()).find(|&p| may_be_sign(&bytes, p));
            prop_assert_eq!(next_sign(&bytes, from), expected);
        }
    }

    #[test]
    fn skipping_plain_words_changes_nothing() {
        for text in [
            "Uû ban nh©n d©n tØnh. Hôm nay trời đẹp, cán bộ và nhân dân trong tỉnh đều phấn khởi đón chào năm mới. Coäng hoøa xaõ hoäi",
            "c\"ng a b c c\"ng a b c d c\"ng",
            "ñaûng\u{a0}ñaûng\u{85}ñaûng x",
            "ĐÀ NẴNG tØnh ưÀ ưÀ ưÀ",
            "\"\"\" ©© a©b ©",
        ] {
            same(text);
        }
    }

    proptest! {
        #[test]
        fn skipping_plain_words_changes_nothing_anywhere(
            text in "[ \\t\u{a0}\u{85}\u{2003}aeoutnhgVĐư\"«»©§¶¢ØÞÀÂÊÕÙÚäåëïöøûüÄÅÖñÑàáâãèéêìíòóôõùúý.,]{0,60}"
        ) {
            same(&text);
        }
    }

    fn spans(text: &str) -> Vec<String> {
        let norm = crate::normalize::normalize_str(text);
        warnings(&norm)
            .iter()
            .map(|w| norm[w.span.start..w.span.end].to_string())
            .collect()
    }

    #[test]
    fn tcvn3_text_is_reported() {
        assert_eq!(spans("Uû ban nh©n d©n tØnh"), vec!["Uû ban nh©n d©n tØnh"]);
        assert_eq!(spans("§¶ng"), vec!["§¶ng"]);
        let text = "Tin mới. §¶ng bé tØnh tæ chøc héi nghÞ. Tin khác bằng chữ thường.";
        let found = spans(text);
        assert_eq!(found.len(), 1, "{found:?}");
        assert!(
            found[0].starts_with("§¶ng") && found[0].ends_with("nghÞ."),
            "{found:?}"
        );
    }

    #[test]
    fn vni_text_is_reported() {
        assert_eq!(spans("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam").len(), 1);
        assert_eq!(spans("Ñaûng boä tænh Haø Giang").len(), 1);
    }

    #[test]
    fn one_warning_per_run() {
        let text = "Uû ban nh©n d©n tØnh. Hôm nay trời đẹp, cán bộ và nhân dân trong tỉnh đều phấn khởi đón chào năm mới. Coäng hoøa xaõ hoäi";
        assert_eq!(spans(text).len(), 2);
    }

    #[test]
    fn ordinary_text_is_not_reported() {
        for text in [
            "Ủy ban nhân dân tỉnh Hà Giang tổ chức hội nghị tổng kết công tác Đảng năm 2024.",
            "Thượng tướng Nguyễn Văn Nam thăm Bộ Chỉ huy Quân sự tỉnh Quảng Ngãi, xuân Giáp Thìn.",
            "Le maître français a été sûr de fêter Noël à Besançon avec une naïve élégance.",
            "Die Bundesländer für Österreich und München würden größer.",
            "© 2024 Báo Quân đội nhân dân. Bản quyền thuộc về tòa soạn. ©Reuters",
            "Nhiệt độ 25°C, diện tích 30 m², tỷ lệ ±2%.",
            "Señor Peña visitó España y La Coruña.",
        ] {
            assert!(spans(text).is_empty(), "{text}: {:?}", spans(text));
        }
    }
}
