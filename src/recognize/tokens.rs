//! Tokens and lexicon hits over the normalized text.

use unicode_segmentation::UnicodeSegmentation;

use crate::lexicon::{Class, Lexicon, Term};
use crate::normalize::Normalized;

/// A word, number or punctuation mark of the normalized text: 8 bytes,
/// its two offsets of 32 bits, the kind in the top bits of the second
/// (normalized texts are under [`MAX_TEXT`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    /// Start of the byte range in the normalized text.
    lo: u32,
    /// End of the byte range, below [`KIND_SHIFT`], and the kind above.
    hi: u32,
}

/// Where a token's kind starts in [`Token::hi`].
const KIND_SHIFT: u32 = 30;

/// Normalized texts are shorter than this (1 GiB), so that a token's end
/// leaves two bits for its kind: the extractor cuts longer ones.
pub(crate) const MAX_TEXT: usize = 1 << KIND_SHIFT;

impl Token {
    /// The token of kind `kind` at `start..end` of the normalized text.
    #[inline]
    pub fn new(start: usize, end: usize, kind: TokenKind) -> Token {
        debug_assert!(start <= end && end < MAX_TEXT, "{start}..{end}");
        Token {
            lo: start as u32,
            hi: end as u32 | (kind as u32) << KIND_SHIFT,
        }
    }

    /// Start of the byte range in the normalized text.
    #[inline(always)]
    pub fn start(&self) -> usize {
        self.lo as usize
    }

    /// End of the byte range in the normalized text.
    #[inline(always)]
    pub fn end(&self) -> usize {
        (self.hi & ((1 << KIND_SHIFT) - 1)) as usize
    }

    /// What the token is.
    #[inline(always)]
    pub fn kind(&self) -> TokenKind {
        match self.hi >> KIND_SHIFT {
            0 => TokenKind::Word,
            1 => TokenKind::Number,
            2 => TokenKind::Punct,
            _ => TokenKind::Newline,
        }
    }
}

/// Kinds of [`Token`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u8)]
pub(crate) enum TokenKind {
    /// Letters (maybe with digits, apostrophes or inner dots).
    Word,
    /// Digits only (maybe with inner dots or commas).
    Number,
    /// One punctuation mark.
    Punct,
    /// A line break: a paragraph or caption boundary.
    Newline,
}

/// A lexicon term found at a run of tokens.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Hit {
    /// One past the last token.
    pub last: usize,
    /// The term.
    pub term: &'static Term,
}

/// One article, tokenized, with its lexicon hits.
pub(crate) struct Doc<'a> {
    /// The normalized text and its map.
    pub norm: &'a Normalized,
    /// Tokens in text order.
    pub tokens: Vec<Token>,
    /// Lexicon hits in text order, not overlapping, on token boundaries.
    pub hits: Vec<Hit>,
    /// Which tokens a hit starts at: the index of the hit at a token.
    hit_at: HitStarts,
    /// The lexicon the hits come from, for phrases looked up whole.
    pub lexicon: &'a Lexicon,
}

impl<'a> Doc<'a> {
    /// Tokenizes `norm` and finds the lexicon's terms in it. The list of
    /// words the normalizer left (`norm.words`) is taken and freed once
    /// read, so that a long document's later lists can have its memory.
    pub fn new(norm: &'a mut Normalized, lexicon: &'a Lexicon) -> Doc<'a> {
        let words = std::mem::take(&mut norm.words);
        let norm = &*norm;
        let text = norm.text.as_str();
        let tokens = tokenize(text, &words);
        drop(words);
        // room for the hits of most articles (about one token in ten
        // starts one), so that the list seldom grows
        let mut hits = Vec::with_capacity(tokens.len() / 8 + 8);
        let mut hit_at = HitStarts::new(tokens.len());
        let mut add = |first: usize, last: usize, term: &'static Term| {
            hit_at.mark(first);
            hits.push(Hit {
                last: last + 1,
                term,
            });
        };
        // Terms begin where tokens begin: the lexicon is looked up at each
        // token, and a term found is taken whole (no term begins inside
        // it), as is one written in the wrong case, which is passed over.
        // Only the words a term begins with are asked for at every token
        // (a small table); the words after them, as far as a walk goes.
        let folded = norm.folded.as_str();
        let ranges = |k: usize| {
            tokens[k.min(tokens.len())..]
                .iter()
                .map(|t| (t.start(), t.end()))
        };
        let mut first = 0;
        while let Some(t) = tokens.get(first) {
            let Some(word) = lexicon.first_word(folded, t.start(), t.end()) else {
                first += 1;
                continue;
            };
            let Some((taken, pattern)) =
                lexicon.longest_from_word(folded, (t.start(), t.end(), word), ranges(first + 1))
            else {
                first += 1;
                continue;
            };
            let last = first + taken - 1;
            let (start, end) = (tokens[first].start(), tokens[last].end());
            let Some(term) = term_at(text, lexicon, pattern, start, end) else {
                first = last + 1;
                continue;
            };
            if !lower_case_ministry(term, &text[start..end]) {
                add(first, last, term);
                first = last + 1;
                continue;
            }
            // "cán bộ Công an tỉnh": "bộ" is a word of its own, what follows
            // it may be a term ("Công an tỉnh")
            if let Some((again, pattern)) = lexicon
                .longest_at_token(folded, ranges(first + 1))
                .map(|(taken, p)| (first + taken, p))
                && let Some(term) = term_at(
                    text,
                    lexicon,
                    pattern,
                    tokens[first + 1].start(),
                    tokens[again].end(),
                )
            {
                add(first + 1, again, term);
                first = again.max(last) + 1;
                continue;
            }
            first = last + 1;
        }
        hit_at.count();
        Doc {
            norm,
            tokens,
            hits,
            hit_at,
            lexicon,
        }
    }

    /// The normalized text of a token.
    #[inline]
    pub fn text(&self, i: usize) -> &str {
        let t = &self.tokens[i];
        &self.norm.text[t.start()..t.end()]
    }

    /// The folded (lower-case) text of a token.
    #[inline]
    pub fn folded(&self, i: usize) -> &str {
        let t = &self.tokens[i];
        &self.norm.folded[t.start()..t.end()]
    }

    /// The folded text of the token `back` places before token `i`; empty
    /// when there is none.
    #[inline]
    pub fn folded_before(&self, i: usize, back: usize) -> &str {
        i.checked_sub(back)
            .filter(|&k| k < self.tokens.len())
            .map_or("", |k| self.folded(k))
    }

    /// Whether tokens `k` and `k + 1` are "đối với" ("to", "towards"): the
    /// words that end a body's name and a signed object's.
    #[inline]
    pub fn doi_voi_at(&self, k: usize) -> bool {
        k + 1 < self.tokens.len() && self.folded(k) == "đối" && self.folded(k + 1) == "với"
    }

    /// The normalized text from token `a` to token `b` (exclusive).
    #[inline]
    pub fn slice(&self, a: usize, b: usize) -> &str {
        if a >= b || b > self.tokens.len() {
            return "";
        }
        &self.norm.text[self.tokens[a].start()..self.tokens[b - 1].end()]
    }

    /// The folded text from token `a` to token `b` (exclusive).
    #[inline]
    pub fn folded_slice(&self, a: usize, b: usize) -> &str {
        if a >= b || b > self.tokens.len() {
            return "";
        }
        &self.norm.folded[self.tokens[a].start()..self.tokens[b - 1].end()]
    }

    /// The hit starting at token `i`.
    #[inline]
    pub fn hit(&self, i: usize) -> Option<&Hit> {
        self.hit_at.index(i).and_then(|h| self.hits.get(h))
    }
}

/// The tokens hits start at, one bit a token, with the number of hits
/// before each block of 64 tokens: the index of the hit at a token is
/// that number plus the bits set before the token's in its block. A
/// look-up reads one block, and the whole takes a thirty-second of a list
/// with an index for each token (which, for a long document, is memory
/// to be fetched and first touched).
#[derive(Debug, Default)]
struct HitStarts {
    /// Block `i / 64`: bit `i % 64` set when a hit starts at token `i`,
    /// and the number of bits set in the blocks before it.
    blocks: Vec<(u64, u32)>,
}

impl HitStarts {
    /// No hit on any of `tokens` tokens.
    fn new(tokens: usize) -> HitStarts {
        HitStarts {
            blocks: vec![(0, 0); tokens.div_ceil(64)],
        }
    }

    /// Notes that a hit starts at token `i`: the hits are marked in
    /// increasing order of their first token, as they are listed.
    fn mark(&mut self, i: usize) {
        if let Some((bits, _)) = self.blocks.get_mut(i / 64) {
            *bits |= 1 << (i % 64);
        }
    }

    /// Counts the hits before each block, once every hit is marked.
    fn count(&mut self) {
        let mut n = 0;
        for (bits, before) in &mut self.blocks {
            *before = n;
            n += bits.count_ones();
        }
    }

    /// The index of the hit starting at token `i`, if any.
    #[inline]
    fn index(&self, i: usize) -> Option<usize> {
        let (bits, before) = *self.blocks.get(i / 64)?;
        let bit = 1u64 << (i % 64);
        (bits & bit != 0).then(|| before as usize + (bits & (bit - 1)).count_ones() as usize)
    }
}

/// Splits `text` into tokens at Unicode word boundaries (UAX #29, as
/// `unicode_segmentation`'s `split_word_bound_indices` finds them), dropping
/// whitespace and keeping one [`TokenKind::Newline`] per run of line breaks.
///
/// `words` are ranges known to be one word each (see
/// [`Normalized::words`]): each is bounded by spaces, line breaks or the
/// text's ends, where a word boundary always falls, so they are taken whole
/// and only the text between them is split.
fn tokenize(text: &str, words: &[(u32, u32)]) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(text.len() / 4);
    let mut from = 0;
    for &(start, end) in words {
        let (start, end) = (start as usize, end as usize);
        if start < from || end <= start || end > text.len() {
            continue;
        }
        match text.as_bytes().get(from..start) {
            Some(b" ") => {}
            // the final mark of a word ("tỉnh, "): a token of its own, as no
            // word boundary rule joins an ASCII mark but '_' to what comes
            // before it unless a letter or digit follows
            Some(&[mark, b' ']) if mark.is_ascii_punctuation() && mark != b'_' => {
                tokens.push(Token::new(from, from + 1, TokenKind::Punct));
            }
            _ => tokenize_range(text, from, start, &mut tokens),
        }
        let digits = text.as_bytes()[start..end].iter().all(u8::is_ascii_digit);
        let kind = if digits {
            TokenKind::Number
        } else {
            TokenKind::Word
        };
        tokens.push(Token::new(start, end, kind));
        from = end;
    }
    tokenize_range(text, from, text.len(), &mut tokens);
    tokens
}

/// [`tokenize`] of `text[from..to]`, which starts and ends at word
/// boundaries, appended to `tokens`.
///
/// Line feeds always end a word, so each line is split on its own: by hand
/// when it holds only ASCII and Latin or Vietnamese letters (nearly every
/// line of an article), else by `unicode_segmentation`.
fn tokenize_range(text: &str, from: usize, to: usize, tokens: &mut Vec<Token>) {
    let bytes = &text.as_bytes()[..to];
    let mut line = from;
    while line <= to {
        let lf = bytes[line..]
            .iter()
            .position(|&b| b == b'\n')
            .map(|p| line + p);
        let end = lf.unwrap_or(to);
        // "\r\n" is one segment.
        let content_end = if lf.is_some() && end > line && bytes[end - 1] == b'\r' {
            end - 1
        } else {
            end
        };
        let mark = tokens.len();
        if !split_simple_line(text, line, content_end, tokens) {
            tokens.truncate(mark);
            split_line(text, line, content_end, tokens);
        }
        let Some(lf) = lf else { break };
        push(tokens, Token::new(content_end, lf + 1, TokenKind::Newline));
        line = lf + 1;
    }
}

/// Appends `token`, unless it is a line break right after another.
fn push(tokens: &mut Vec<Token>, token: Token) {
    if token.kind() == TokenKind::Newline
        && tokens
            .last()
            .is_some_and(|t: &Token| t.kind() == TokenKind::Newline)
    {
        return;
    }
    tokens.push(token);
}

/// The kind of a `unicode_segmentation` word segment; `None` for spaces.
fn segment_kind(w: &str) -> Option<TokenKind> {
    let first = w.chars().next().unwrap_or(' ');
    Some(if w.contains('\n') {
        TokenKind::Newline
    } else if first.is_whitespace() {
        return None;
    } else if w.chars().any(char::is_alphabetic) {
        TokenKind::Word
    } else if w.chars().any(|c| c.is_ascii_digit()) {
        TokenKind::Number
    } else {
        TokenKind::Punct
    })
}

/// `text[start..end]` (no line feed) split by `unicode_segmentation`.
fn split_line(text: &str, start: usize, end: usize, tokens: &mut Vec<Token>) {
    for (i, w) in text[start..end].split_word_bound_indices() {
        let Some(kind) = segment_kind(w) else {
            continue;
        };
        push(tokens, Token::new(start + i, start + i + w.len(), kind));
    }
}

/// Word-break classes of the characters [`split_simple_line`] handles.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Wb {
    /// ALetter: ASCII, Latin-1 and Vietnamese letters.
    Letter,
    /// Numeric: ASCII digits.
    Digit,
    /// ExtendNumLet: '_'.
    Connector,
    /// MidLetter: ':'.
    MidLetter,
    /// MidNumLet and Single_Quote: '.', '\''.
    MidNumLet,
    /// MidNum: ',', ';'.
    MidNum,
    /// WSegSpace: ' '.
    Space,
    /// Any other printable ASCII character, or a common symbol of class
    /// Other: a word of its own.
    Other,
}

/// [`wb`] of the ASCII chars, by table.
static WB_ASCII: [Option<Wb>; 128] = {
    let mut t = [None; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = wb_slow(b as u8 as char);
        b += 1;
    }
    t
};

/// The class of `c`, `None` outside the simple set.
#[inline]
fn wb(c: char) -> Option<Wb> {
    match WB_ASCII.get(c as usize) {
        Some(&class) => class,
        None => wb_slow(c),
    }
}

/// [`wb`] by cases.
const fn wb_slow(c: char) -> Option<Wb> {
    Some(match c {
        'a'..='z' | 'A'..='Z' => Wb::Letter,
        '0'..='9' => Wb::Digit,
        '_' => Wb::Connector,
        ':' => Wb::MidLetter,
        '.' | '\'' => Wb::MidNumLet,
        ',' | ';' => Wb::MidNum,
        ' ' => Wb::Space,
        '!'..='~' => Wb::Other,
        '\u{C0}'..='\u{FF}' if c != '×' && c != '÷' => Wb::Letter,
        'Ă' | 'ă' | 'Đ' | 'đ' | 'Ĩ' | 'ĩ' | 'Ũ' | 'ũ' | 'Ơ' | 'ơ' | 'Ư' | 'ư' => {
            Wb::Letter
        }
        '\u{1EA0}'..='\u{1EF9}' => Wb::Letter,
        // Common symbols of the news whose class is Other.
        '…' | '×' | '÷' | '°' | '•' | '¹' | '²' | '³' | '§' | '±' | '€' | '£' => {
            Wb::Other
        }
        _ => return None,
    })
}

/// Splits `text[start..end]` (no line feed) by the word-boundary rules as
/// they apply to the simple set of [`wb`]; `false` when the line holds a
/// character outside it.
fn split_simple_line(text: &str, start: usize, end: usize, tokens: &mut Vec<Token>) -> bool {
    let line = &text[start..end];
    let mut chars = line.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let Some(class) = wb(c) else { return false };
        match class {
            Wb::Space => while chars.next_if(|&(_, c)| c == ' ').is_some() {},
            Wb::Letter | Wb::Digit | Wb::Connector => {
                let (mut letter, mut digit) = (class == Wb::Letter, class == Wb::Digit);
                let mut last = class;
                let mut word_end = i + c.len_utf8();
                while let Some(&(j, n)) = chars.peek() {
                    let Some(next) = wb(n) else { return false };
                    match next {
                        Wb::Letter | Wb::Digit | Wb::Connector => {
                            letter |= next == Wb::Letter;
                            digit |= next == Wb::Digit;
                            last = next;
                            word_end = j + n.len_utf8();
                            chars.next();
                        }
                        Wb::MidLetter | Wb::MidNumLet | Wb::MidNum => {
                            // Letter (MidLetter | MidNumLet) Letter and
                            // Digit (MidNum | MidNumLet) Digit hold together.
                            let after = line[j + n.len_utf8()..].chars().next();
                            let Some(after_class) = after.map(wb) else {
                                break;
                            };
                            let Some(after_class) = after_class else {
                                return false;
                            };
                            let joins = matches!(
                                (last, next, after_class),
                                (Wb::Letter, Wb::MidLetter | Wb::MidNumLet, Wb::Letter)
                                    | (Wb::Digit, Wb::MidNum | Wb::MidNumLet, Wb::Digit)
                            );
                            if !joins {
                                break;
                            }
                            chars.next();
                            let Some((k, a)) = chars.next() else { break };
                            letter |= after_class == Wb::Letter;
                            digit |= after_class == Wb::Digit;
                            last = after_class;
                            word_end = k + a.len_utf8();
                        }
                        _ => break,
                    }
                }
                let kind = if letter {
                    TokenKind::Word
                } else if digit {
                    TokenKind::Number
                } else {
                    TokenKind::Punct
                };
                tokens.push(Token::new(start + i, start + word_end, kind));
            }
            _ => tokens.push(Token::new(
                start + i,
                start + i + c.len_utf8(),
                TokenKind::Punct,
            )),
        }
    }
    true
}

/// The first term of lexicon pattern `pattern` that `text[start..end]`
/// is written as (case-sensitive terms only as written).
fn term_at(
    text: &str,
    lexicon: &Lexicon,
    pattern: usize,
    start: usize,
    end: usize,
) -> Option<&'static Term> {
    lexicon
        .terms(pattern)
        .find(|term| !term.case_sensitive || text.get(start..end) == Some(term.surface))
}

/// Whether a ministry ("Bộ …") is written with a lower-case "bộ": always a
/// word of its own then ("cán bộ Công an", "toàn bộ").
fn lower_case_ministry(term: &Term, written: &str) -> bool {
    matches!(term.class, Class::Body(_))
        && term.surface.starts_with("Bộ ")
        && !term.surface.starts_with("Bộ đội")
        && written.starts_with("bộ ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tokens as `split_word_bound_indices` over the whole text gives them.
    fn reference(text: &str) -> Vec<Token> {
        let mut tokens = Vec::new();
        for (i, w) in text.split_word_bound_indices() {
            let Some(kind) = segment_kind(w) else {
                continue;
            };
            push(&mut tokens, Token::new(i, i + w.len(), kind));
        }
        tokens
    }

    #[test]
    fn hand_split_lines_agree_with_unicode_segmentation() {
        let samples = [
            "",
            "\n",
            "\n\n \n",
            "a",
            "TP.HCM và PGS.TS Lê B, ngày 12/3/2024: 1.000,5 tỷ; 10:30 a:b a.1 1.a",
            "Nguyễn Văn A's x_y _ __ a_1 1_a a. .a a..b 1,,2 1;2 a;b a:1 1:2",
            "\"Đảng\" (Tỉnh ủy) - số 12/QĐ-UBND; 'a' a'b' ĂăĐđĨĩŨũƠơƯư × ÷ ß ÿ",
            "x\r\ny\r\r\n\n\r",
            "a\u{301}b \u{301} 中国 🇻🇳 …",
            "Ông A… 5 × 3 ÷ 2, 30°C, 12 m² • §2 ±1 10€ 5£ 1…2 a…b …\u{301} ²\u{301}",
            "Trung ương  Đảng.\nBộ Chính trị",
            "end.",
            "end:",
            "3.",
            "ông \u{301}bà 🇻🇳 🇻🇳 và 12 ab1 1a  cd\n\nef \r\ngh x\u{200B}y",
        ];
        for s in samples {
            assert_eq!(tokenize(s, &[]), reference(s), "{s:?}");
            let norm = crate::normalize::normalize(s);
            assert_eq!(
                tokenize(&norm.text, &norm.words),
                reference(&norm.text),
                "{s:?}"
            );
        }
        // Every short string over an alphabet of classes.
        let alphabet = [
            'a', 'Đ', '1', '_', ':', '.', '\'', ',', ';', ' ', '-', '\n', 'ệ', '\u{301}',
        ];
        let n = alphabet.len();
        for len in 1..=5u32 {
            for mut code in 0..n.pow(len) {
                let mut s = String::new();
                for _ in 0..len {
                    s.push(alphabet[code % n]);
                    code /= n;
                }
                assert_eq!(tokenize(&s, &[]), reference(&s), "{s:?}");
                let norm = crate::normalize::normalize(&s);
                assert_eq!(
                    tokenize(&norm.text, &norm.words),
                    reference(&norm.text),
                    "{s:?}"
                );
            }
        }
    }

    #[test]
    fn a_token_keeps_its_offsets_and_kind() {
        let kinds = [
            TokenKind::Word,
            TokenKind::Number,
            TokenKind::Punct,
            TokenKind::Newline,
        ];
        for kind in kinds {
            for (start, end) in [(0, 0), (3, 17), (MAX_TEXT - 2, MAX_TEXT - 1)] {
                let t = Token::new(start, end, kind);
                assert_eq!((t.start(), t.end(), t.kind()), (start, end, kind));
            }
        }
        assert_eq!(std::mem::size_of::<Token>(), 8);
    }

    proptest::proptest! {
        /// The index [`HitStarts`] gives a token is the number of marked
        /// tokens before it, for a marked token, and none for another.
        #[test]
        fn hit_starts_count_the_marks_before(
            marks in proptest::collection::vec(proptest::bool::weighted(0.2), 0..300)
        ) {
            let mut starts = HitStarts::new(marks.len());
            for (i, _) in marks.iter().enumerate().filter(|(_, m)| **m) {
                starts.mark(i);
            }
            starts.count();
            let mut before = 0;
            for (i, &marked) in marks.iter().enumerate() {
                proptest::prop_assert_eq!(starts.index(i), marked.then_some(before));
                before += usize::from(marked);
            }
            proptest::prop_assert_eq!(starts.index(marks.len() + 64), None);
        }
    }
}
