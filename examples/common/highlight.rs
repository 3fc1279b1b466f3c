//! Renders an article and its [`Extraction`] as one self-contained HTML page
//! (`#[path]`-included by `examples/highlight.rs` and `tests/highlight.rs`).
//!
//! Every mention becomes a `<span class="m k-KIND" data-id="N">` around its
//! text. Spans nest: a span inside another (a date inside a signing sentence)
//! becomes an inner element. Two spans that cross (each starts inside the
//! other) cannot nest in HTML, so the later one is split at the earlier one's
//! end: its pieces share its `data-id`, and every piece after the first has
//! the class `cont`. The text content of `<article id="text">` is exactly the
//! original article.

use std::fmt::Write as _;

use vngov::{Extraction, Span, SpanKind};

/// Kinds of highlighted mentions, in the order they are drawn when two
/// spans are equal (the first kind is the outer element).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Kind {
    /// The sentence that reports a signing.
    Signing,
    /// A position title ("Bí thư Tỉnh ủy").
    Position,
    /// A mention of a body.
    Organization,
    /// A mention of a person.
    Official,
    /// A calendar expression.
    Date,
    /// A legal-document number.
    Document,
    /// A warning about the input.
    Warning,
}

impl Kind {
    /// Every kind, in legend order.
    pub const ALL: [Kind; 7] = [
        Kind::Official,
        Kind::Position,
        Kind::Organization,
        Kind::Date,
        Kind::Signing,
        Kind::Document,
        Kind::Warning,
    ];

    /// CSS class suffix.
    pub fn class(self) -> &'static str {
        match self {
            Kind::Official => "official",
            Kind::Position => "position",
            Kind::Organization => "organization",
            Kind::Date => "date",
            Kind::Signing => "signing",
            Kind::Document => "document",
            Kind::Warning => "warning",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Kind::Official => "official (mention of a person)",
            Kind::Position => "position",
            Kind::Organization => "organization",
            Kind::Date => "date",
            Kind::Signing => "signing",
            Kind::Document => "document number",
            Kind::Warning => "warning",
        }
    }

    fn style(self) -> &'static str {
        match self {
            Kind::Official => "background:#ffe08a;border-bottom:2px solid #b8860b",
            Kind::Position => "background:#c6f0c2;border-bottom:2px solid #2e8b57",
            Kind::Organization => "background:#bcdcff",
            Kind::Date => "background:#f7c6e6",
            Kind::Signing => "background:#eee;outline:1px dashed #777",
            Kind::Document => "background:#ffcfa8",
            Kind::Warning => "background:#ff9c9c",
        }
    }
}

/// One span to highlight.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mark {
    /// What it marks.
    pub kind: Kind,
    /// Where, in the article.
    pub span: Span,
    /// Tooltip (the `title` attribute).
    pub title: String,
}

/// Every span of `x` that marks text of `text` (non-empty, inside, on char
/// boundaries), with a tooltip, in the order of [`Extraction::spans`].
/// Returns the marks and how many spans were left out as invalid.
pub fn marks_of(text: &str, x: &Extraction) -> (Vec<Mark>, usize) {
    let spans = x.spans();
    let total = spans.len();
    let all: Vec<Mark> = spans
        .into_iter()
        .filter(|(_, span)| !span.is_empty() && span.slice(text).is_some())
        .filter_map(|(kind, span)| mark_of(x, kind, span))
        .collect();
    let skipped = total - all.len();
    (all, skipped)
}

/// The highlight of one span of [`Extraction::spans`]: its kind and a
/// tooltip naming the item it belongs to.
fn mark_of(x: &Extraction, kind: SpanKind, span: Span) -> Option<Mark> {
    let rank = |o: &vngov::Official| o.rank.map(|r| format!(", rank {r}")).unwrap_or_default();
    let (kind, title) = match kind {
        SpanKind::Official(i) => {
            let o = x.officials.get(i)?;
            (Kind::Official, format!("official: {}{}", o.name, rank(o)))
        }
        SpanKind::Position(i, j) => {
            let o = x.officials.get(i)?;
            let p = o.positions.get(j)?;
            let former = if p.former { " (former)" } else { "" };
            let title = format!("position of {}{}: {}{former}", o.name, rank(o), p.phrase());
            (Kind::Position, title)
        }
        SpanKind::Organization(i) => {
            let o = x.organizations.get(i)?;
            let abbr = o
                .abbreviation
                .as_ref()
                .map(|a| format!(" ({a})"))
                .unwrap_or_default();
            let title = format!("organization: {}{abbr}, {:?}", o.name, o.kind);
            (Kind::Organization, title)
        }
        SpanKind::Date(i) => (Kind::Date, format!("date: {}", x.dates.get(i)?.value)),
        SpanKind::Signing(i) => {
            let s = x.signings.get(i)?;
            let title = format!("signing by {}: {:?}", s.signatories.join(", "), s.status);
            (Kind::Signing, title)
        }
        SpanKind::Document(i) => (
            Kind::Document,
            format!("document: {}", x.documents.get(i)?.number),
        ),
        SpanKind::Warning(i) => (
            Kind::Warning,
            format!("warning: {}", x.warnings.get(i)?.message),
        ),
        _ => return None,
    };
    Some(Mark { kind, span, title })
}

/// Escapes text for HTML content and attribute values.
pub fn escape(s: &str, out: &mut String) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

/// The article with `marks` as nested `<span>` elements (see the module
/// docs for the rule on crossing spans). Marks must be valid in `text`.
pub fn render_marked(text: &str, marks: &[Mark]) -> String {
    // Outer first: earlier start, then longer, then kind order, then input order.
    let mut order: Vec<usize> = (0..marks.len()).collect();
    order.sort_by_key(|&i| {
        (
            marks[i].span.start,
            std::cmp::Reverse(marks[i].span.end),
            marks[i].kind,
            i,
        )
    });
    let mut bounds: Vec<usize> = marks
        .iter()
        .flat_map(|m| [m.span.start, m.span.end])
        .collect();
    bounds.extend([0, text.len()]);
    bounds.sort_unstable();
    bounds.dedup();

    let mut out = String::with_capacity(text.len() * 2);
    let mut open: Vec<usize> = Vec::new();
    let mut next_start = 0;
    for (b, &at) in bounds.iter().enumerate() {
        // Close every element ending here; elements above one that ends are
        // closed with it and reopened as continuations.
        if let Some(lowest) = open.iter().position(|&i| marks[i].span.end == at) {
            let above: Vec<usize> = open.split_off(lowest);
            for _ in &above {
                out.push_str("</span>");
            }
            for &i in above.iter().filter(|&&i| marks[i].span.end != at) {
                open_tag(&marks[i], i, true, &mut out);
                open.push(i);
            }
        }
        while next_start < order.len() && marks[order[next_start]].span.start == at {
            let i = order[next_start];
            open_tag(&marks[i], i, false, &mut out);
            open.push(i);
            next_start += 1;
        }
        if let Some(&to) = bounds.get(b + 1) {
            escape(&text[at..to], &mut out);
        }
    }
    out
}

fn open_tag(m: &Mark, id: usize, cont: bool, out: &mut String) {
    let cont = if cont { " cont" } else { "" };
    let _ = write!(
        out,
        "<span class=\"m k-{}{cont}\" data-id=\"{id}\" title=\"",
        m.kind.class()
    );
    escape(&m.title, out);
    out.push_str("\">");
}

/// The whole page: style, legend, the highlighted article and a table of
/// the officials with their rank and positions.
pub fn render_page(title: &str, text: &str, x: &Extraction) -> String {
    let (marks, skipped) = marks_of(text, x);
    let mut out = String::with_capacity(text.len() * 3 + 4096);
    out.push_str("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n<title>");
    escape(title, &mut out);
    out.push_str("</title>\n<style>\n");
    out.push_str(
        "body{font-family:system-ui,sans-serif;margin:1.5em;display:flex;gap:2em;align-items:flex-start}\n\
         main{flex:3;min-width:0}aside{flex:2;position:sticky;top:1em}\n\
         #text{white-space:pre-wrap;line-height:1.9;font-size:1.05em}\n\
         .m{border-radius:3px;padding:1px 0}.m .m{padding:0}\n\
         table{border-collapse:collapse;width:100%}td,th{border:1px solid #ccc;padding:4px 6px;vertical-align:top;text-align:left}\n\
         td:last-child,th:last-child{width:1%;white-space:nowrap;text-align:right}td:nth-child(2){white-space:nowrap}\n\
         .legend span{display:inline-block;margin:0 .6em .4em 0;padding:0 .4em}\n\
         .cont{text-decoration:underline dashed}\n",
    );
    for k in Kind::ALL {
        let _ = writeln!(out, ".k-{}{{{}}}", k.class(), k.style());
    }
    out.push_str("</style>\n</head>\n<body>\n<main>\n<h1>");
    escape(title, &mut out);
    out.push_str("</h1>\n<p class=\"legend\">");
    for k in Kind::ALL {
        let count = marks.iter().filter(|m| m.kind == k).count();
        let _ = write!(
            out,
            "<span class=\"k-{}\">{} ({count})</span>",
            k.class(),
            k.label()
        );
    }
    out.push_str("</p>\n<p><small>Hover a highlight for details. Nested highlights are inner elements; a span that crosses another is split, its pieces after the first dashed.");
    if skipped > 0 {
        let _ = write!(out, " {skipped} empty or invalid span(s) not shown.");
    }
    out.push_str("</small></p>\n<article id=\"text\">");
    out.push_str(&render_marked(text, &marks));
    out.push_str("</article>\n</main>\n<aside>\n<h2>Officials</h2>\n");
    if x.officials.is_empty() {
        out.push_str("<p>No officials found.</p>\n");
    } else {
        out.push_str(
            "<table>\n<tr><th>Name</th><th>Rank</th><th>Positions</th><th>Mentions</th></tr>\n",
        );
        for o in &x.officials {
            out.push_str("<tr><td>");
            escape(&o.name, &mut out);
            out.push_str("</td><td>");
            if let Some(r) = o.rank {
                escape(r.vietnamese(), &mut out);
            }
            out.push_str("</td><td>");
            for (n, p) in o.positions.iter().enumerate() {
                if n > 0 {
                    out.push_str("<br>");
                }
                escape(&p.phrase(), &mut out);
                if p.former {
                    out.push_str(" <em>(former)</em>");
                }
            }
            let _ = writeln!(out, "</td><td>{}</td></tr>", o.mentions.len());
        }
        out.push_str("</table>\n");
    }
    out.push_str("</aside>\n</body>\n</html>\n");
    out
}
