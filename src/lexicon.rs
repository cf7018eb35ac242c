//! Is this a word of the language? A hunspell-shaped word list (stems + affix rules), loaded from
//! a file that `scripts/gen-lexicon.mjs` writes from the `dictionary-en` / `dictionary-ru`
//! packages (`www/lexicon/{en,ru}.lex`; the page fetches the gzip copy and hands over the bytes).
//!
//! A word is looked up with the typographic apostrophe ’ as ' and ё as е, and in any case, but
//! as in hunspell a word in lower case does not match a dictionary entry spelt with a capital
//! (names, abbreviations: "Th" and "Al" are words, "th" and "al" are not). Two rules of the
//! lookup, not of the data, for English (`en`) and Russian (`ru`):
//! - one letter: only "a" and "i" are English words, only в к с у о и а я Russian ones
//!   (hunspell's `en_US` lists every letter);
//! - two letters or more without a vowel (en a e i o u y, ru а е ё и о у ы э ю я) or a digit are
//!   no word: the dictionaries list abbreviations written with a full stop that way ("st",
//!   "bldg", "ст", "млн"; also the interjections "hmm", "тсс").
//!
//! Another language's file answers from its data alone.
//!
//! The format (see the generator for its writer): text lines `statement-diff lexicon 1`,
//! `lang L`, `source S`, `flags F`, `sfx N` + N rules, `pfx N` + N rules (a rule is
//! `flag Y|N strip add condition`, `0` for an empty strip or add, sorted by add then strip),
//! `sets N` + N flag sets (`0` for none, a leading `=` for a stem spelt with a capital), `words N`;
//! then N stems (a byte: how many bytes it shares with the previous stem, the rest of its UTF-8,
//! `\n`) sorted by folded form in byte order; N flag-set indices (LEB128); `end\n`.

use std::cmp::Ordering;
use std::fmt;

/// The first line of every lexicon file.
const MAGIC: &str = "statement-diff lexicon 1";

/// The flag-set bit of a stem spelt with a capital in the dictionary (a name, an abbreviation):
/// a word in lower case does not match it, as in hunspell ("Th" is a word, "th" is not).
const CASED: u64 = 1 << 63;

/// Why bytes are not a lexicon: what is wrong, and where (a byte offset in the file).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexiconError {
    what: &'static str,
    at: usize,
}

impl fmt::Display for LexiconError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "not a statement-diff lexicon (scripts/gen-lexicon.mjs): {} at byte {}",
            self.what, self.at
        )
    }
}

impl std::error::Error for LexiconError {}

/// One position of a hunspell condition: `.` is `NotIn` nothing, `x` is `In` x.
#[derive(Debug)]
struct Cond {
    negated: bool,
    chars: Box<[char]>,
}

impl Cond {
    fn matches(&self, c: char) -> bool {
        self.chars.contains(&c) != self.negated
    }
}

/// `[abc]`, `[^abc]`, `.` and literal characters, one `Cond` per character position.
fn parse_cond(text: &str) -> Option<Vec<Cond>> {
    let mut out = Vec::new();
    let mut it = text.chars();
    while let Some(c) = it.next() {
        out.push(match c {
            '.' => Cond {
                negated: true,
                chars: Box::new([]),
            },
            '[' => {
                let mut chars: Vec<char> = Vec::new();
                let mut negated = false;
                loop {
                    match it.next()? {
                        ']' => break,
                        '^' if chars.is_empty() && !negated => negated = true,
                        c => chars.push(c),
                    }
                }
                if chars.is_empty() {
                    return None;
                }
                Cond {
                    negated,
                    chars: chars.into(),
                }
            }
            ']' | '^' => return None,
            c => Cond {
                negated: false,
                chars: Box::new([c]),
            },
        });
    }
    Some(out)
}

/// A prefix or suffix rule: `strip` (stored spelling) is taken off the stem, `add` (folded) put on.
#[derive(Debug)]
struct Affix {
    flag: u64,
    cross: bool,
    strip: String,
    add: String,
    cond: Vec<Cond>,
}

impl Affix {
    /// Whether the condition matches the end (suffix) or the start (prefix) of `stem`.
    fn cond_matches(&self, stem: &str, at_end: bool) -> bool {
        let n = self.cond.len();
        let len = stem.chars().count();
        if len < n {
            return false;
        }
        let skip = if at_end { len - n } else { 0 };
        stem.chars()
            .skip(skip)
            .zip(&self.cond)
            .all(|(c, cond)| cond.matches(c))
    }
}

const fn fold_yo(c: char) -> char {
    match c {
        'ё' => 'е',
        c => c,
    }
}

/// The form words are compared in: lower case, ’ as ', ё as е.
fn fold(word: &str) -> String {
    word.to_lowercase()
        .chars()
        .map(|c| if c == '\u{2019}' { '\'' } else { fold_yo(c) })
        .collect()
}

/// Orders a stored stem against a folded key (ё in the stem compared as е).
fn cmp_folded(stem: &str, key: &str) -> Ordering {
    stem.chars().map(fold_yo).cmp(key.chars())
}

/// `key` with `tail`'s ё folded appended: a stem to look for.
fn joined(key: &str, tail: &str) -> String {
    let mut s = String::with_capacity(key.len() + tail.len());
    s.push_str(key);
    s.extend(tail.chars().map(fold_yo));
    s
}

/// The words of one language: see the module documentation.
#[derive(Debug)]
pub struct Lexicon {
    lang: String,
    /// Every stem's stored spelling (lower case, ' for ’, ё kept), back to back, in folded order.
    stems: String,
    /// Where each stem ends in `stems`.
    ends: Vec<u32>,
    /// Each stem's flag set, an index into `flag_sets`.
    sets: Vec<u16>,
    flag_sets: Vec<u64>,
    /// In the file's order: by `add`, then `strip`.
    suffixes: Vec<Affix>,
    prefixes: Vec<Affix>,
}

/// Reads the lexicon file: lines, then the binary stems.
struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl<'a> Reader<'a> {
    fn err<T>(&self, what: &'static str) -> Result<T, LexiconError> {
        Err(LexiconError { what, at: self.pos })
    }

    fn line(&mut self) -> Result<&'a str, LexiconError> {
        let rest = &self.bytes[self.pos..];
        let Some(n) = rest.iter().position(|&b| b == b'\n') else {
            return self.err("truncated");
        };
        let Ok(line) = std::str::from_utf8(&rest[..n]) else {
            return self.err("bad UTF-8");
        };
        self.pos += n + 1;
        Ok(line)
    }

    /// A `name value` line; returns the value.
    fn field(&mut self, name: &str) -> Result<&'a str, LexiconError> {
        let line = self.line()?;
        match line.strip_prefix(name).and_then(|v| v.strip_prefix(' ')) {
            Some(v) => Ok(v),
            None => self.err("a header line is missing"),
        }
    }

    fn count(&mut self, name: &str, max: usize) -> Result<usize, LexiconError> {
        match self.field(name)?.parse::<usize>() {
            Ok(n) if n <= max => Ok(n),
            _ => self.err("bad count"),
        }
    }

    fn byte(&mut self) -> Result<u8, LexiconError> {
        let Some(&b) = self.bytes.get(self.pos) else {
            return self.err("truncated");
        };
        self.pos += 1;
        Ok(b)
    }

    fn varint(&mut self) -> Result<usize, LexiconError> {
        let mut v = 0usize;
        for shift in (0..28).step_by(7) {
            let b = self.byte()?;
            v |= usize::from(b & 0x7f) << shift;
            if b < 0x80 {
                return Ok(v);
            }
        }
        self.err("bad flag-set index")
    }
}

/// A flag-set mask for `chars`, each one of `flags`.
fn mask(flags: &[char], chars: &str) -> Option<u64> {
    chars.chars().try_fold(0u64, |m, c| {
        Some(m | 1 << flags.iter().position(|&f| f == c)?)
    })
}

/// `n` rules, in the generator's order: by add (ё as е), then strip.
fn parse_rules(r: &mut Reader, name: &str, flags: &[char]) -> Result<Vec<Affix>, LexiconError> {
    let n = r.count(name, 1 << 16)?;
    let mut rules: Vec<Affix> = Vec::with_capacity(n);
    let text = |s: &str| {
        if s == "0" {
            String::new()
        } else {
            s.to_string()
        }
    };
    for _ in 0..n {
        let f: Vec<&str> = r.line()?.split(' ').collect();
        let rule = match f[..] {
            [flag, cross @ ("Y" | "N"), strip, add, cond] if flag.chars().count() == 1 => {
                mask(flags, flag)
                    .zip(parse_cond(cond))
                    .map(|(flag, cond)| Affix {
                        flag,
                        cross: cross == "Y",
                        strip: text(strip),
                        add: text(add).chars().map(fold_yo).collect(),
                        cond,
                    })
            }
            _ => None,
        };
        let Some(rule) = rule else {
            return r.err("bad rule");
        };
        if rules
            .last()
            .is_some_and(|p| (&p.add, &p.strip) > (&rule.add, &rule.strip))
        {
            return r.err("rules out of order");
        }
        rules.push(rule);
    }
    Ok(rules)
}

impl Lexicon {
    /// Parses a file written by `scripts/gen-lexicon.mjs`; an error (never a panic) on bad bytes.
    pub fn from_bytes(bytes: &[u8]) -> Result<Lexicon, LexiconError> {
        let mut r = Reader { bytes, pos: 0 };
        if r.line().ok() != Some(MAGIC) {
            return Err(LexiconError {
                what: "no statement-diff lexicon 1 line",
                at: 0,
            });
        }
        let lang = r.field("lang")?.to_string();
        r.field("source")?;
        let flags: Vec<char> = r.field("flags")?.chars().collect();
        if flags.len() > 63 || (1..flags.len()).any(|i| flags[..i].contains(&flags[i])) {
            return r.err("bad flags");
        }
        let suffixes = parse_rules(&mut r, "sfx", &flags)?;
        let prefixes = parse_rules(&mut r, "pfx", &flags)?;
        let n_sets = r.count("sets", 1 << 16)?;
        let mut flag_sets = Vec::with_capacity(n_sets);
        for _ in 0..n_sets {
            let line = r.line()?;
            let (cased, line) = line
                .strip_prefix('=')
                .map_or((0, line), |rest| (CASED, rest));
            let m = if line == "0" || (cased != 0 && line.is_empty()) {
                Some(cased)
            } else {
                mask(&flags, line).map(|m| m | cased)
            };
            let Some(m) = m else {
                return r.err("bad flag set");
            };
            flag_sets.push(m);
        }
        let n = r.count("words", bytes.len())?;
        let mut stems: Vec<u8> = Vec::with_capacity(bytes.len() * 2); // ru: 1.84 × the file
        let mut ends: Vec<u32> = Vec::with_capacity(n);
        let mut prev_start = 0;
        for _ in 0..n {
            let start = stems.len();
            let shared = usize::from(r.byte()?);
            let rest = r.line()?;
            if shared > start - prev_start {
                return r.err("bad stem");
            }
            stems.extend_from_within(prev_start..prev_start + shared);
            stems.extend_from_slice(rest.as_bytes());
            // The shared bytes end on a character boundary: each stem is UTF-8 on its own.
            let (Ok(stem), Ok(prev)) = (
                std::str::from_utf8(&stems[start..]),
                std::str::from_utf8(&stems[prev_start..start]),
            ) else {
                return r.err("bad stem");
            };
            if prev.chars().map(fold_yo).cmp(stem.chars().map(fold_yo)) == Ordering::Greater {
                return r.err("stems out of order");
            }
            prev_start = start;
            let Ok(end) = u32::try_from(stems.len()) else {
                return r.err("too big");
            };
            ends.push(end);
        }
        let mut sets = Vec::with_capacity(n);
        for _ in 0..n {
            match r.varint()? {
                v if v < flag_sets.len() => sets.push(v as u16),
                _ => return r.err("bad flag-set index"),
            }
        }
        if &bytes[r.pos..] != b"end\n" {
            return r.err("no end line");
        }
        stems.shrink_to_fit();
        let Ok(stems) = String::from_utf8(stems) else {
            return r.err("bad stem");
        };
        Ok(Lexicon {
            lang,
            stems,
            ends,
            sets,
            flag_sets,
            suffixes,
            prefixes,
        })
    }

    /// The language code in the file (`en`, `ru`): a caller can check it is the one it asked for.
    #[allow(dead_code)] // used by the tests; `WordLists::load` may check it
    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// Whether `word` (any case; typographic apostrophe ’ treated as '; ё as е) is a word form of
    /// the language: a stem, a stem with one suffix or one prefix, or with both (cross product).
    pub fn contains(&self, word: &str) -> bool {
        let w = fold(word);
        let lower = !word.chars().any(char::is_uppercase);
        // The rules of the module documentation: the one-letter words, the vowels.
        type Rule = fn(char) -> bool;
        let (one, vowel): (Rule, Rule) = match self.lang.as_str() {
            "en" => (
                |c| matches!(c, 'a' | 'i'),
                |c| matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y'),
            ),
            "ru" => (
                |c| matches!(c, 'в' | 'к' | 'с' | 'у' | 'о' | 'и' | 'а' | 'я'),
                |c| matches!(c, 'а' | 'е' | 'и' | 'о' | 'у' | 'ы' | 'э' | 'ю' | 'я'),
            ),
            _ => return !w.is_empty() && self.check(&w, lower),
        };
        let mut chars = w.chars();
        match (chars.next(), chars.next()) {
            (None, _) => false,
            (Some(c), None) => one(c),
            _ => w.chars().any(|c| vowel(c) || c.is_ascii_digit()) && self.check(&w, lower),
        }
    }

    fn check(&self, w: &str, lower: bool) -> bool {
        if self.stems_equal(w).any(|i| self.has(i, 0, lower)) || self.suffixed(w, None, lower) {
            return true;
        }
        // A prefix's add, then at least one character.
        w.char_indices().any(|(j, _)| {
            Self::rules(&self.prefixes, &w[..j]).any(|group| {
                let stem = joined("", &group[0].strip) + &w[j..];
                let stems = self.stems_equal(&stem);
                group.iter().any(|p| {
                    stems.clone().any(|i| {
                        let s = self.stem(i);
                        self.has(i, p.flag, lower)
                            && s.starts_with(p.strip.as_str())
                            && p.cond_matches(s, false)
                    }) || (p.cross && self.suffixed(&stem, Some(p), lower))
                })
            })
        })
    }

    /// Whether `w` is a stem with one of its suffixes (a cross-product one, also bearing `prefix`).
    fn suffixed(&self, w: &str, prefix: Option<&Affix>, lower: bool) -> bool {
        // At least one character, then a suffix's add (maybe empty).
        let cuts = w.char_indices().skip(1).map(|(i, _)| i).chain([w.len()]);
        cuts.into_iter().any(|i| {
            Self::rules(&self.suffixes, &w[i..]).any(|group| {
                let stems = self.stems_equal(&joined(&w[..i], &group[0].strip));
                stems.into_iter().any(|k| {
                    let stem = self.stem(k);
                    group.iter().any(|s| {
                        (prefix.is_none() || s.cross)
                            && self.has(k, s.flag | prefix.map_or(0, |p| p.flag), lower)
                            && stem.ends_with(s.strip.as_str())
                            && s.cond_matches(stem, true)
                            && prefix.is_none_or(|p| {
                                stem.starts_with(p.strip.as_str()) && p.cond_matches(stem, false)
                            })
                    })
                })
            })
        })
    }

    /// The rules of `list` whose add is `add`, in groups of the same strip (the same stem to find).
    fn rules<'a>(list: &'a [Affix], add: &str) -> impl Iterator<Item = &'a [Affix]> + 'a {
        let from = list.partition_point(|a| a.add.as_str() < add);
        let to = from + list[from..].partition_point(|a| a.add.as_str() == add);
        list[from..to].chunk_by(|a, b| a.strip == b.strip)
    }

    fn stem(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.stems[start..self.ends[i] as usize]
    }

    /// Whether stem `i` has all of `flags` and matches a word in lower case if `lower`.
    fn has(&self, i: usize, flags: u64, lower: bool) -> bool {
        let set = self.flag_sets[usize::from(self.sets[i])];
        set & flags == flags && !(lower && set & CASED != 0)
    }

    /// The stems whose folded form is `key`.
    fn stems_equal(&self, key: &str) -> std::ops::Range<usize> {
        let (mut lo, mut hi) = (0, self.ends.len());
        while lo < hi {
            let mid = (lo + hi) / 2;
            if cmp_folded(self.stem(mid), key) == Ordering::Less {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        let n = (lo..self.ends.len())
            .take_while(|&i| cmp_folded(self.stem(i), key) == Ordering::Equal)
            .count();
        lo..lo + n
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Written by `node scripts/gen-lexicon.mjs --aff tests/fixtures/lexicon/tiny.aff --dic
    /// tests/fixtures/lexicon/tiny.dic --lang xx --out tests/fixtures/lexicon/tiny.lex`
    /// (tests/lexicon.rs checks that it is up to date).
    const TINY: &[u8] = include_bytes!("../tests/fixtures/lexicon/tiny.lex");

    fn tiny() -> Lexicon {
        Lexicon::from_bytes(TINY).unwrap()
    }

    /// A lexicon file with unshared stems, for the error cases.
    fn file(lang: &str, rules: &str, stems: &[(&str, u8)]) -> Vec<u8> {
        let head = format!(
            "{MAGIC}\nlang {lang}\nsource test\nflags SP\n{rules}sets 3\n0\nS\n=\nwords {}\n",
            stems.len()
        );
        let mut v = head.into_bytes();
        for (s, _) in stems {
            v.push(0);
            v.extend_from_slice(s.as_bytes());
            v.push(b'\n');
        }
        v.extend(stems.iter().map(|s| s.1));
        v.extend_from_slice(b"end\n");
        v
    }

    const RULES: &str = "sfx 1\nS Y 0 s .\npfx 0\n";

    #[test]
    fn stems_and_suffixes() {
        let l = tiny();
        assert_eq!(l.lang(), "xx");
        for w in [
            "load",
            "loaded",
            "fly",
            "flies",
            "day",
            "days",
            "box",
            "boxes",
            "happy",
            "happiness",
        ] {
            assert!(l.contains(w), "{w}");
        }
        // Conditions decide which rule applies.
        for w in [
            "flys",
            "flyes",
            "dayes",
            "boxs",
            "happyness",
            "happ",
            "loa",
            "loadd",
        ] {
            assert!(!l.contains(w), "{w}");
        }
    }

    #[test]
    fn prefixes_and_cross_products() {
        let l = tiny();
        for w in ["reload", "reloaded", "unlock", "locked", "redo"] {
            assert!(l.contains(w), "{w}");
        }
        // "read/AQ": Q has no cross product, so no "rereader".
        assert!(l.contains("reader") && l.contains("reread") && !l.contains("rereader"));
        // U has no cross product; "do" (A) and "Do" (S) are separate entries: no "redos".
        for w in [
            "unlocked", "re", "un", "reunlock", "relock", "redos", "Redos",
        ] {
            assert!(!l.contains(w), "{w}");
        }
    }

    #[test]
    fn case_apostrophe_and_yo_are_folded() {
        let l = tiny();
        for w in [
            "LOAD",
            "Reloaded",
            "can't",
            "can’t",
            "CAN’T",
            "Polished",
            "polished",
            "Polishness",
        ] {
            assert!(l.contains(w), "{w}");
        }
        // Ё in stems and conditions: [^ё]ж matches "леж" (a naive fold of the condition would not).
        for w in [
            "нож",
            "ножом",
            "лежом",
            "тёж",
            "теж",
            "тёжик",
            "тежик",
            "огонёк",
            "огонек",
            "огонька",
            "Огонька",
        ] {
            assert!(l.contains(w), "{w}");
        }
        // PFX E ё о .: "ёрш" → "орш"; "еж" does not start with the strip "ё".
        assert!(l.contains("орш") && l.contains("ерш") && !l.contains("ож") && l.contains("еж"));
        // SFX M ёл ла .: "котёл" → "котла"; "кисел" does not end with the strip "ёл".
        assert!(l.contains("котла") && l.contains("котел") && !l.contains("кисла"));
        for w in ["тёжом", "тежом", "ножик", "лежик", "огонеька", "огоньа"]
        {
            assert!(!l.contains(w), "{w}");
        }
    }

    #[test]
    fn a_capital_in_the_dictionary_needs_one_in_the_word() {
        let l = tiny(); // "Do/S", "Polish/P", "polish/D", "Z/S"
        assert!(l.contains("Dos") && l.contains("DOS") && l.contains("dOS") && !l.contains("dos"));
        assert!(l.contains("Polishness") && !l.contains("polishness") && l.contains("polish"));
        assert!(l.contains("do") && l.contains("Do") && l.contains("Z") && !l.contains("z"));
    }

    #[test]
    fn hunspell_quirks_the_generator_resolves() {
        let l = tiny();
        // "Z/S": hunspell's [sxzh] does not see the capital, so "Zs", not "Zes".
        assert!(l.contains("Zs") && !l.contains("Zes") && !l.contains("zs"));
        // ONLYINCOMPOUND entries are dropped; NOSUGGEST and compound flags do not matter.
        assert!(
            !l.contains("1th") && l.contains("1st") && l.contains("damn") && l.contains("damns")
        );
        // Another language than en or ru: the data decides one-letter and vowel-less words.
        assert!(
            l.contains("a")
                && l.contains("b")
                && !l.contains("c")
                && l.contains("hmm")
                && !l.contains("")
        );
    }

    #[test]
    fn english_and_russian_rules() {
        let stems = [
            ("1st", 0),
            ("a", 0),
            ("b", 0),
            ("bldg", 0),
            ("hmm", 0),
            ("i", 0),
            ("my", 0),
            ("ok", 1),
        ];
        let en = Lexicon::from_bytes(&file("en", RULES, &stems)).unwrap();
        assert!(["a", "A", "i", "I", "my", "ok", "oks", "1st"]
            .iter()
            .all(|w| en.contains(w)));
        assert!(["b", "e", "x", "bldg", "hmm", "hmms", ""]
            .iter()
            .all(|w| !en.contains(w)));
        // Russian: only в к с у о и а я of one letter, whatever the data.
        let ru =
            Lexicon::from_bytes(&file("ru", RULES, &[("бб", 1), ("ёж", 0), ("ст", 0)])).unwrap();
        assert!(["в", "К", "с", "у", "о", "и", "а", "Я", "ёж", "еж", "ЁЖ"]
            .iter()
            .all(|w| ru.contains(w)));
        assert!(["б", "е", "ё", "ббs", "ст", "СТ"]
            .iter()
            .all(|w| !ru.contains(w)));
    }

    #[test]
    fn bad_bytes_are_errors_not_panics() {
        assert!(Lexicon::from_bytes(b"").is_err());
        assert!(Lexicon::from_bytes(b"hello\n").is_err());
        let good = file("xx", RULES, &[("ab", 0), ("b", 1)]);
        assert!(Lexicon::from_bytes(&good).is_ok());
        for cut in 0..good.len() {
            assert!(Lexicon::from_bytes(&good[..cut]).is_err(), "cut at {cut}");
        }
        let unsorted = file("xx", RULES, &[("b", 0), ("ab", 1)]);
        assert!(Lexicon::from_bytes(&unsorted)
            .unwrap_err()
            .to_string()
            .contains("out of order"));
        for rules in [
            "sfx 1\nS Y 0 s [ab\npfx 0\n",
            "sfx 1\nQ Y 0 s .\npfx 0\n",
            "sfx 1\nS X 0 s .\npfx 0\n",
            "sfx 2\nS Y 0 s .\npfx 0\n",
        ] {
            assert!(
                Lexicon::from_bytes(&file("xx", rules, &[("b", 0)])).is_err(),
                "{rules}"
            );
        }
        assert!(
            Lexicon::from_bytes(&file("xx", RULES, &[("b", 3)])).is_err(),
            "flag-set index"
        );
        // Every byte changed, one at a time, in the real fixture: an error or a lexicon, no panic.
        for i in 0..TINY.len() {
            for b in [0u8, b'\n', 0x80, 0xff, TINY[i].wrapping_add(1)] {
                let mut v = TINY.to_vec();
                v[i] = b;
                if let Ok(l) = Lexicon::from_bytes(&v) {
                    l.contains("reloaded");
                }
            }
        }
    }
}
