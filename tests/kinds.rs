//! Change kinds on the real corpus: typographic-only differences are all minor, and the pairs'
//! known features get the right kind.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{change_texts, changes, compare, corpus_pairs, moves};
use statement_diff::fold_typography;
use statement_diff::{ChangeKind, CompareOptions, FindingKind};

fn pair(name: &str) -> (String, String) {
    let (_, a, b) = corpus_pairs()
        .into_iter()
        .find(|(n, _, _)| n == name)
        .unwrap();
    (a, b)
}

/// What a reader would call the same text: typography folded, white space runs read as one
/// space (a space inside a word is not white space to a reader: "На стройки" is two words).
fn same_to_a_reader(a: &str, b: &str) -> bool {
    let squash = |s: &str| -> String {
        fold_typography(s)
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
    };
    squash(a) == squash(b)
}

#[test]
fn typography_and_whitespace_only_differences_are_minor_in_every_pair() {
    for (name, a, b) in corpus_pairs() {
        let c = compare(&a, &b, &CompareOptions::new());
        for ch in &c.changes {
            let (o, n) = change_texts(&c, ch.id);
            if same_to_a_reader(&o, &n) {
                assert!(
                    ch.minor,
                    "{name}: {o:?} → {n:?} is {:?}, not minor",
                    ch.kind
                );
            }
        }
    }
}

#[test]
fn no_break_spaces_of_the_russian_covenant_are_typography() {
    let (a, b) = pair("cc-ru-1.4-vs-2.0");
    let c = compare(&a, &b, &CompareOptions::new());
    let nbsp: Vec<_> = c
        .changes
        .iter()
        .filter(|ch| change_texts(&c, ch.id).0.contains('\u{00A0}'))
        .collect();
    assert!(nbsp.len() >= 10, "found {}", nbsp.len());
    for ch in nbsp
        .iter()
        .filter(|ch| change_texts(&c, ch.id).0.trim() == "\u{00A0}")
    {
        assert!(ch.minor, "{:?}", change_texts(&c, ch.id));
    }
}

#[test]
fn em_dash_to_triple_hyphen_is_typography() {
    let (a, b) = pair("modelspec-2025-04-vs-09-long");
    let c = compare(&a, &b, &CompareOptions::new());
    let dashes: Vec<_> = c
        .changes
        .iter()
        .filter(|ch| change_texts(&c, ch.id) == ("—".into(), "---".into()))
        .collect();
    assert!(dashes.len() >= 40, "found {}", dashes.len());
    assert!(dashes
        .iter()
        .all(|ch| ch.kind == ChangeKind::Typography && ch.minor));
}

#[test]
fn hard_wrapped_and_unwrapped_editions_align_with_minor_wrapping() {
    // Covenant 1.4 is one line per paragraph, 2.0 is hard-wrapped at 80 columns.
    let (a, b) = pair("cc-en-1.4-vs-2.0");
    let c = compare(&a, &b, &CompareOptions::new());
    assert!(
        c.stats
            .kinds
            .get(&ChangeKind::Whitespace)
            .copied()
            .unwrap_or(0)
            >= 10,
        "{:?}",
        c.stats.kinds
    );
}

#[test]
fn the_typo_na_stroyki_reads_as_words_and_is_shown() {
    // "На стройки" ("to the building sites") and "Настройки" ("Settings") are both words: a
    // reader must see it, so it is a wording change, not a minor split.
    let (a, b) = pair("moz-ru-websites-privacy-2023");
    let c = compare(&a, &b, &CompareOptions::new());
    let found: Vec<_> = c
        .changes
        .iter()
        .map(|ch| (ch.kind, ch.minor, change_texts(&c, ch.id)))
        .filter(|(_, _, t)| t.0 == "Настройки")
        .collect();
    assert_eq!(
        found,
        [(
            ChangeKind::Wording,
            false,
            ("Настройки".into(), "На стройки".into())
        )]
    );
}

#[test]
fn a_split_is_minor_only_when_one_reading_is_not_a_word() {
    let kinds = changes;
    let w = |o: &str, n: &str| (ChangeKind::Wording, o.to_string(), n.to_string());
    let s = |o: &str, n: &str| (ChangeKind::Split, o.to_string(), n.to_string());
    // Both readings are words: a change of meaning, in English and in Russian.
    for (old, new, o, n) in [
        (
            "They live apart now.",
            "They live a part now.",
            "apart",
            "a part",
        ),
        ("It may be late.", "It maybe late.", "may be", "maybe"),
        (
            "We meet every day.",
            "We meet everyday.",
            "every day",
            "everyday",
        ),
        (
            "Anyone can apply.",
            "Any one can apply.",
            "Anyone",
            "Any one",
        ),
        ("Он тоже пришёл.", "Он то же пришёл.", "тоже", "то же"),
        ("Мы также считаем.", "Мы так же считаем.", "также", "так же"),
        (
            "Откройте настройки.",
            "Откройте на стройки.",
            "настройки",
            "на стройки",
        ),
        (
            "Он пришёл, чтобы помочь.",
            "Он пришёл, что бы помочь.",
            "чтобы",
            "что бы",
        ),
    ] {
        assert_eq!(kinds(old, new), [w(o, n)], "{old} → {new}");
        assert_eq!(kinds(new, old), [w(n, o)], "{new} → {old}");
    }
    // One reading is not a word: PDF artefacts and hyphenation stay minor.
    for (old, new, o, n) in [
        ("The th at rule.", "The that rule.", "th at", "that"),
        ("Our shar e grew.", "Our share grew.", "shar e", "share"),
        (
            "The interna-\ntional fund.",
            "The international fund.",
            "interna-\ntional",
            "international",
        ),
        (
            "Сог ласно закону.",
            "Согласно закону.",
            "Сог ласно",
            "Согласно",
        ),
        ("в течение года", "втечение года", "в течение", "втечение"),
        (
            "соглашение сторон",
            "согла-\nшение сторон",
            "соглашение",
            "согла-\nшение",
        ),
    ] {
        assert_eq!(kinds(old, new), [s(o, n)], "{old} → {new}");
    }
    // An abbreviation split with dots is still an abbreviation: "us" is not "U.S.".
    assert_eq!(kinds("for us.", "for U.S.")[0].0, ChangeKind::Wording);
    assert_eq!(
        kinds("the US", "the U.S.")[0].0,
        ChangeKind::Split,
        "the same abbreviation"
    );
    // The same words with other punctuation: punctuation, not a split.
    assert_eq!(
        kinds("items;\n- публичное", "items\n* Публичное")[0].0,
        ChangeKind::Punctuation
    );
    // Figures: thousands written apart read the same, other figures do not.
    assert_eq!(kinds("35 000 euro", "35000 euro"), [s("35 000", "35000")]);
    assert_eq!(
        kinds("in 20 24", "in 2024")[0].0,
        ChangeKind::Wording,
        "\"20 24\" is not \"2024\""
    );
}

#[test]
fn without_word_lists_a_split_is_shown_and_the_list_is_asked_for() {
    for (old, new, lang) in [
        ("The th at rule.", "The that rule.", "en"),
        ("Сог ласно закону.", "Согласно закону.", "ru"),
    ] {
        let c = statement_diff::compare(old, new, &CompareOptions::new());
        assert_eq!(c.changes.len(), 1);
        assert_eq!(c.changes[0].kind, ChangeKind::Wording, "unsure: shown");
        assert!(!c.changes[0].minor);
        assert_eq!(c.word_lists_needed, [lang]);
    }
    // A script without a list: shown, and no list can be asked for.
    let c = statement_diff::compare("αβ γδ", "αβγδ", &CompareOptions::new());
    assert_eq!(c.changes[0].kind, ChangeKind::Wording);
    assert!(c.word_lists_needed.is_empty());
    // No split, no list needed.
    let c = statement_diff::compare("a b", "a c", &CompareOptions::new());
    assert!(c.word_lists_needed.is_empty());
}

#[test]
fn case_only_changes_in_the_russian_revision() {
    let (a, b) = pair("cc-ru-2.0-revision");
    let c = compare(&a, &b, &CompareOptions::new());
    let case: Vec<_> = c
        .changes
        .iter()
        .filter(|ch| ch.kind == ChangeKind::Case)
        .map(|ch| change_texts(&c, ch.id))
        .collect();
    assert!(case.contains(&("Бан".into(), "бан".into())), "{case:?}");
}

#[test]
fn lookalike_letter_is_found_even_in_one_text() {
    let old = "The Republic of Kazakhstan signed the treaty.";
    let new = "The Republic of Kazakhst\u{0430}n signed the treaty.";
    let c = compare(old, new, &CompareOptions::new());
    assert_eq!(c.changes.len(), 1);
    assert_eq!(c.changes[0].kind, ChangeKind::Lookalike);
    assert!(c.old.findings.is_empty());
    assert_eq!(c.new.findings.len(), 1);
    let f = &c.new.findings[0];
    assert_eq!(f.kind, FindingKind::Lookalike);
    assert_eq!(
        (f.chars[0].code_point, f.chars[0].script),
        (0x0430, "Cyrillic")
    );
    // The same text on both sides: no change, but the finding is still reported.
    let c = compare(new, new, &CompareOptions::new());
    assert!(c.changes.is_empty());
    assert_eq!(c.old.findings.len(), 1);
}

#[test]
fn split_and_hyphenated_pdf_words() {
    let c = compare(
        "The shar e of th at interna-\ntional fund",
        "The share of that international fund",
        &CompareOptions::new(),
    );
    let kinds: Vec<_> = c
        .changes
        .iter()
        .map(|ch| (ch.kind, change_texts(&c, ch.id)))
        .collect();
    assert_eq!(
        kinds,
        [
            (ChangeKind::Split, ("shar e".into(), "share".into())),
            (ChangeKind::Split, ("th at".into(), "that".into())),
            (
                ChangeKind::Split,
                ("interna-\ntional".into(), "international".into())
            ),
        ]
    );
    assert_eq!(c.stats.changes, 0);
    assert_eq!(c.stats.words_deleted + c.stats.words_inserted, 0);
}

#[test]
fn verbatim_moved_examples_of_the_model_spec_are_moves() {
    let (a, b) = pair("modelspec-2025-04-vs-09-long");
    let c = compare(&a, &b, &CompareOptions::new());
    let moved: Vec<_> = c
        .changes
        .iter()
        .filter(|ch| ch.kind == ChangeKind::Moved)
        .collect();
    assert!(moved.len() >= 20, "found {}", moved.len());
    for ch in &moved {
        let other = &c.changes[ch.pair.expect("a move names its other half") as usize];
        assert_eq!(other.pair, Some(ch.id));
        assert_eq!(other.kind, ChangeKind::Moved);
        assert_ne!(
            ch.old.is_empty(),
            other.old.is_empty(),
            "one half is where it was, one where it is"
        );
        let (from, to) = if ch.old.is_empty() {
            (other, *ch)
        } else {
            (*ch, other)
        };
        let (o, _) = change_texts(&c, from.id);
        let (_, n) = change_texts(&c, to.id);
        assert!(!o.is_empty() && !n.is_empty());
    }
    assert!(c.stats.words_moved >= 500, "{}", c.stats.words_moved);
    // The "Be empathetic" example moved from "Be approachable" to "Use appropriate style".
    assert!(moved
        .iter()
        .any(|ch| change_texts(&c, ch.id).0.contains("my dad died last year")));
}

#[test]
fn the_moved_european_rights_section_of_the_privacy_statement_is_a_move() {
    let (a, b) = pair("gh-privacy-2022-12");
    let c = compare(&a, &b, &CompareOptions::new());
    let m = moves(&a, &b, &c);
    assert!(
        m.iter().any(
            |(o, n, _)| o.contains("subject to European Union data protection law")
                && n.contains("subject to European Union data protection law")
        ),
        "{m:#?}"
    );
    assert!(c.stats.words_moved >= 150, "{}", c.stats.words_moved);
}

#[test]
fn re_sorted_definitions_of_the_terms_of_service_are_renumbered_moves() {
    let (a, b) = pair("gh-tos-2019-fall");
    let c = compare(&a, &b, &CompareOptions::new());
    let m = moves(&a, &b, &c);
    for term in [
        "“Service”",
        "“Website”",
        "“Content”",
        "\"Account\"",
        "“GitHub,”",
    ] {
        assert!(m.iter().any(|(_, n, _)| n.contains(term)), "{term}: {m:#?}");
    }
    // The new numbers are edits inside the moves (figures), not whole-line rewrites.
    let renumbered = c
        .changes
        .iter()
        .filter(|e| e.within.is_some() && e.kind == ChangeKind::Number)
        .count();
    assert!(renumbered >= 3, "{renumbered}");
}

#[test]
fn list_items_moved_and_edited_between_sections_are_moves_with_edits() {
    let (a, b) = pair("gh-aup-2022-02");
    let c = compare(&a, &b, &CompareOptions::new());
    let m = moves(&a, &b, &c);
    let edited = m.iter().filter(|(_, _, edits)| *edits > 0).count();
    assert!(edited >= 5, "{m:#?}");
    assert!(m
        .iter()
        .any(|(o, n, _)| o.contains("harass, abuse") && n.contains("harasses or abuses")));
    // Items that were paragraphs of their own and joined one list in the new text each move by
    // themselves: a paragraph move would pair one of them with the whole list.
    for item in ["directly supports", "servers to disrupt"] {
        let found: Vec<_> = m.iter().filter(|(o, _, _)| o.contains(item)).collect();
        assert_eq!(found.len(), 1, "{item}: {m:#?}");
        assert!(
            found[0].1.contains(item) && !found[0].1.contains('\n'),
            "{found:#?}"
        );
    }
}

#[test]
fn the_commitment_embedded_in_two_pages_has_its_furniture_set_apart() {
    let (a, b) = pair("gplcc-github-vs-capitalone-embedded");
    let c = compare(&a, &b, &CompareOptions::new());
    let around: Vec<_> = c
        .changes
        .iter()
        .filter(|ch| ch.kind == ChangeKind::Surrounding)
        .map(|ch| change_texts(&c, ch.id))
        .collect();
    // One block: the head of each page (front matter and intro / title, quote and attribution).
    assert_eq!(around.len(), 1, "{around:#?}");
    assert!(around[0]
        .0
        .starts_with("---\ntitle: GitHub GPL Cooperation Commitment"));
    assert!(around[0].1.contains("John Mark Walker"));
    // The statement itself: the company name substituted, nothing else of the pages.
    let edits: Vec<_> = c
        .changes
        .iter()
        .filter(|ch| ch.kind != ChangeKind::Surrounding)
        .map(|ch| change_texts(&c, ch.id))
        .collect();
    assert!(
        edits
            .iter()
            .all(|(o, n)| o.contains("GitHub") && n.contains("Capital One")),
        "{edits:#?}"
    );
    assert_eq!(c.stats.surrounding, 1);
    assert_eq!(
        c.stats.changes,
        edits.len() as u32 + 1,
        "the block is one stop"
    );
    assert!(c.stats.shared_similarity > 0.95, "{:?}", c.stats);
    // The headline covers the whole pages: their heads differ.
    assert!(c.stats.similarity < 0.75, "{:?}", c.stats);
    assert!(c.stats.surrounding_words_old > 50 && c.stats.surrounding_words_new > 50);
}

#[test]
fn news_page_furniture_around_a_statement_is_surrounding_in_both_languages() {
    let statement = "Заявление МИД России.\n\nМы считаем, что решение, принятое 12 марта, противоречит нормам международного права и должно быть пересмотрено.\n\nВсе стороны должны вернуться к переговорам.\n";
    let old = format!("Курс доллара 92,5 ₽ · Евро 99,1 ₽\nГлавные новости: пожар в порту; выборы мэра\n\n{statement}\nСкачать документ Приложение 1.pdf (245 КБ)\nТелефон для справок: +7 495 123-45-67\n");
    let new = format!("Новости дня | Погода: +3 °C, облачно\nЛента: матч завершился вничью; открыт новый мост\n\n{statement}\nПоделиться ВКонтакте · Telegram · Одноклассники\nВсе материалы раздела «Политика»\n");
    let c = compare(&old, &new, &CompareOptions::new());
    let kinds: Vec<_> = c.changes.iter().map(|ch| ch.kind).collect();
    assert_eq!(kinds, [ChangeKind::Surrounding; 2], "{:#?}", c.changes);
    assert_eq!((c.stats.changes, c.stats.surrounding), (2, 2));
    assert_eq!(c.stats.shared_similarity, 1.0);
    assert!(c.stats.similarity < 1.0);
}

#[test]
fn a_section_appended_to_a_statement_is_an_edit_not_furniture() {
    let body = "The committee approved the annual budget on Monday after a long debate.\n\nIt will publish the figures next week on its website.\n";
    let old = body.to_string();
    let new = format!("{body}\n## Update\n\nThe figures were published on Friday, with a correction to the second table.\nA new hearing is planned.\n");
    let c = compare(&old, &new, &CompareOptions::new());
    assert_eq!(c.stats.surrounding, 0, "{:#?}", c.changes);
    assert!(c.stats.words_inserted >= 15);
}

#[test]
fn a_hard_wrapped_paragraph_that_moved_into_an_unwrapped_text_is_one_move() {
    let old = "The ministry opened the hearing on the new budget at ten in the morning.\n\n\
               The committee will publish its annual report on the\n\
               financial situation of the region before the end of\n\
               the summer session, as agreed with the council.\n\n\
               Speakers from three districts asked for more time to study the plan.\n\n\
               Two members of the council proposed moving the vote to the following week.\n\n\
               The chair said the ministry would answer every written question in writing.\n\n\
               The hearing closed after four hours of questions from the public.\n";
    let new = "The ministry opened the hearing on the new budget at ten in the morning.\n\n\
               Speakers from three districts asked for more time to study the plan.\n\n\
               Two members of the council proposed moving the vote to the following week.\n\n\
               The chair said the ministry would answer every written question in writing.\n\n\
               The hearing closed after four hours of questions from the public.\n\n\
               The committee will publish its annual report on the financial situation of the \
               region before the end of the autumn session, as agreed with the council.\n";
    let c = compare(old, new, &CompareOptions::new());
    let m = moves(old, new, &c);
    assert_eq!(m.len(), 1, "{m:#?}");
    let (from, to, edits) = &m[0];
    assert!(
        from.starts_with("The committee") && from.ends_with("council."),
        "{from}"
    );
    assert!(
        to.starts_with("The committee") && to.ends_with("council."),
        "{to}"
    );
    assert_eq!(*edits, 1, "summer → autumn inside the move");
    let edit = c.changes.iter().find(|e| e.within.is_some()).unwrap();
    assert_eq!(
        change_texts(&c, edit.id),
        ("summer".into(), "autumn".into())
    );
    // Nothing else is an edit: the re-wrapping inside the move is not a change of its own.
    let others: Vec<_> = c
        .changes
        .iter()
        .filter(|e| e.kind != ChangeKind::Moved && e.within.is_none() && !e.minor)
        .map(|e| change_texts(&c, e.id))
        .collect();
    assert!(others.is_empty(), "{others:#?}");

    // Verbatim, wrapped the other way round (one line → three), also one move.
    let c = compare(new, old, &CompareOptions::new());
    let m = moves(new, old, &c);
    assert_eq!(m.len(), 1, "{m:#?}");
    assert_eq!(m[0].2, 1);
}

#[test]
fn typography_inside_a_moved_line_is_minor_within_the_move() {
    let line_old = "The council — after a long debate — approved the «new» budget for schools.";
    let line_new = "The council --- after a long debate --- approved the “new” budget for schools.";
    let stay = "Other business of the evening was left for the next meeting of the council.\n\n\
                Members thanked the staff for preparing the papers on time again this year.";
    let old = format!("{line_old}\n\n{stay}\n");
    let new = format!("{stay}\n\n{line_new}\n");
    let c = compare(&old, &new, &CompareOptions::new());
    let m = moves(&old, &new, &c);
    assert_eq!(m.len(), 1, "{m:#?}");
    let inside: Vec<_> = c.changes.iter().filter(|e| e.within.is_some()).collect();
    assert_eq!(inside.len(), 4, "{:#?}", c.changes);
    for e in &inside {
        assert_eq!(
            e.kind,
            ChangeKind::Typography,
            "{:?}",
            change_texts(&c, e.id)
        );
        assert!(e.minor);
    }
    assert_eq!(change_texts(&c, inside[0].id), ("—".into(), "---".into()));
    assert_eq!((c.stats.words_deleted, c.stats.words_inserted), (0, 0));
    assert_eq!(c.stats.changes, 2, "the two halves of the move");
    assert_eq!(c.stats.minor_changes, 4);
}

#[test]
fn a_sentence_that_moved_to_another_paragraph_is_a_move_in_english_and_russian() {
    for (intro, moved, edited, rest, close) in [
        (
            "The ministry published its annual report on Monday. It covers the whole region.",
            // Abbreviations ("U.S.", "J.") do not end a sentence.
            "The committee of J. Smith will review the plan of the U.S. Congress before the end of the summer session.",
            "The committee of J. Smith will review the plan of the U.S. Congress before the end of the autumn session.",
            "Speakers from three districts asked for more time to study the plan in detail.",
            "The hearing closed after four hours of questions from the public and the press.",
        ),
        (
            "Министерство опубликовало годовой отчёт в понедельник. Он охватывает весь регион.",
            "Комитет рассмотрит план расходов, т. е. бюджет, до конца летней сессии вместе с советом.",
            "Комитет рассмотрит план расходов, т. е. бюджет, до конца осенней сессии вместе с советом.",
            "Представители трёх районов попросили больше времени на изучение плана.",
            "Слушания завершились после четырёх часов вопросов от публики и прессы.",
        ),
    ] {
        let old = format!("{intro} {moved}\n\n{rest}\n\n{close}\n");
        let new = format!("{intro}\n\n{rest}\n\n{close} {edited}\n");
        let c = compare(&old, &new, &CompareOptions::new());
        let m = moves(&old, &new, &c);
        assert_eq!(m.len(), 1, "{m:#?}\n{:#?}", c.changes);
        assert_eq!(
            (m[0].0.as_str(), m[0].1.as_str(), m[0].2),
            (moved, edited, 1)
        );
    }
}

#[test]
fn ignore_case_reads_a_heading_in_capitals_as_case_and_an_abbreviation_as_a_word() {
    let mut ic = CompareOptions::new();
    ic.ignore_case(true);
    // Matched word by word with ignoreCase: the same reading as without it (one case change).
    for (a, b) in [
        ("THE FUND WILL PAY.", "the fund will pay."),
        ("ЗАЯВЛЕНИЕ МИД РОССИИ", "Заявление МИД России"),
        (
            "Press release: THE FUND, WILL PAY",
            "Press release: the fund, will pay",
        ),
    ] {
        for opts in [CompareOptions::new(), ic.clone()] {
            let c = compare(a, b, &opts);
            assert_eq!(
                c.stats.changes, 0,
                "{a:?} → {b:?} ({opts:?}): {:?}",
                c.changes
            );
            assert!(c.changes.iter().all(|ch| ch.kind == ChangeKind::Case));
        }
    }
    // An abbreviation among words in lower case is another word, with ignoreCase too.
    for opts in [CompareOptions::new(), ic] {
        let c = compare(
            "Talks with the US and NATO.",
            "Talks with the us and nato.",
            &opts,
        );
        assert_eq!(c.stats.changes, 2, "{opts:?}: {:?}", c.changes);
        assert!(c.changes.iter().all(|ch| ch.kind == ChangeKind::Wording));
    }
}
