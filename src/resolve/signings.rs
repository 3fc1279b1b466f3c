//! Signing events: a signing verb ("ký", "ký kết") in a sentence, with the
//! officials who sign, the bodies bound ("giữa A với B"), the date and what
//! was signed.

use crate::Span;
use crate::model::{
    DateMention, DocumentRef, Official, Organization, Precision, SignedKind, SignedObject, Signing,
    SigningStatus,
};
use crate::normalize::fold_key_push;
use crate::recognize::{Doc, TokenKind};
use std::collections::HashSet;

/// Words before "ký" that make it another word ("đăng ký", "thư ký", "chữ ký").
const NOT_SIGNING_BEFORE: &[&str] = &["đăng", "thư", "chữ", "nhật", "bút", "phiên", "tốc"];
/// Words after "ký" that make it another word or another act ("ký ức", "ký sổ tang").
const NOT_SIGNING_AFTER: &[&str] = &[
    "ức", "túc", "hiệu", "giả", "sự", "sổ", "tặng", "tên", "nhận", "quỹ", "họa",
];
/// Words before the verb that make the signing a plan, not an act.
const PLANNED: &[&str] = &[
    "sẽ", "dự", "tiến", "đề", "chuẩn", "mong", "hướng", "cần", "nếu", "định", "để", "nhằm", "chưa",
    "khi",
];
/// Words that end the object phrase.
const OBJECT_END: &[&str] = &[
    "giữa", "với", "tại", "vào", "nhằm", "để", "trong", "trước", "sau", "lúc", "ngày", "và", "của",
];

/// Words just before a date that give it to another act of the sentence
/// ("giấy chứng nhận cấp ngày …", "luật có hiệu lực từ ngày …").
const OTHER_ACT_BEFORE_DATE: &[&str] = &[
    "cấp",
    "ban hành",
    "thông qua",
    "hiệu lực",
    "từ",
    "đến",
    "tới",
    "sinh",
    "thành lập",
];

/// Whether the date at `start` (normalized bytes) is told as another act's
/// ("cấp ngày 15/5/2015"), so it is not the signing's date.
fn date_of_other_act(folded: &str, start: usize) -> bool {
    let head = folded.get(..start).unwrap_or("").trim_end();
    let head = head
        .strip_suffix("ngày")
        .filter(|h| h.is_empty() || h.ends_with(' '))
        .map_or(head, str::trim_end);
    let head = head.strip_suffix("vào").map_or(head, str::trim_end);
    OTHER_ACT_BEFORE_DATE.iter().any(|w| {
        head.strip_suffix(w)
            .is_some_and(|h| h.is_empty() || h.ends_with([' ', ',', '(']))
    })
}

/// How many tokens around a signing verb are read as its sentence.
const WINDOW: usize = 120;

/// How many earlier events a signing is compared with to merge retellings.
const RECENT: usize = 16;

/// Items of one kind sorted by where they are mentioned, to find those of a
/// sentence by binary search.
struct ByPosition(Vec<(Span, usize)>);

impl ByPosition {
    /// The `count` items of `spans`, sorted (a list allocated once, and
    /// sorted in place: two entries that compare equal are the same).
    fn new<'a>(count: usize, spans: impl Iterator<Item = (&'a Span, usize)>) -> ByPosition {
        let mut v: Vec<(Span, usize)> = Vec::with_capacity(count);
        v.extend(spans.map(|(s, i)| (*s, i)));
        v.sort_unstable();
        ByPosition(v)
    }

    /// Items mentioned inside `start..end`, in text order.
    fn within(&self, start: usize, end: usize) -> impl Iterator<Item = (Span, usize)> + '_ {
        let from = self.0.partition_point(|(s, _)| s.start < start);
        self.0[from..]
            .iter()
            .take_while(move |(s, _)| s.start < end)
            .filter(move |(s, _)| s.end <= end)
            .copied()
    }
}

/// Finds signing events (spans in normalized bytes).
pub(crate) fn resolve(
    doc: &Doc<'_>,
    officials: &[Official],
    orgs: &[Organization],
    dates: &[DateMention],
    documents: &[DocumentRef],
) -> Vec<Signing> {
    let mut out: Vec<Signing> = Vec::new();
    // beside each signing of `out`, the sets of its long lists
    let mut members: Vec<Members> = Vec::new();
    // most articles sign nothing: the tables below are built only for one
    // that has a signing verb
    let Some(first_verb) = next_verb(doc, 0) else {
        return out;
    };
    let official_at = ByPosition::new(
        officials.iter().map(|o| o.mentions.len()).sum(),
        officials
            .iter()
            .enumerate()
            .flat_map(|(i, o)| o.mentions.iter().map(move |m| (m, i))),
    );
    let org_at = ByPosition::new(
        orgs.iter().map(|o| o.mentions.len()).sum(),
        orgs.iter()
            .enumerate()
            .flat_map(|(i, o)| o.mentions.iter().map(move |m| (m, i))),
    );
    let date_at = ByPosition::new(
        dates.len(),
        dates.iter().enumerate().map(|(i, d)| (&d.span, i)),
    );
    let document_at = ByPosition::new(
        documents.len(),
        documents.iter().enumerate().map(|(i, d)| (&d.span, i)),
    );
    // the names of the bodies, made when first asked for
    let mut org_names: Option<std::collections::HashSet<&str>> = None;
    // the event's date is the first day the article tells, and only for a
    // signing told after it: a day first written after the signing belongs
    // to what followed ("ngày 24/10, đoàn thăm …")
    let event_date = dates.iter().find(|d| d.precision == Precision::Day);
    let n = doc.tokens.len();
    let ends_sentence = |j: usize| {
        let t = doc.tokens[j];
        t.kind() == TokenKind::Newline
            || (t.kind() == TokenKind::Punct && matches!(doc.text(j), "." | "!" | "?" | "|" | ";"))
    };
    let mut k = 0;
    let mut pending = Some(first_verb);
    while let Some(verb) = pending.take().or_else(|| next_verb(doc, k)) {
        k = verb;
        let prev = if k > 0 && !ends_sentence(k - 1) {
            doc.folded(k - 1)
        } else {
            ""
        };
        let next = if k + 1 < n { doc.folded(k + 1) } else { "" };
        if NOT_SIGNING_BEFORE.contains(&prev) || NOT_SIGNING_AFTER.contains(&next) {
            k += 1;
            continue;
        }
        // a sentence is read at most WINDOW tokens either side of the verb,
        // so that work per verb is bounded whatever the input
        let sentence_start = (k.saturating_sub(WINDOW)..k)
            .rev()
            .find(|&j| ends_sentence(j))
            .map_or(k.saturating_sub(WINDOW), |j| j + 1);
        let sentence_end = (k..n.min(k + WINDOW))
            .find(|&j| ends_sentence(j))
            .unwrap_or(n.min(k + WINDOW));
        let s_start = doc.tokens[sentence_start].start();
        let s_end = doc.tokens[sentence_end.saturating_sub(1).max(sentence_start)].end();
        let verb = doc.tokens[k].start();
        // a plan word in the clause before the verb ("tiến tới đàm phán và ký kết")
        let clause_start = (sentence_start..k)
            .rev()
            .find(|&j| doc.tokens[j].kind() == TokenKind::Punct && doc.text(j) == ",")
            .map_or(sentence_start, |j| j + 1);
        let planned =
            (clause_start.max(k.saturating_sub(8))..k).any(|j| PLANNED.contains(&doc.folded(j)));
        // the object: after "ký" [kết] until a stop word or punctuation
        let mut o = k + 1;
        if o < sentence_end && matches!(doc.folded(o), "kết") {
            o += 1;
        }
        if o + 1 < sentence_end && doc.folded(o) == "ban" && doc.folded(o + 1) == "hành" {
            o += 2;
        }
        while o < sentence_end
            && (doc.tokens[o].kind() == TokenKind::Number
                || matches!(doc.folded(o), "các" | "những" | "hai" | "ba" | "bốn"))
        {
            o += 1;
        }
        let object_start = o;
        while o < sentence_end && o - object_start < 10 {
            let tok = doc.tokens[o];
            let w = doc.folded(o);
            // "… đối với Đại tá A": "to", the object ends before it
            let doi_voi = doc.doi_voi_at(o);
            if tok.kind() == TokenKind::Punct && doc.text(o) != "/" && doc.text(o) != "-"
                || OBJECT_END.contains(&w)
                || doi_voi
            {
                break;
            }
            o += 1;
        }
        let object_text = doc.slice(object_start, o).to_lowercase();
        let object_span = if o > object_start {
            Span::new(doc.tokens[object_start].start(), doc.tokens[o - 1].end())
        } else {
            Span::new(verb, verb)
        };
        let document_ref = document_at
            .within(object_span.start, object_span.end)
            .next()
            .filter(|_| !object_span.is_empty())
            .map(|(_, i)| documents[i].clone());
        // Who signs: officials named before the verb, but not the subject of
        // a passive ("A được Thủ tướng ký quyết định …": only after "được")
        // nor the witnesses ("dưới sự chứng kiến của A và B, …").
        let passive = (sentence_start..k)
            .rev()
            .find(|&j| matches!(doc.folded(j), "được" | "bị"))
            .map_or(s_start, |j| doc.tokens[j].end());
        let witnesses = (sentence_start..k)
            .find(|&j| {
                doc.folded(j) == "chứng"
                    && doc.tokens.get(j + 1).is_some()
                    && doc.folded(j + 1) == "kiến"
            })
            .map(|j| {
                let end = (j..k)
                    .find(|&e| doc.tokens[e].kind() == TokenKind::Punct && doc.text(e) == ",")
                    .map_or(verb, |e| doc.tokens[e].start());
                Span::new(doc.tokens[j].start(), end)
            });
        let mut signatories: Vec<String> = Vec::new();
        for (m, i) in official_at.within(passive.max(s_start), verb) {
            let name = &officials[i].name;
            if !witnesses.is_some_and(|w| w.contains(m)) && !signatories.contains(name) {
                signatories.push(name.clone());
            }
        }
        // "ông A có trách nhiệm …; thay mặt Ban Thường vụ ký văn bản …": a
        // clause after ';' that names nobody before its verb goes on with
        // the subject of the clauses before it, the first official they name
        let on_behalf = sentence_start + 1 < k
            && doc.folded(sentence_start) == "thay"
            && doc.folded(sentence_start + 1) == "mặt";
        let after_semicolon = sentence_start > 0 && doc.text(sentence_start - 1) == ";";
        if signatories.is_empty()
            && after_semicolon
            && (on_behalf || org_at.within(s_start, verb).next().is_none())
        {
            let from = k.saturating_sub(WINDOW);
            let clauses_start = (from..sentence_start - 1)
                .rev()
                .find(|&j| ends_sentence(j) && doc.text(j) != ";")
                .map_or(from, |j| j + 1);
            let before = doc.tokens[sentence_start - 1].start();
            if let Some((_, i)) = official_at
                .within(doc.tokens[clauses_start].start(), before)
                .next()
            {
                signatories.push(officials[i].name.clone());
            }
        }
        let between = (sentence_start..sentence_end)
            .find(|&j| doc.folded(j) == "giữa")
            .map(|j| doc.tokens[j].start());
        let Some(kind) = kind_of(&object_text) else {
            k += 1;
            continue;
        };
        // the bodies mentioned in the sentence from byte `from` (or before the
        // verb), in text order, without one contained in another
        let bodies_in = |from: usize, before: usize| -> Vec<String> {
            outermost(
                org_at
                    .within(from.max(s_start), before)
                    .map(|(_, i)| orgs[i].name.as_str()),
            )
        };
        let parties = match between {
            Some(from) => bodies_in(from, s_end),
            // "A, Chủ tịch UBND tỉnh X và B, Thứ trưởng Bộ Y ký thỏa thuận":
            // each signatory signs for the body of their last post
            None if !signatories.is_empty() && kind != SignedKind::LegalDocument => {
                let org_names =
                    org_names.get_or_insert_with(|| orgs.iter().map(|o| o.name.as_str()).collect());
                let mut names: Vec<String> = Vec::new();
                for off in officials.iter().filter(|o| signatories.contains(&o.name)) {
                    let body = off
                        .positions
                        .iter()
                        .rev()
                        .find_map(|p| p.organization.as_ref());
                    if let Some(b) = body.filter(|b| org_names.contains(b.name.as_str())) {
                        if !names.contains(&b.name) {
                            names.push(b.name.clone());
                        }
                    }
                }
                names
            }
            // the bodies named before the verb sign ("UBND tỉnh X đã ký kết …");
            // a leader signing a legal document signs for the body named with
            // them ("Chủ tịch Ủy ban nhân dân tỉnh … ký Quyết định")
            None => bodies_in(passive.max(s_start), verb),
        };
        // a ceremony's date is the event's; a legal document's only its own
        let date = date_at
            .within(s_start, s_end)
            .map(|(_, i)| &dates[i])
            .find(|d| {
                d.precision == Precision::Day && !date_of_other_act(&doc.norm.folded, d.span.start)
            })
            .map(|d| d.value)
            .or(match event_date {
                Some(d) if kind != SignedKind::LegalDocument && d.span.start < verb => {
                    Some(d.value)
                }
                _ => None,
            });

        let document = Some(SignedObject {
            kind,
            text: object_text,
        });
        let signing = Signing {
            signatories,
            parties,
            date,
            document,
            document_ref,
            status: if planned {
                SigningStatus::Planned
            } else {
                SigningStatus::Done
            },
            span: Span::new(s_start, s_end),
        };
        // the same act is told again within an article (body and caption);
        // looking back a bounded number of events keeps this linear
        let recent = out.len().saturating_sub(RECENT);
        match out[recent..]
            .iter_mut()
            .zip(&mut members[recent..])
            .find(|(s, m)| same_act(s, m, &signing))
        {
            Some((earlier, m)) => merge(earlier, m, signing),
            None => {
                members.push(Members::of(&signing));
                out.push(signing);
            }
        }
        k = sentence_end;
    }
    out
}

/// The first token from token `k` on that is the word "ký" or "kí" ("to
/// sign"): each "ký" or "kí" of the folded text ([`next_ky`]) is checked
/// to be a token of its own.
fn next_verb(doc: &Doc, k: usize) -> Option<usize> {
    let folded = doc.norm.folded.as_bytes();
    let mut from = doc.tokens.get(k)?.start();
    loop {
        let p = next_ky(folded, from)?;
        let t = doc.tokens.partition_point(|t| t.start() < p);
        if doc.tokens.get(t).is_some_and(|tok| {
            tok.start() == p && tok.end() == p + 3 && tok.kind() == TokenKind::Word
        }) {
            return Some(t);
        }
        from = p + 1;
    }
}

/// Whether "ký" or "kí" starts at `p` of `bytes` ("ý" is C3 BD, "í" C3 AD).
fn is_ky(bytes: &[u8], p: usize) -> bool {
    bytes.get(p) == Some(&b'k') && matches!(bytes.get(p + 1..p + 3), Some([0xC3, 0xBD | 0xAD]))
}

/// The first place at or after `from` where "ký" or "kí" starts in
/// `bytes`: thirty-two bytes at a time, one test for a 'k' in the four
/// words of eight (most hold none), then each 'k' of a chunk that holds one
/// in turn.
fn next_ky(bytes: &[u8], from: usize) -> Option<usize> {
    use crate::recognize::bytes::{eq_mask, flagged, has_byte, word_at};
    let mut at = from;
    while let Some(c) = bytes.get(at..at + 32) {
        let words = [word_at(c, 0), word_at(c, 8), word_at(c, 16), word_at(c, 24)];
        let any = has_byte(words[0], b'k')
            | has_byte(words[1], b'k')
            | has_byte(words[2], b'k')
            | has_byte(words[3], b'k');
        if any != 0 {
            for (n, w) in words.into_iter().enumerate() {
                for k in flagged(eq_mask(w, b'k')) {
                    let p = at + 8 * n + k;
                    if is_ky(bytes, p) {
                        return Some(p);
                    }
                }
            }
        }
        at += 32;
    }
    (at..bytes.len()).find(|&p| is_ky(bytes, p))
}

/// How many names a signing's list of signatories or of parties may hold
/// and still be searched name by name; a longer one (a signing that merges
/// retelling after retelling, each naming another body) has a hash set of
/// its names beside it.
const SCANNED_NAMES: usize = 16;

/// The names of one list of a signing (its signatories or its parties) as a
/// set, kept only once the list holds more than [`SCANNED_NAMES`]; the list
/// itself keeps their order.
#[derive(Debug, Default)]
struct Names(Option<HashSet<String>>);

impl Names {
    /// The set of `list`, or none when it is short.
    fn of(list: &[String]) -> Names {
        Names((list.len() > SCANNED_NAMES).then(|| list.iter().cloned().collect()))
    }

    /// Whether `list` (the list these are the names of) and `other` have a
    /// name in common: `other`'s names looked up in the set, or for a short
    /// list each of its names searched for in `other`.
    fn meets(&self, list: &[String], other: &[String]) -> bool {
        match &self.0 {
            Some(set) => other.iter().any(|n| set.contains(n)),
            None => list.iter().any(|n| other.contains(n)),
        }
    }

    /// `name` put at the end of `list` (the list these are the names of)
    /// unless it is there already; the set is made when the list grows
    /// past [`SCANNED_NAMES`].
    fn add(&mut self, list: &mut Vec<String>, name: String) {
        match &mut self.0 {
            Some(set) => {
                if !set.contains(&name) {
                    set.insert(name.clone());
                    list.push(name);
                }
            }
            None => {
                if !list.contains(&name) {
                    list.push(name);
                    *self = Names::of(list);
                }
            }
        }
    }
}

/// The sets of a signing's signatories and parties, kept beside it while
/// it may take in retellings of its act ([`merge`]).
#[derive(Debug, Default)]
struct Members {
    /// The set of [`Signing::signatories`].
    signatories: Names,
    /// The set of [`Signing::parties`].
    parties: Names,
}

impl Members {
    /// The sets of `s`'s lists, those that are long.
    fn of(s: &Signing) -> Members {
        Members {
            signatories: Names::of(&s.signatories),
            parties: Names::of(&s.parties),
        }
    }
}

/// Two reports of the same act: the same kind of instrument, and nothing
/// that tells them apart (no disjoint signatories or parties). `members`
/// are the sets of `a`'s lists.
fn same_act(a: &Signing, members: &Members, b: &Signing) -> bool {
    let compatible = |x: &[String], names: &Names, y: &[String]| {
        x.is_empty() || y.is_empty() || names.meets(x, y)
    };
    let kind = |s: &Signing| s.document.as_ref().map(|d| d.kind);
    let same_kind = kind(a) == kind(b)
        || (kind(a) == Some(SignedKind::Coordination)
            && kind(b) != Some(SignedKind::LegalDocument))
        || (kind(b) == Some(SignedKind::Coordination)
            && kind(a) != Some(SignedKind::LegalDocument));
    // two different named instruments of one kind ("biên bản ghi nhớ về A",
    // "biên bản ghi nhớ về B") are two acts, told apart by their texts
    let (ta, tb) = (document_text(a), document_text(b));
    let related = ta.starts_with(tb)
        || tb.starts_with(ta)
        || kind(a) != kind(b)
        || words_within(ta, tb)
        || words_within(tb, ta);
    same_kind
        && a.status == b.status
        && related
        && compatible(&a.signatories, &members.signatories, &b.signatories)
        && compatible(&a.parties, &members.parties, &b.parties)
}

/// `names` in order, without one whose fold key is contained in the fold
/// key of one kept before it. The keys are folded one after another into
/// one string (no string for each).
fn outermost<'a>(names: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut kept: Vec<String> = Vec::new();
    // the fold keys of `kept`, end to end, and where each ends; the key
    // of the name looked at after them
    let (mut keys, mut ends) = (String::new(), Vec::new());
    for name in names {
        let at = keys.len();
        fold_key_push(&mut keys, name);
        let (before, key) = keys.split_at(at);
        let mut start = 0;
        let within = ends.iter().any(|&end| {
            let k = before.get(start..end).unwrap_or_default();
            start = end;
            k.contains(key)
        });
        if within {
            keys.truncate(at);
        } else {
            ends.push(keys.len());
            kept.push(name.to_string());
        }
    }
    kept
}

/// The text of the instrument signed, if any ("" when none).
fn document_text(s: &Signing) -> &str {
    s.document.as_ref().map_or("", |d| d.text.as_str())
}

/// Whether the words of `short` come in order among those of `long`: a
/// shortened name of the same instrument ("thỏa thuận hợp tác" in a
/// headline, "thỏa thuận khung về hợp tác phát triển" in the lead).
fn words_within(short: &str, long: &str) -> bool {
    let mut rest = long.split_whitespace();
    short
        .split_whitespace()
        .all(|w| rest.by_ref().any(|l| l == w))
}

/// `other`, a retelling of the act of `into`, taken into it: the
/// signatories and parties it adds at the ends of `into`'s (with their
/// sets, `members`), what `into` lacks.
fn merge(into: &mut Signing, members: &mut Members, other: Signing) {
    for n in other.signatories {
        members.signatories.add(&mut into.signatories, n);
    }
    for p in other.parties {
        members.parties.add(&mut into.parties, p);
    }
    if into.date.is_none() {
        into.date = other.date;
    }
    if into.document_ref.is_none() {
        into.document_ref = other.document_ref;
    }
    if let (Some(a), Some(b)) = (&mut into.document, other.document) {
        if b.text.len() > a.text.len() {
            a.text = b.text;
        }
    }
}

/// The kind of a signed object, or `None` when the words after "ký" are not
/// an instrument ("ký tên", "ký hôm nay").
fn kind_of(object: &str) -> Option<SignedKind> {
    let starts = |p: &str| object.starts_with(p);
    Some(if starts("quy chế") {
        SignedKind::Regulation
    } else if starts("thỏa thuận") {
        SignedKind::Agreement
    } else if starts("biên bản ghi nhớ") || starts("bản ghi nhớ") || starts("ghi nhớ") {
        SignedKind::Memorandum
    } else if starts("chương trình") {
        SignedKind::Programme
    } else if starts("giao ước") {
        SignedKind::Pledge
    } else if starts("hiệp định")
        || starts("hiệp ước")
        || starts("công ước")
        || starts("nghị định thư")
    {
        SignedKind::Treaty
    } else if starts("hợp đồng") {
        // business contracts are not acts of government
        return None;
    } else if [
        "quyết định",
        "nghị định",
        "nghị quyết",
        "chỉ thị",
        "thông tư",
        "lệnh",
        "luật",
        "công điện",
        "văn bản",
        "số ",
    ]
    .iter()
    .any(|w| starts(w))
    {
        SignedKind::LegalDocument
    } else if starts("phối hợp") || starts("kế hoạch") {
        SignedKind::Coordination
    } else if [
        "văn kiện",
        "tuyên bố",
        "biên bản",
        "công hàm",
        "ý định thư",
        "thư ý định",
        "kết nghĩa",
    ]
    .iter()
    .any(|w| starts(w))
    {
        SignedKind::Other
    } else {
        return None;
    })
}

#[cfg(test)]
mod tests {
    use crate::{SignedKind, SigningStatus, Span, extract};

    proptest::proptest! {
        #[test]
        fn outermost_names_are_kept_as_with_a_key_for_each(
            names in proptest::collection::vec("(Sở|SỞ|sở|Bộ|Ủy ban|ủy  ban|[aĐ\u{301} ]{0,3}) ?(Y tế|y TẾ|Tư pháp|[aĐ\u{301} ]{0,3})", 0..8),
        ) {
            let mut plain: Vec<String> = Vec::new();
            for name in &names {
                let key = crate::normalize::fold_key(name);
                if !plain.iter().any(|n| crate::normalize::fold_key(n).contains(&key)) {
                    plain.push(name.clone());
                }
            }
            proptest::prop_assert_eq!(super::outermost(names.iter().map(String::as_str)), plain);
        }

        #[test]
        fn fold_keys_pushed_are_fold_keys(
            before in "[a ]{0,3}",
            s in "[ \n\taAđĐưƯẠạİıΣσ\u{301}\u{a0}\u{2003}()]{0,10}",
        ) {
            let mut out = before.clone();
            crate::normalize::fold_key_push(&mut out, &s);
            proptest::prop_assert_eq!(out, before + &crate::normalize::fold_key(&s));
        }

        #[test]
        fn by_position_is_the_items_sorted(
            items in proptest::collection::vec((0usize..6, 0usize..6, 0usize..4), 0..40),
        ) {
            let spans: Vec<(Span, usize)> =
                items.iter().map(|&(s, l, i)| (Span::new(s, s + l), i)).collect();
            let by = super::ByPosition::new(spans.len(), spans.iter().map(|(s, i)| (s, *i)));
            let mut sorted = spans.clone();
            sorted.sort();
            proptest::prop_assert_eq!(by.0, sorted);
        }
    }

    proptest::proptest! {
        #[test]
        fn names_with_a_set_are_as_the_plain_list(
            first in proptest::collection::vec(0u8..60, 0..30),
            added in proptest::collection::vec(proptest::collection::vec(0u8..60, 0..12), 0..8),
            others in proptest::collection::vec(proptest::collection::vec(0u8..60, 0..12), 1..4),
        ) {
            let name = |i: &u8| format!("UBND phường {i}");
            let others: Vec<Vec<String>> =
                others.iter().map(|o| o.iter().map(name).collect()).collect();
            let mut plain: Vec<String> = first.iter().map(name).collect();
            let mut list = plain.clone();
            let mut names = super::Names::of(&list);
            for batch in &added {
                for n in batch.iter().map(name) {
                    if !plain.contains(&n) {
                        plain.push(n.clone());
                    }
                    names.add(&mut list, n);
                }
                proptest::prop_assert_eq!(&list, &plain);
                proptest::prop_assert_eq!(names.0.is_some(), list.len() > super::SCANNED_NAMES);
                for other in &others {
                    proptest::prop_assert_eq!(
                        names.meets(&list, other),
                        plain.iter().any(|n| other.contains(n))
                    );
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn next_ky_finds_the_first_ky(
            parts in proptest::collection::vec(proptest::sample::select(vec![
                "k", "ký", "kí", "ká", "kk", "x", "ý", "í", "\u{c3}", "xxxxxxx", "ỹ", " ",
            ]), 0..40),
            from in 0usize..120,
        ) {
            let text: String = parts.concat();
            let bytes = text.as_bytes();
            let plain = (from..bytes.len()).find(|&p| {
                bytes.get(p..p + 3).is_some_and(|w| w == "ký".as_bytes() || w == "kí".as_bytes())
            });
            proptest::prop_assert_eq!(super::next_ky(bytes, from), plain, "{:?} from {}", text, from);
        }
    }

    #[test]
    fn two_officials_sign_a_regulation_between_two_bodies() {
        let x = extract(
            "Ngày 3/4/2024, đồng chí Lê Văn Hai, Bí thư Tỉnh ủy Cao Bằng và Đại tá Trần Văn Bình, Chỉ huy trưởng \
             Bộ Chỉ huy Quân sự tỉnh ký kết quy chế phối hợp giữa Tỉnh ủy Cao Bằng với Đảng ủy Quân sự tỉnh.",
        );
        assert_eq!(x.signings.len(), 1);
        let s = &x.signings[0];
        assert_eq!(s.signatories, vec!["Lê Văn Hai", "Trần Văn Bình"]);
        assert_eq!(s.parties[0], "Tỉnh ủy Cao Bằng");
        assert_eq!(
            s.document.as_ref().map(|d| d.kind),
            Some(SignedKind::Regulation)
        );
        assert_eq!(
            s.document.as_ref().map(|d| d.text.as_str()),
            Some("quy chế phối hợp")
        );
        assert_eq!(s.status, SigningStatus::Done);
    }

    #[test]
    fn caption_and_body_give_one_signing() {
        let text = "Ông Lê Văn Hai, Bí thư Tỉnh ủy ký kết biên bản ghi nhớ giữa Tỉnh ủy Cao Bằng với Bộ Công an |\n\
                    Ông Lê Văn Hai, Bí thư Tỉnh ủy đã ký kết biên bản ghi nhớ giữa Tỉnh ủy Cao Bằng với Bộ Công an.";
        assert_eq!(extract(text).signings.len(), 1);
    }

    #[test]
    fn many_retellings_give_one_signing_with_each_party_once() {
        let mut text = String::new();
        for i in 1..=40 {
            text += &format!("Bộ Nội vụ và UBND xã {i} ký kết quy chế phối hợp. ");
        }
        // told again: nothing new
        text += "Bộ Nội vụ và UBND xã 7 ký kết quy chế phối hợp.";
        let x = extract(&text);
        assert_eq!(x.signings.len(), 1, "{:#?}", x.signings);
        let parties = &x.signings[0].parties;
        assert_eq!(parties.len(), 41, "{parties:#?}");
        for (i, p) in parties.iter().enumerate() {
            assert!(!parties[..i].contains(p), "{p} twice");
        }
        assert!(parties[1].ends_with(" 1"), "{parties:#?}");
        assert!(parties[40].ends_with(" 40"), "{parties:#?}");
    }

    #[test]
    fn other_senses_of_ky_are_not_signings() {
        for text in [
            "Ông Lê Văn Hai, Thư ký Tòa án nhân dân tỉnh, dự họp.",
            "Người dân đăng ký thường trú tại Ủy ban nhân dân xã.",
            "Đoàn đại biểu ký sổ tang tưởng niệm.",
            "Những ký ức về chiến trường xưa.",
        ] {
            assert!(extract(text).signings.is_empty(), "{text}");
        }
    }

    #[test]
    fn a_planned_signing_is_marked_planned() {
        let text =
            "Hai bên sẽ ký thỏa thuận hợp tác giữa Bộ Công an với Bộ Quốc phòng vào năm sau.";
        assert!(extract(text).signings.is_empty(), "left out by default");
        let x = crate::Extractor::builder()
            .planned_signings(true)
            .build()
            .extract(text);
        assert_eq!(x.signings[0].status, SigningStatus::Planned);
        assert_eq!(x.signings[0].parties, vec!["Bộ Công an", "Bộ Quốc phòng"]);
    }
}
