//! The quote check (`check_quotes`) on a statement and an article quoting it, in English and in
//! Russian (tests/fixtures/quotes/: written for these tests), and its invariants on any text.
#![cfg(all(not(target_arch = "wasm32"), feature = "quotes"))]

mod common;

use proptest::prelude::*;
use statement_diff::{
    check_quotes, check_quotes_with, ChangeKind, OmissionFlag, OptionValue, Quote, QuoteCheck,
    QuoteOptions, Span, Verdict,
};

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/quotes/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The text of a UTF-16 span.
fn cut(s: &str, sp: Span) -> String {
    let u: Vec<u16> = s.encode_utf16().collect();
    String::from_utf16(&u[sp.start as usize..sp.end as usize]).expect("a span on char boundaries")
}

struct Pair {
    source: String,
    article: String,
    check: QuoteCheck,
}

impl Pair {
    fn new(lang: &str) -> Self {
        let source = fixture(&format!("{lang}-statement.txt"));
        let article = fixture(&format!("{lang}-article.txt"));
        let check = check_quotes_with(
            &source,
            &article,
            &QuoteOptions::new(),
            common::word_lists(),
        );
        check_invariants(&source, &article, &check);
        Self {
            source,
            article,
            check,
        }
    }

    /// The quotation that starts with these words.
    fn quote(&self, starts: &str) -> &Quote {
        self.check
            .quotes
            .iter()
            .find(|q| cut(&self.article, q.span).starts_with(starts))
            .unwrap_or_else(|| panic!("no quotation starts with {starts:?}"))
    }

    /// (kind, source text, quoting text) of each change of a quotation.
    fn changes(&self, q: &Quote) -> Vec<(ChangeKind, String, String)> {
        q.changes
            .iter()
            .map(|c| (c.kind, cut(&self.source, c.old), cut(&self.article, c.new)))
            .collect()
    }
}

fn check_invariants(source: &str, quoting: &str, check: &QuoteCheck) {
    let (src16, q16) = (
        source.encode_utf16().count() as u32,
        quoting.encode_utf16().count() as u32,
    );
    let valid = |s: &str, sp: Span, len: u32| {
        assert!(
            sp.start <= sp.end && sp.end <= len,
            "{sp:?} out of 0..{len}"
        );
        cut(s, sp); // on char boundaries
    };
    let mut stats = [0u32; 4];
    let mut last_end = 0;
    for q in &check.quotes {
        valid(quoting, q.span, q16);
        assert!(
            q.span.start >= last_end,
            "quotations in reading order, apart"
        );
        last_end = q.span.end;
        stats[q.verdict as usize] += 1;
        for c in &q.changes {
            valid(source, c.old, src16);
            valid(quoting, c.new, q16);
            assert!(
                c.new.start >= q.span.start && c.new.end <= q.span.end,
                "a change lies inside its quotation"
            );
            assert_eq!(c.minor, c.kind.is_minor());
        }
        for (id, c) in q.changes.iter().enumerate() {
            assert_eq!(c.id as usize, id);
        }
        for o in &q.omissions {
            valid(source, o.source, src16);
            valid(quoting, o.cut, q16);
            assert!(o.cut.start >= q.span.start && o.cut.end <= q.span.end);
        }
        for p in &q.parts {
            valid(source, p.source, src16);
            valid(quoting, p.span, q16);
        }
        assert_eq!(q.source.is_none(), q.verdict == Verdict::NotFound);
        assert_eq!(q.stitched, q.parts.len() > 1);
        match q.verdict {
            Verdict::Exact => assert!(q.changes.is_empty()),
            Verdict::Minor => assert!(!q.changes.is_empty() && q.changes.iter().all(|c| c.minor)),
            _ => {}
        }
    }
    let s = check.stats;
    assert_eq!([s.exact, s.minor, s.altered, s.not_found], stats);
    assert_eq!(s.quotes as usize, check.quotes.len());
}

#[test]
fn faithful_quotations_with_typographic_variants_and_edge_punctuation() {
    let en = Pair::new("en");
    // "…people," quoted for "…people." — the reporter's comma is no difference.
    let q = en.quote("satisfied with the outcome of the talks and state that");
    assert_eq!(q.verdict, Verdict::Exact, "{:?}", en.changes(q));
    assert!(cut(&en.source, q.source.unwrap()).ends_with("2.4 million people."));
    // Nested quote marks re-marked (" " in the source, ‘ ’ inside “ ” in the article).
    assert_eq!(
        en.quote("The minister said that the agreement").verdict,
        Verdict::Exact
    );
    let ru = Pair::new("ru");
    // ё/е (объёме / объеме) and a capital at the start.
    let q = ru.quote("Финансирование в объеме");
    assert_eq!(q.verdict, Verdict::Exact, "{:?}", ru.changes(q));
    // „Чистый вагон“ for «Чистый вагон», and the source's own « dropped inside the quotation.
    assert_eq!(ru.quote("Министр отметил").verdict, Verdict::Exact);
    assert_eq!(ru.quote("станет образцом").verdict, Verdict::Exact);
}

#[test]
fn edge_punctuation_is_no_difference_but_a_question_mark_is() {
    let source =
        "Officials met on Monday. The ministry will raise water prices for households. More later.";
    let check = |article: &str| {
        let c = check_quotes(source, article, &QuoteOptions::new());
        check_invariants(source, article, &c);
        c.quotes[0].verdict
    };
    assert_eq!(
        check("It said «the ministry will raise water prices for households»."),
        Verdict::Exact
    );
    assert_eq!(
        check("It said: “The ministry will raise water prices for households,” and left."),
        Verdict::Exact
    );
    assert_eq!(
        check("It asked: “The ministry will raise water prices for households?”"),
        Verdict::Altered
    );
    assert_eq!(
        check("It said: “The ministry will raise water prices for households!”"),
        Verdict::Altered
    );
}

#[test]
fn a_changed_word() {
    let en = Pair::new("en");
    let q = en.quote("pleased with");
    assert_eq!(q.verdict, Verdict::Altered);
    assert_eq!(
        en.changes(q),
        [(ChangeKind::Wording, "satisfied".into(), "pleased".into())]
    );
    let ru = Pair::new("ru");
    let q = ru.quote("удовлетворены итогами переговоров с регионами и заявляют");
    assert_eq!(
        ru.changes(q),
        [(ChangeKind::Wording, "заявляем".into(), "заявляют".into())]
    );
    assert_eq!(q.verdict, Verdict::Altered);
}

#[test]
fn a_changed_figure() {
    let en = Pair::new("en");
    let q = en.quote("will be reduced by 45");
    assert_eq!(
        en.changes(q),
        [(ChangeKind::Number, "35".into(), "45".into())]
    );
    let ru = Pair::new("ru");
    let q = ru.quote("будет закуплено");
    assert_eq!(
        ru.changes(q),
        [(ChangeKind::Number, "1200".into(), "1500".into())]
    );
    assert_eq!(q.verdict, Verdict::Altered);
}

#[test]
fn a_cut_that_drops_a_negation_or_a_qualifier() {
    let en = Pair::new("en");
    // "will [not] approve … where": the negation is dropped, and the cut takes "except".
    let q = en.quote("will approve new permits");
    assert_eq!(q.verdict, Verdict::Altered);
    assert!(en
        .changes(q)
        .contains(&(ChangeKind::Negation, "not".into(), String::new())));
    assert_eq!(q.omissions.len(), 1);
    assert_eq!(cut(&en.source, q.omissions[0].source), ", except");
    assert_eq!(cut(&en.article, q.omissions[0].cut), "…");
    assert_eq!(q.omissions[0].flags, [OmissionFlag::Qualifier]);
    // "… if": the cut takes "will only be released" — words exact, sense altered.
    let q = en.quote("funding of €120 million");
    assert!(q.changes.is_empty(), "{:?}", en.changes(q));
    assert!(q.omissions[0].alters);
    assert_eq!(q.omissions[0].words, 9);
    assert_eq!(q.verdict, Verdict::Altered);

    let ru = Pair::new("ru");
    // A quotation that starts right after «не»: «[не] планирует повышать… (…) на которых…».
    let q = ru.quote("планирует повышать");
    assert_eq!(
        ru.changes(q),
        [(ChangeKind::Negation, "не".into(), String::new())]
    );
    assert_eq!(
        cut(&ru.source, q.omissions[0].source),
        ", за исключением маршрутов,"
    );
    assert_eq!(cut(&ru.article, q.omissions[0].cut), "(…)");
    assert!(q.omissions[0].alters);
}

#[test]
fn a_cut_that_takes_the_negation_itself() {
    // English: "will … approve" for "will not approve"; Russian: «не» cut with «(…)».
    for (source, article, cut_text) in [
        (
            "After the review the ministry will not approve new permits for discharges upstream.",
            "The paper wrote that the ministry “will … approve new permits for discharges upstream”.",
            "not",
        ),
        (
            "После проверки министерство не будет выдавать новые разрешения на сбросы выше по течению.",
            "Газета пишет, что министерство «(…) будет выдавать новые разрешения на сбросы выше по течению».",
            "",
        ),
        (
            "После проверки министерство точно не будет выдавать новые разрешения на сбросы выше по течению.",
            "Газета пишет, что министерство «точно […] будет выдавать новые разрешения на сбросы выше по течению».",
            "не",
        ),
    ] {
        let c = check_quotes(source, article, &QuoteOptions::new());
        check_invariants(source, article, &c);
        let q = &c.quotes[0];
        assert_eq!(q.verdict, Verdict::Altered, "{article}");
        if cut_text.is_empty() {
            // A cut at the quotation's start cuts nothing out of it: the negation just before
            // its first word is a change.
            assert!(q.changes.iter().any(|ch| ch.kind == ChangeKind::Negation), "{article}");
        } else {
            assert_eq!(q.omissions.len(), 1, "{article}");
            assert_eq!(cut(source, q.omissions[0].source), cut_text);
            assert_eq!(q.omissions[0].flags, [OmissionFlag::Negation]);
            assert!(q.omissions[0].alters);
        }
    }
}

#[test]
fn a_negation_removed_inside() {
    let en = Pair::new("en");
    let q = en.quote("We expect water prices");
    assert_eq!(
        en.changes(q),
        [(ChangeKind::Negation, "do not".into(), String::new())]
    );
    assert_eq!(q.verdict, Verdict::Altered);
}

#[test]
fn an_invented_quotation() {
    let en = Pair::new("en");
    let q = en.quote("The plan ignores");
    assert_eq!(q.verdict, Verdict::NotFound);
    assert_eq!(q.source, None);
    let ru = Pair::new("ru");
    assert_eq!(
        ru.quote("Программа полностью изменит").verdict,
        Verdict::NotFound
    );
    assert_eq!(ru.check.stats.not_found, 1);
}

#[test]
fn scare_quotes_are_left_out() {
    let en = Pair::new("en");
    let texts: Vec<String> = en
        .check
        .quotes
        .iter()
        .map(|q| cut(&en.article, q.span))
        .collect();
    assert!(
        !texts.iter().any(|t| t.contains("breakthrough")),
        "{texts:?}"
    );
    let ru = Pair::new("ru");
    let texts: Vec<String> = ru
        .check
        .quotes
        .iter()
        .map(|q| cut(&ru.article, q.span))
        .collect();
    assert!(
        !texts.iter().any(|t| t == "прорывом" || t == "Чистый вагон"),
        "{texts:?}"
    );
    // minWords decides: 1 takes the scare quotes in.
    let mut opts = QuoteOptions::new();
    opts.min_words(1);
    let all = check_quotes(&en.source, &en.article, &opts);
    assert_eq!(all.quotes.len(), en.check.quotes.len() + 1);
}

#[test]
fn nested_quotes_belong_to_the_quotation() {
    let ru = Pair::new("ru");
    let q = ru.quote("Министр отметил");
    assert!(cut(&ru.article, q.span).contains("„Чистый вагон“ станет"));
    assert!(!ru
        .check
        .quotes
        .iter()
        .any(|q| cut(&ru.article, q.span) == "Чистый вагон"));
}

#[test]
fn stitched_quotations() {
    let en = Pair::new("en");
    // Two sentences from paragraphs apart, joined with no cut mark: stitched, altered.
    let q = en.quote("We are satisfied with the outcome of the talks. We do not");
    assert!(q.stitched);
    assert_eq!(q.parts.len(), 2);
    assert!(!q.parts[1].cut);
    assert_eq!(q.verdict, Verdict::Altered);
    assert!(cut(&en.source, q.parts[1].source).starts_with("We do not expect"));
    // With a cut mark, in order: stitched, the long cut flagged but words and sense kept.
    let q = en.quote("The Ministry of Environment welcomes");
    assert!(q.stitched && q.parts[1].cut);
    assert_eq!(q.omissions.len(), 1);
    assert!(q.omissions[0].flags.contains(&OmissionFlag::Negation));
    assert!(!q.omissions[0].alters);
    assert_eq!(q.verdict, Verdict::Exact);
    // Source words left out in the middle without a mark: a change, not stitching.
    let q = en.quote("We do not expect water prices for households to rise. The");
    assert!(!q.stitched);
    assert_eq!(
        en.changes(q),
        [(
            ChangeKind::Wording,
            "as a result of the plan".into(),
            String::new()
        )]
    );

    let ru = Pair::new("ru");
    let q = ru.quote("Мы удовлетворены итогами переговоров с регионами. Мы не");
    assert!(q.stitched);
    assert_eq!(q.verdict, Verdict::Altered);
}

#[test]
fn a_text_without_quote_marks_is_one_quotation() {
    let source = fixture("en-statement.txt");
    let excerpt = "  The ministry will publish its first progress report in the autumn.\n";
    let check = check_quotes(&source, excerpt, &QuoteOptions::new());
    assert_eq!(check.quotes.len(), 1);
    assert_eq!(cut(excerpt, check.quotes[0].span), excerpt.trim());
    assert_eq!(check.quotes[0].changes.len(), 1);
    assert_eq!(check.quotes[0].verdict, Verdict::Altered);
    check_invariants(&source, excerpt, &check);
}

#[test]
fn options_are_validated() {
    let mut opts = QuoteOptions::new();
    let e = opts.set("minWord", OptionValue::Number(3.0)).unwrap_err();
    assert!(e.to_string().contains("minWords"), "{e}");
    let e = opts
        .set("minWords", OptionValue::String("3".into()))
        .unwrap_err();
    assert_eq!(
        e.to_string(),
        "option \"minWords\" must be a whole number from 1 to 1000000, got string \"3\""
    );
    opts.set("ignoreCase", OptionValue::Bool(true)).unwrap();
    assert!(opts.compare_options().is_ignore_case());
}

#[test]
fn empty_and_degenerate_inputs() {
    for (s, q) in [
        ("", ""),
        ("", "«a b c d»"),
        ("a b c d", ""),
        ("«»", "«»"),
        ("…", "« … … »"),
        ("x", "\""),
    ] {
        let c = check_quotes(s, q, &QuoteOptions::new());
        check_invariants(s, q, &c);
    }
}

fn messy_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("the"),
        Just("plan"),
        Just("will"),
        Just("not"),
        Just("не"),
        Just("программа"),
        Just("ещё"),
        Just("35"),
        Just("2,4"),
        Just(" "),
        Just("\n"),
        Just("\n\n"),
        Just("."),
        Just(","),
        Just("«"),
        Just("»"),
        Just("“"),
        Just("”"),
        Just("„"),
        Just("‘"),
        Just("’"),
        Just("\""),
        Just("'"),
        Just("…"),
        Just("..."),
        Just("[…]"),
        Just("(…)"),
        Just("👩‍👩‍👧"),
        Just("\u{301}"),
        Just("\u{200B}"),
        Just("声明"),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.join(""))
}

/// A source, and an article that quotes stretches of it (maybe edited) between random marks.
fn quoting_pair() -> impl Strategy<Value = (String, String)> {
    (
        messy_text(),
        prop::collection::vec((0usize..200, 0usize..40, 0usize..6), 0..5),
        messy_text(),
    )
        .prop_map(|(source, picks, noise)| {
            let chars: Vec<char> = source.chars().collect();
            let marks = [
                ("«", "»"),
                ("“", "”"),
                ("„", "“"),
                ("\"", "\""),
                ("‘", "’"),
                ("", ""),
            ];
            let mut article = String::new();
            for (at, len, m) in picks {
                let start = at.min(chars.len());
                let end = (start + len).min(chars.len());
                let (open, close) = marks[m];
                article.push_str(&noise);
                article.push_str(" said ");
                article.push_str(open);
                article.extend(&chars[start..end]);
                article.push_str(close);
                article.push_str(". ");
            }
            (source, article)
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 384, ..ProptestConfig::default() })]

    #[test]
    fn any_texts((source, article) in quoting_pair(), min in 1u32..6) {
        let mut opts = QuoteOptions::new();
        opts.min_words(min);
        let c = check_quotes(&source, &article, &opts);
        check_invariants(&source, &article, &c);
        prop_assert_eq!(&c, &check_quotes(&source, &article, &opts), "deterministic");
        // Every quotation's span lies between its marks: a quote mark before it (white space
        // aside), unless the article has no mark at all and the span is the whole text.
        for q in &c.quotes {
            let before = cut(&article, Span { start: 0, end: q.span.start });
            let mark_before = before.trim_end().chars().last().is_some_and(|ch| "«»‹›“”„‚‘’\"'".contains(ch));
            prop_assert!(mark_before || cut(&article, q.span) == article.trim(), "{:?} in {:?}", q.span, article);
        }
    }

    #[test]
    fn a_verbatim_excerpt_is_exact(words in prop::collection::vec(prop::sample::select(POOL), 4..300), at in 0usize..300, len in 4usize..40) {
        let source = words.join(" ");
        let start = at.min(words.len() - 4);
        let excerpt = words[start..(start + len).min(words.len())].join(" ");
        let article = format!("She said «{excerpt}».");
        let c = check_quotes(&source, &article, &QuoteOptions::new());
        check_invariants(&source, &article, &c);
        prop_assert_eq!(c.quotes.len(), 1);
        prop_assert_eq!(c.quotes[0].verdict, Verdict::Exact, "{:?} in {:?}", excerpt, source);
    }
}

/// Words for verbatim excerpts: no negation (a quotation starting just after one is altered,
/// and where the text repeats itself it may be read there).
const POOL: &[&str] = &[
    "the",
    "plan",
    "will",
    "raise",
    "taxes",
    "Программа",
    "охватит",
    "42",
    "региона",
    "и",
    "ещё",
    "2,4",
];
