//! Property test: for any two texts, each side's segments join back to exactly its input, every
//! invariant holds, and the result is deterministic.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::check_invariants;
use proptest::prelude::*;
use statement_diff::{compare, CompareOptions};

/// Text made of the pieces real statements (and hostile pastes) are made of.
fn messy_text() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("the".to_string()),
        Just("and".to_string()),
        Just("Заявление".to_string()),
        Just("и".to_string()),
        Just("ещё".to_string()),
        Just("$35,000,000".to_string()),
        Just("12.03.2024".to_string()),
        Just("40th".to_string()),
        Just(" ".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just("\r".to_string()),
        Just("\n\n".to_string()),
        Just("\t".to_string()),
        Just("\u{00A0}".to_string()),
        Just("\0".to_string()),
        Just(",".to_string()),
        Just("«".to_string()),
        Just("—".to_string()),
        Just("\u{0301}".to_string()),
        Just("👩‍👩‍👧".to_string()),
        Just("\u{200B}".to_string()),
        Just("שלום".to_string()),
        Just("声明".to_string()),
        "[a-zA-Z0-9]{1,8}",
        any::<char>().prop_map(String::from),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

fn edited(base: String) -> impl Strategy<Value = (String, String)> {
    let len = base.len();
    (Just(base), 0..=len, 0..=len, messy_text()).prop_map(|(base, i, j, ins)| {
        let (i, j) = (i.min(j), i.max(j));
        let fix = |mut k: usize| {
            while !base.is_char_boundary(k) {
                k -= 1;
            }
            k
        };
        let (i, j) = (fix(i), fix(j));
        let new = format!("{}{}{}", &base[..i], ins, &base[j..]);
        (base, new)
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn unrelated_texts(a in messy_text(), b in messy_text(), cleanup in any::<bool>(), ignore_case in any::<bool>()) {
        let mut opts = CompareOptions::new();
        opts.cleanup(cleanup).ignore_case(ignore_case);
        let c = compare(&a, &b, &opts);
        check_invariants(&a, &b, &c);
        prop_assert_eq!(&c, &compare(&a, &b, &opts), "deterministic");
    }

    #[test]
    fn edited_texts((a, b) in messy_text().prop_flat_map(edited)) {
        let c = compare(&a, &b, &CompareOptions::new());
        check_invariants(&a, &b, &c);
    }
}
