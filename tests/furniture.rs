//! Page furniture is collapsed only on positive evidence (the trust issue): a statement whose
//! first or last paragraphs were rewritten, added or removed shows ordinary changes, two pages
//! that share only a news list show their statements as changed, and a statement carried by
//! two sites with different tickers and news lists around it still has its furniture collapsed
//! and is aligned word for word. English and Russian alike.

mod common;

use common::compare;
use statement_diff::{ChangeKind, CompareOptions, Comparison};

fn fixture(name: &str) -> String {
    let path = format!(
        "{}/tests/fixtures/furniture/{name}",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// A site's header and footer (its fixture file holds both, cut at a line "-----").
fn site(name: &str) -> (String, String) {
    let text = fixture(name);
    let (head, foot) = text.split_once("-----\n").expect("header ----- footer");
    (head.to_string(), foot.to_string())
}

fn paragraphs(text: &str) -> Vec<String> {
    text.trim_end().split("\n\n").map(str::to_string).collect()
}

fn join(paras: &[String]) -> String {
    paras.join("\n\n") + "\n"
}

fn surrounding(c: &Comparison) -> usize {
    c.changes
        .iter()
        .filter(|ch| ch.kind == ChangeKind::Surrounding)
        .count()
}

/// Checks the invariants every result keeps, whatever the furniture verdict.
fn check(c: &Comparison, old: &str, new: &str) {
    assert_eq!(c.old.text(), old);
    assert_eq!(c.new.text(), new);
    let s = &c.stats;
    assert_eq!(
        s.changes,
        s.replaced + s.added + s.removed + s.moved + s.surrounding,
        "{s:?}"
    );
    assert_eq!(
        s.changes as usize,
        c.changes.iter().filter(|ch| !ch.minor).count()
    );
    if c.changes.iter().any(|ch| !ch.minor) {
        assert!(s.similarity < 1.0, "a difference is never 100 % similar");
    }
}

fn cmp<'a>(old: &'a str, new: &'a str) -> Comparison<'a> {
    let c = compare(old, new, &CompareOptions::new());
    check(&c, old, new);
    c
}

const REWRITES_EN: [&str; 2] = [
    "The Ministry regrets that the delegations of both countries needed eleven rounds of talks to reach an agreement on the river basin, and hopes the next negotiations will be quicker.",
    "The embassy will follow the work of the commission closely and report to the Ministry on whether the measurements it publishes are complete and on time.",
];
const REWRITES_RU: [&str; 2] = [
    "Министерство сожалеет, что делегациям обеих стран потребовалось одиннадцать раундов переговоров для соглашения по речному бассейну, и надеется, что следующие переговоры пройдут быстрее.",
    "Посольство будет внимательно следить за работой комиссии и докладывать Министерству, насколько полно и своевременно публикуются результаты измерений.",
];

fn both_languages(mut test: impl FnMut(&str, &str, [&str; 2], &str)) {
    test(
        "statement-en.txt",
        "other-en.txt",
        REWRITES_EN,
        "site-{}-en.txt",
    );
    test(
        "statement-ru.txt",
        "other-ru.txt",
        REWRITES_RU,
        "site-{}-ru.txt",
    );
}

#[test]
fn rewritten_or_added_paragraphs_at_either_end_are_ordinary_changes() {
    both_languages(|statement, _, rewrites, _| {
        let paras = paragraphs(&fixture(statement));
        let n = paras.len();
        let mut cases: Vec<(&str, String)> = Vec::new();
        let with = |at: &[usize]| {
            let mut p = paras.clone();
            for (k, &i) in at.iter().enumerate() {
                p[i] = rewrites[k].to_string();
            }
            join(&p)
        };
        cases.push(("first paragraph rewritten", with(&[1])));
        cases.push(("first two paragraphs rewritten", with(&[1, 2])));
        cases.push(("last paragraph rewritten", with(&[n - 1])));
        cases.push(("last two paragraphs rewritten", with(&[n - 2, n - 1])));
        cases.push(("heading and first paragraph rewritten", with(&[0, 1])));
        let mut added_end = paras.clone();
        added_end.push(rewrites[1].to_string());
        cases.push(("a paragraph added at the end", join(&added_end)));
        let mut added_start = paras.clone();
        added_start.insert(0, rewrites[0].to_string());
        cases.push(("a paragraph added at the start", join(&added_start)));
        cases.push(("the last paragraph removed", join(&paras[..n - 1])));
        cases.push(("the heading removed", join(&paras[1..])));
        let old = join(&paras);
        for (what, new) in &cases {
            for (o, n) in [(old.as_str(), new.as_str()), (new.as_str(), old.as_str())] {
                let c = cmp(o, n);
                assert_eq!(surrounding(&c), 0, "{statement}, {what}: {:?}", c.stats);
                assert!(c.stats.changes >= 1, "{statement}, {what}");
                assert!(
                    c.stats.words_deleted + c.stats.words_inserted >= 10,
                    "{statement}, {what}: counted {:?}",
                    c.stats
                );
                assert!(c.stats.similarity < 0.97, "{statement}, {what}");
            }
        }
    });
}

#[test]
fn pages_sharing_only_a_news_list_show_their_statements_as_changed() {
    both_languages(|statement, other, _, site_name| {
        let (head, _) = site(&site_name.replace("{}", "a"));
        let old = format!("{head}\n{}", fixture(statement));
        let new = format!("{head}\n{}", fixture(other));
        let c = cmp(&old, &new);
        assert_eq!(surrounding(&c), 0, "{statement}: {:?}", c.stats);
        assert!(c.stats.similarity < 0.6, "{statement}: {:?}", c.stats);
        assert!(c.stats.words_deleted > 50 && c.stats.words_inserted > 50);
        // And the same with the shared list after the statements.
        let (_, foot) = site(&site_name.replace("{}", "a"));
        let old = format!("{}\n{foot}", fixture(statement));
        let new = format!("{}\n{foot}", fixture(other));
        let c = cmp(&old, &new);
        assert_eq!(surrounding(&c), 0, "{statement}: {:?}", c.stats);
        assert!(c.stats.similarity < 0.6, "{statement}: {:?}", c.stats);
    });
}

#[test]
fn a_statement_on_two_sites_has_its_furniture_collapsed_and_its_words_aligned() {
    both_languages(|statement, _, _, site_name| {
        let text = fixture(statement);
        let (ha, fa) = site(&site_name.replace("{}", "a"));
        let (hb, fb) = site(&site_name.replace("{}", "b"));
        let old = format!("{ha}\n{text}\n{fa}");
        let new = format!("{hb}\n{text}\n{fb}");
        let c = cmp(&old, &new);
        assert_eq!(surrounding(&c), 2, "{statement}: {:?}", c.stats);
        assert_eq!(c.stats.changes, 2, "only the two furniture blocks");
        assert_eq!(c.stats.shared_similarity, 1.0);
        assert!(c.stats.similarity < 1.0);
        assert!(c.stats.surrounding_words_old > 20 && c.stats.surrounding_words_new > 20);
        // With an edit inside the statement: the furniture still collapsed, the edit its own.
        let edited = text.replacen("14", "15", 1);
        let new = format!("{hb}\n{edited}\n{fb}");
        let c = cmp(&old, &new);
        assert_eq!(surrounding(&c), 2, "{statement}: {:?}", c.stats);
        assert_eq!(c.stats.kinds.get(&ChangeKind::Number), Some(&1));
    });
}

#[test]
fn the_embedded_commitment_keeps_its_furniture_collapsed() {
    let dir = format!(
        "{}/tests/corpus/gplcc-github-vs-capitalone-embedded",
        env!("CARGO_MANIFEST_DIR")
    );
    let a = std::fs::read_to_string(format!("{dir}/a.txt")).unwrap();
    let b = std::fs::read_to_string(format!("{dir}/b.txt")).unwrap();
    let c = cmp(&a, &b);
    assert!(surrounding(&c) >= 1, "{:?}", c.stats);
    assert!(c.stats.shared_similarity > 0.95, "{:?}", c.stats);
    assert!(c.stats.similarity < c.stats.shared_similarity);
}

#[test]
fn a_rewritten_list_of_points_at_the_end_is_an_ordinary_change() {
    // Short lines, list markers: how a statement lists its points, not furniture.
    for (statement, old_list, new_list) in [
        (
            "statement-en.txt",
            "The Ministry calls on the parties to:\n- release all detainees without delay\n- reopen the border crossings for trade\n- resume the talks under the commission\n- publish the water measurements monthly\n",
            "The Ministry calls on the parties to:\n- withdraw their troops from the valley\n- compensate the families of the victims\n- allow observers into the northern camps\n- hold elections before the next winter\n",
        ),
        (
            "statement-ru.txt",
            "Министерство призывает стороны:\n- безотлагательно освободить всех задержанных\n- вновь открыть пограничные переходы для торговли\n- возобновить переговоры в рамках комиссии\n- ежемесячно публиковать данные измерений\n",
            "Министерство призывает стороны:\n- вывести войска из долины реки\n- выплатить компенсации семьям пострадавших\n- допустить наблюдателей в северные лагеря\n- провести выборы до наступления зимы\n",
        ),
    ] {
        let text = fixture(statement);
        let old = format!("{text}\n{old_list}");
        let new = format!("{text}\n{new_list}");
        let c = cmp(&old, &new);
        assert_eq!(surrounding(&c), 0, "{statement}: {:?}", c.stats);
        assert!(c.stats.words_deleted >= 15 && c.stats.words_inserted >= 15);
    }
}
