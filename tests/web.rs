//! The JavaScript boundary, run in headless Chromium and Firefox by
//! `wasm-pack test --headless --chrome` / `--firefox`.
#![cfg(target_arch = "wasm32")]

use js_sys::{Array, Error as JsErr, Object, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

use statement_diff::wasm::compare_js;

wasm_bindgen_test_configure!(run_in_browser);

fn obj(json: &str) -> JsValue {
    JSON::parse(json).unwrap()
}

fn get(v: &JsValue, key: &str) -> JsValue {
    Reflect::get(v, &key.into()).unwrap()
}

fn compare(a: &str, b: &str, options: JsValue) -> JsValue {
    compare_js(a.into(), b.into(), options).unwrap_or_else(|_| panic!("compare threw"))
}

/// The segments of one side as (text, op, change) triples, read back from the JS objects.
fn segments(result: &JsValue, side: &str) -> Vec<(String, String, Option<u32>)> {
    let segs: Array = get(&get(result, side), "segments").dyn_into().unwrap();
    segs.iter()
        .map(|s| {
            let change = get(&s, "change");
            (
                get(&s, "text").as_string().unwrap(),
                get(&s, "op").as_string().unwrap(),
                change.as_f64().map(|n| n as u32),
            )
        })
        .collect()
}

fn joined(result: &JsValue, side: &str) -> String {
    segments(result, side).into_iter().map(|s| s.0).collect()
}

/// The thrown value must be a real `Error`; returns its message.
fn error_message(result: Result<JsValue, wasm_bindgen::JsError>) -> String {
    let err: JsValue = result.expect_err("expected an error").into();
    assert!(err.is_instance_of::<JsErr>(), "not an Error instance");
    let msg: String = err.unchecked_ref::<JsErr>().message().into();
    msg
}

#[wasm_bindgen_test]
fn result_shape_is_plain_objects() {
    let r = compare("Hello, world!", "Hello, big world.", JsValue::UNDEFINED);
    assert_eq!(
        Object::get_prototype_of(&r),
        Object::get_prototype_of(&Object::new())
    );
    let json = JSON::stringify(&r).unwrap().as_string().unwrap();
    assert!(json.contains(r#""op":"insert""#), "{json}");
    assert!(
        json.contains(r#""kind":"punctuation","minor":false"#),
        "{json}"
    );
    assert!(
        json.contains(r#""kinds":{"wording":1,"punctuation":1}"#),
        "{json}"
    );
    assert!(json.contains(r#""findings":[]"#), "{json}");
    assert_eq!(get(&r, "approximate"), JsValue::FALSE);
    let stats = get(&r, "stats");
    assert_eq!(get(&stats, "wordsInserted").as_f64(), Some(1.0));
    assert_eq!(get(&stats, "changes").as_f64(), Some(2.0));
    let changes: Array = get(&r, "changes").dyn_into().unwrap();
    assert_eq!(changes.length(), 2);
    let first = changes.get(0);
    assert_eq!(get(&get(&first, "new"), "start").as_f64(), Some(7.0));
    // Equal segments carry no `change` key at all.
    let seg0 = Array::from(&get(&get(&r, "old"), "segments")).get(0);
    assert!(!Reflect::has(&seg0, &"change".into()).unwrap());
}

#[wasm_bindgen_test]
fn cyrillic_and_emoji_cross_unchanged_with_utf16_offsets() {
    let a = "😀 Заявление МИД\r\n\tё\0 👩‍👩‍👧";
    let b = "😀 Сообщение МИД\r\n\tё\0 👩‍👩‍👧!";
    let r = compare(a, b, JsValue::UNDEFINED);
    assert_eq!(joined(&r, "old"), a);
    assert_eq!(joined(&r, "new"), b);
    let old = segments(&r, "old");
    assert_eq!(
        old[1],
        ("Заявление".to_string(), "delete".to_string(), Some(0))
    );
    let change = Array::from(&get(&r, "changes")).get(0);
    // "😀 " is 3 UTF-16 code units: the span indexes the JS string directly.
    assert_eq!(get(&get(&change, "old"), "start").as_f64(), Some(3.0));
    assert_eq!(get(&get(&change, "old"), "end").as_f64(), Some(12.0));
}

/// JSON numbers as f64 (JavaScript prints 1.0 as 1; `serde_json` keeps integers and floats apart).
fn as_f64_numbers(v: serde_json::Value) -> serde_json::Value {
    use serde_json::Value;
    match v {
        Value::Number(n) => Value::from(n.as_f64().unwrap()),
        Value::Array(a) => Value::Array(a.into_iter().map(as_f64_numbers).collect()),
        Value::Object(o) => {
            Value::Object(o.into_iter().map(|(k, v)| (k, as_f64_numbers(v))).collect())
        }
        other => other,
    }
}

#[wasm_bindgen_test]
fn results_cross_the_boundary_unchanged() {
    let samples = [
        ("", ""),
        ("same", "same"),
        ("Hello, world!", "Hello, big world."),
        ("«Мир» — это ещё не всё.\r\n", "“Мир” --- это еще всё.\n"),
        (
            "שלום עולם 👩\u{200D}👩\u{200D}👧 \0 x\u{0301}",
            "שלום עולם! 👩\u{200D}👧 \u{202E}x",
        ),
        ("th at interna-\ntional", "that international"),
        (
            "Kazakhstan 35\u{00A0}000 ₸",
            "Kazakhst\u{0430}n 45\u{00A0}000 ₸",
        ),
    ];
    for (a, b) in samples {
        let js = JSON::stringify(&compare(a, b, JsValue::UNDEFINED))
            .unwrap()
            .as_string()
            .unwrap();
        let rust = serde_json::to_string(&statement_diff::compare(
            a,
            b,
            &statement_diff::CompareOptions::new(),
        ))
        .unwrap();
        let parse = |s: &str| as_f64_numbers(serde_json::from_str(s).unwrap());
        assert_eq!(parse(&js), parse(&rust), "{a:?} / {b:?}");
    }
}

#[wasm_bindgen_test]
fn findings_name_lookalike_code_points() {
    let r = compare("Kazakhstan", "Kazakhst\u{0430}n", JsValue::UNDEFINED);
    let change = Array::from(&get(&r, "changes")).get(0);
    assert_eq!(get(&change, "kind").as_string().unwrap(), "lookalike");
    let finding = Array::from(&get(&get(&r, "new"), "findings")).get(0);
    let ch = Array::from(&get(&finding, "chars")).get(0);
    assert_eq!(get(&ch, "codePoint").as_f64(), Some(0x0430 as f64));
    assert_eq!(get(&ch, "script").as_string().unwrap(), "Cyrillic");
    assert_eq!(get(&ch, "offset").as_f64(), Some(8.0));
}

#[wasm_bindgen_test]
fn options_are_read() {
    let r = compare(
        "Бан",
        "бан",
        obj(r#"{"ignoreCase": true, "cleanup": false, "timeoutMs": 0}"#),
    );
    // Matched: what is left is one minor case change.
    assert_eq!(get(&get(&r, "stats"), "changes").as_f64(), Some(0.0));
    assert_eq!(get(&get(&r, "stats"), "minorChanges").as_f64(), Some(1.0));
    let r = compare("Бан", "бан", obj("{}"));
    assert_eq!(Array::from(&get(&r, "changes")).length(), 1);
    let r = compare("Бан", "бан", JsValue::NULL);
    assert_eq!(Array::from(&get(&r, "changes")).length(), 1);
    // `undefined` values mean "not given", as in JS.
    let o = Object::new();
    Reflect::set(&o, &"ignoreCase".into(), &JsValue::UNDEFINED).unwrap();
    compare("a", "b", o.into());
}

#[wasm_bindgen_test]
fn bad_options_throw_errors_naming_the_key() {
    let msg = error_message(compare_js(
        "a".into(),
        "b".into(),
        obj(r#"{"ignorecase": true}"#),
    ));
    assert!(msg.contains("unknown option \"ignorecase\""), "{msg}");
    assert!(msg.contains("ignoreCase, cleanup, timeoutMs"), "{msg}");
    let msg = error_message(compare_js(
        "a".into(),
        "b".into(),
        obj(r#"{"cleanup": "yes"}"#),
    ));
    assert_eq!(
        msg,
        "option \"cleanup\" must be true or false, got string \"yes\""
    );
    let msg = error_message(compare_js(
        "a".into(),
        "b".into(),
        obj(r#"{"timeoutMs": -5}"#),
    ));
    assert!(
        msg.starts_with("option \"timeoutMs\" must be a whole number"),
        "{msg}"
    );
    let msg = error_message(compare_js(
        "a".into(),
        "b".into(),
        obj(r#"{"timeoutMs": [1]}"#),
    ));
    assert!(msg.ends_with("got array"), "{msg}");
    let msg = error_message(compare_js("a".into(), "b".into(), 42.into()));
    assert_eq!(
        msg,
        "options must be a plain object or undefined, got number 42"
    );
    let msg = error_message(compare_js("a".into(), "b".into(), obj("[]")));
    assert!(msg.ends_with("got array"), "{msg}");
}

#[wasm_bindgen_test]
fn non_string_texts_throw_errors() {
    let msg = error_message(compare_js(JsValue::NULL, "b".into(), JsValue::UNDEFINED));
    assert_eq!(msg, "oldText must be a string, got null");
    let msg = error_message(compare_js("a".into(), 5.into(), JsValue::UNDEFINED));
    assert_eq!(msg, "newText must be a string, got number 5");
    let msg = error_message(compare_js(
        JsValue::UNDEFINED,
        "b".into(),
        JsValue::UNDEFINED,
    ));
    assert_eq!(msg, "oldText must be a string, got undefined");
    let msg = error_message(compare_js(
        "a".into(),
        Object::new().into(),
        JsValue::UNDEFINED,
    ));
    assert_eq!(msg, "newText must be a string, got object");
    // After errors, the module still works.
    compare("a", "b", JsValue::UNDEFINED);
}

#[wasm_bindgen_test]
fn time_budget_path_works_in_the_browser() {
    // Two unrelated texts of 60k words; a 1 ms budget must cut the alignment short without a
    // panic (similar's deadline needs `wasm32_web_time` here) and stay lossless.
    let words = |seed: u32| -> String {
        (0..60_000u32)
            .map(|i| {
                format!(
                    "w{}",
                    (i.wrapping_mul(2654435761).wrapping_add(seed)) % 5000
                )
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let (a, b) = (words(1), words(7));
    let r = compare(&a, &b, obj(r#"{"timeoutMs": 1}"#));
    assert_eq!(get(&r, "approximate"), JsValue::TRUE);
    assert_eq!(joined(&r, "old"), a);
    assert_eq!(joined(&r, "new"), b);
    // The default budget on a small input is not approximate.
    let r = compare("one two", "one three", JsValue::UNDEFINED);
    assert_eq!(get(&r, "approximate"), JsValue::FALSE);
}

#[wasm_bindgen_test]
fn lone_surrogates_become_replacement_characters_of_the_same_length() {
    // A JS string with a lone high surrogate: "a\uD800b".
    let s: JsValue = js_sys::JsString::from_char_code(&[0x61, 0xD800, 0x62]).into();
    let r = compare_js(s.clone(), s, JsValue::UNDEFINED).unwrap();
    assert_eq!(joined(&r, "old"), "a\u{FFFD}b");
    assert_eq!(joined(&r, "old").encode_utf16().count(), 3);
}

/// The page's word lookup decides split words; without one they are shown and the list asked for.
#[wasm_bindgen_test]
fn split_words_are_read_with_the_pages_word_lookup() {
    use statement_diff::wasm::set_word_lookup;
    let kind = |r: &JsValue| {
        let changes: Array = get(r, "changes").dyn_into().unwrap();
        let c = changes.get(0);
        (
            get(&c, "kind").as_string().unwrap(),
            get(&c, "minor").as_bool().unwrap(),
        )
    };
    let needed = |r: &JsValue| -> Vec<String> {
        let a: Array = get(r, "wordListsNeeded").dyn_into().unwrap();
        a.iter().map(|v| v.as_string().unwrap()).collect()
    };
    set_word_lookup(JsValue::NULL).unwrap();
    let r = compare("The th at rule.", "The that rule.", JsValue::UNDEFINED);
    assert_eq!(kind(&r), ("wording".into(), false));
    assert_eq!(needed(&r), ["en"]);
    // An English list that knows "that", "at", "apart", "a", "part" (and no "th").
    let lookup = js_sys::Function::new_with_args(
        "lang, word",
        "return lang === 'en' ? ['that', 'at', 'apart', 'a', 'part', 'the', 'rule'].includes(word.toLowerCase()) : undefined",
    );
    set_word_lookup(lookup.into()).unwrap();
    let r = compare("The th at rule.", "The that rule.", JsValue::UNDEFINED);
    assert_eq!(kind(&r), ("split".into(), true));
    assert!(needed(&r).is_empty());
    let r = compare("a part", "apart", JsValue::UNDEFINED);
    assert_eq!(
        kind(&r),
        ("wording".into(), false),
        "both readings are words"
    );
    // A Russian split: that list is not there.
    let r = compare("Сог ласно", "Согласно", JsValue::UNDEFINED);
    assert_eq!(needed(&r), ["ru"]);
    let msg = error_message(set_word_lookup(JsValue::from(3)).map(|_| JsValue::UNDEFINED));
    assert!(msg.contains("setWordLookup"), "{msg}");
    set_word_lookup(JsValue::NULL).unwrap();
}

/// `checkQuotes` across the boundary (the quote build): plain objects, UTF-16 spans into the
/// caller's strings (Cyrillic and an emoji before the quotation), `null` for a quotation not
/// found, and errors naming the argument.
#[cfg(feature = "quotes")]
#[wasm_bindgen_test]
fn check_quotes_crosses_the_boundary() {
    use statement_diff::wasm::check_quotes_js;
    let source = "Министерство не планирует повышать стоимость проезда в 2025 году.";
    let article = "👩‍👩‍👧 Ведомство «планирует повышать стоимость проезда в 2026 году». И «совсем другая фраза без источника».";
    let r = check_quotes_js(source.into(), article.into(), JsValue::UNDEFINED).unwrap();
    let quotes: Array = get(&r, "quotes").unchecked_into();
    assert_eq!(quotes.length(), 2);
    let q0 = quotes.get(0);
    assert_eq!(get(&q0, "verdict").as_string().unwrap(), "altered");
    let span = get(&q0, "span");
    let js_article = js_sys::JsString::from(article);
    let (start, end) = (
        get(&span, "start").as_f64().unwrap() as u32,
        get(&span, "end").as_f64().unwrap() as u32,
    );
    assert_eq!(
        String::from(js_article.substring(start, end)),
        "планирует повышать стоимость проезда в 2026 году"
    );
    let kinds: Vec<String> = Array::from(&get(&q0, "changes"))
        .iter()
        .map(|c| get(&c, "kind").as_string().unwrap())
        .collect();
    assert_eq!(kinds, ["negation", "number"]);
    let q1 = quotes.get(1);
    assert_eq!(get(&q1, "verdict").as_string().unwrap(), "notFound");
    assert!(get(&q1, "source").is_null());
    let stats = get(&r, "stats");
    assert_eq!(get(&stats, "notFound").as_f64(), Some(1.0));
    let msg = error_message(check_quotes_js(
        JsValue::NULL,
        "b".into(),
        JsValue::UNDEFINED,
    ));
    assert_eq!(msg, "sourceText must be a string, got null");
    let msg = error_message(check_quotes_js("a".into(), 5.into(), JsValue::UNDEFINED));
    assert_eq!(msg, "quotingText must be a string, got number 5");
    let msg = error_message(check_quotes_js(
        "a".into(),
        "b".into(),
        obj(r#"{"minWords": 0}"#),
    ));
    assert_eq!(
        msg,
        "option \"minWords\" must be a whole number from 1 to 1000000, got number 0"
    );
    let msg = error_message(check_quotes_js(
        "a".into(),
        "b".into(),
        obj(r#"{"minwords": 2}"#),
    ));
    assert!(
        msg.starts_with("unknown option \"minwords\"; the options are: minWords"),
        "{msg}"
    );
}
