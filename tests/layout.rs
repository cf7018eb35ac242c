//! The core's layout (issue #11), checked from its source: the files of `src/` import each other
//! without a cycle (each `crate::name` a file names, outside its tests, is an arrow), and only
//! `wasm.rs` names wasm-bindgen or js-sys.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeMap;
use std::path::Path;

/// Each file's module name and the crate modules it names (outside `#[cfg(test)]`).
fn imports() -> BTreeMap<String, Vec<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = BTreeMap::new();
    for entry in std::fs::read_dir(&src).expect("src/") {
        let path = entry.expect("a file").path();
        if path.extension().is_some_and(|e| e == "rs") {
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            let text = std::fs::read_to_string(&path).expect("UTF-8");
            // A file's tests (its last `#[cfg(test)] mod …`) may use any module: not arrows.
            let code = match text.rfind("#[cfg(test)]\nmod ") {
                Some(at) => text[..at].to_string(),
                None => text,
            };
            files.insert(name, code);
        }
    }
    let names: Vec<String> = files.keys().cloned().collect();
    files
        .iter()
        .filter(|(name, _)| name.as_str() != "lib")
        .map(|(name, code)| {
            let mut uses: Vec<String> = names
                .iter()
                .filter(|other| *other != name && *other != "lib")
                .filter(|other| names_module(code, other))
                .cloned()
                .collect();
            uses.sort();
            (name.clone(), uses)
        })
        .collect()
}

/// Whether code names `crate::module` (`use crate::{a, module}` included).
fn names_module(code: &str, module: &str) -> bool {
    if code.contains(&format!("crate::{module}::")) || code.contains(&format!("crate::{module};")) {
        return true;
    }
    code.match_indices("crate::{").any(|(at, _)| {
        let list = &code[at + 8..];
        let list = &list[..list.find('}').unwrap_or(list.len())];
        list.split(',').any(|item| {
            let item = item.trim();
            item == module || item.starts_with(&format!("{module}::"))
        })
    })
}

#[test]
fn no_import_cycle_among_the_core_files() {
    let graph = imports();
    // Depth-first search; a grey node met again closes a cycle.
    fn visit<'g>(
        n: &'g str,
        graph: &'g BTreeMap<String, Vec<String>>,
        state: &mut BTreeMap<&'g str, u8>,
        path: &mut Vec<&'g str>,
    ) {
        match state.get(n) {
            Some(1) => panic!("import cycle: {} → {n}", path.join(" → ")),
            Some(_) => return,
            None => {}
        }
        state.insert(n, 1);
        path.push(n);
        for m in graph.get(n).into_iter().flatten() {
            visit(m, graph, state, path);
        }
        path.pop();
        state.insert(n, 2);
    }
    let mut state = BTreeMap::new();
    for n in graph.keys() {
        visit(n, &graph, &mut state, &mut Vec::new());
    }
    // The pipeline's order holds: a stage does not import a later one.
    let uses = |a: &str, b: &str| graph[a].iter().any(|x| x == b);
    assert!(uses("compare", "assemble") && uses("quotes", "compare"));
    assert!(!uses("tokens", "patience") && !uses("patience", "moves") && !uses("model", "quotes"));
}

#[test]
fn only_wasm_rs_names_wasm_bindgen() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    // The library's files and the binaries' (src/bin/: the command line).
    let files = [src.clone(), src.join("bin")]
        .iter()
        .flat_map(|dir| std::fs::read_dir(dir).expect("a source folder"))
        .map(|entry| entry.expect("a file").path())
        .filter(|path| path.extension().is_some_and(|e| e == "rs"))
        .collect::<Vec<_>>();
    assert!(
        files.iter().any(|p| p.ends_with("bin/statement-diff.rs")),
        "src/bin/ was read"
    );
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&path).expect("UTF-8");
        let names = [
            "wasm_bindgen::",
            "js_sys::",
            "web_sys::",
            "serde_wasm_bindgen",
        ]
        .iter()
        .any(|n| text.contains(n));
        assert!(name == "wasm.rs" || !names, "{name} names a wasm crate");
    }
}

#[test]
fn the_detector_sees_imports() {
    assert!(names_module(
        "use crate::{classify, compare::x};",
        "compare"
    ));
    assert!(names_module("use crate::tokens::{Interner};", "tokens"));
    assert!(!names_module("use crate::tokens_x::{Interner};", "tokens"));
}
