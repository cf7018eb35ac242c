//! Quotations in a text: the stretches between paired quote marks, for the quote check
//! ([`check_quotes`](crate::check_quotes)). A leaf of the pipeline (it reads characters only).
//!
//! Marks and how they pair:
//! - `«…»` and `‹…›` (guillemets), `“…”` (English), `„…“` and `„…”` (German, Russian, Polish),
//!   `‚…‘` and `‚…’` (low single), `‘…’` (English single);
//! - straight `"…"` and `'…'`, paired with care: a mark opens only after a boundary (start, white
//!   space, an opening bracket or dash, another quote mark) before a non-space, and closes only
//!   after a non-space before a boundary (end, white space, punctuation);
//! - `’` and `'` between two letters or digits are apostrophes (`don't`, `’90s` opens nothing
//!   that closes), never quote marks;
//! - a quotation nested inside another belongs to it (only outermost ones are returned);
//! - a quotation left open at the end of a paragraph counts when the next paragraph opens with
//!   the same mark (the convention for a quotation running over several paragraphs), and is
//!   dropped otherwise (a stray mark).

/// A quotation found in a text: byte offsets of its inner text (marks excluded, white space
/// trimmed).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Quotation {
    pub(crate) start: usize,
    pub(crate) end: usize,
}

/// An open quote: where its inner text starts, its mark, and the marks that may close it.
#[derive(Clone, Copy)]
struct Open {
    inner: usize,
    mark: char,
    closers: &'static [char],
}

/// The outermost quotations of `text` in reading order, and whether the text holds any quote
/// mark at all (apostrophes aside).
#[inline(never)]
pub(crate) fn find(text: &str) -> (Vec<Quotation>, bool) {
    let mut out = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    let mut any_mark = false;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (k, &(at, c)) in chars.iter().enumerate() {
        let prev = k.checked_sub(1).map(|p| chars[p].1);
        let next = chars.get(k + 1).map(|n| n.1);
        if c == '\n' || c == '\u{2029}' {
            if ends_paragraph(&chars, k) {
                close_paragraph(text, &chars, k, &mut stack, &mut out);
            }
            continue;
        }
        let Some(role) = role(c, prev, next, &stack) else {
            continue;
        };
        any_mark = true;
        match role {
            Role::Close(depth) => {
                if depth == 0 {
                    push(text, stack[0].inner, at, &mut out);
                }
                stack.truncate(depth);
            }
            Role::Open(closers) => stack.push(Open {
                inner: at + c.len_utf8(),
                mark: c,
                closers,
            }),
        }
    }
    (out, any_mark)
}

enum Role {
    /// Closes the open quote at this depth of the stack (and any left open inside it).
    Close(usize),
    /// Opens a quote that these marks close.
    Open(&'static [char]),
}

fn role(c: char, prev: Option<char>, next: Option<char>, stack: &[Open]) -> Option<Role> {
    let closes = |c: char| stack.iter().rposition(|o| o.closers.contains(&c));
    let opening = is_open_boundary(prev) && next.is_some_and(|n| !n.is_whitespace());
    let closing = prev.is_some_and(|p| !p.is_whitespace()) && is_close_boundary(next);
    match c {
        '«' => Some(Role::Open(&['»'])),
        '‹' => Some(Role::Open(&['›'])),
        '„' => Some(Role::Open(&['“', '”'])),
        '‚' => Some(Role::Open(&['‘', '’'])),
        '»' | '›' => closes(c).map(Role::Close),
        // “ closes „ (German, Russian), else opens an English quotation.
        '“' => match stack.last() {
            Some(o) if o.mark == '„' => Some(Role::Close(stack.len() - 1)),
            _ => Some(Role::Open(&['”'])),
        },
        // ” closes “ or „; used as an opening mark too (Swedish, Finnish: ”…”).
        '”' => closes(c)
            .map(Role::Close)
            .or_else(|| opening.then_some(Role::Open(&['”']))),
        '‘' => match stack.last() {
            Some(o) if o.mark == '‚' => Some(Role::Close(stack.len() - 1)),
            _ => opening.then_some(Role::Open(&['’'])),
        },
        '’' | '\'' if is_apostrophe(prev, next) => None,
        '’' => closes(c).filter(|_| closing).map(Role::Close),
        '"' | '\'' => match closes(c) {
            Some(depth) if closing => Some(Role::Close(depth)),
            _ if opening => Some(Role::Open(if c == '"' { &['"'] } else { &['\''] })),
            _ => None,
        },
        _ => None,
    }
}

/// Between two letters or digits (`don't`, `l’état`, `’90s` after a space is not: it opens).
fn is_apostrophe(prev: Option<char>, next: Option<char>) -> bool {
    prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric)
}

fn is_open_boundary(prev: Option<char>) -> bool {
    prev.is_none_or(|p| {
        p.is_whitespace()
            || matches!(p, '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':')
            || is_quote_char(p)
    })
}

fn is_close_boundary(next: Option<char>) -> bool {
    next.is_none_or(|n| {
        n.is_whitespace()
            || matches!(
                n,
                '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']' | '}' | '—' | '–' | '-' | '…'
            )
            || is_quote_char(n)
    })
}

/// A quote mark of any style (straight ones included).
pub(crate) fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '«' | '»' | '‹' | '›' | '“' | '”' | '„' | '‚' | '‘' | '’' | '"' | '\''
    )
}

/// Whether the line break at `k` ends a paragraph: a blank line follows, or U+2029.
fn ends_paragraph(chars: &[(usize, char)], k: usize) -> bool {
    if chars[k].1 == '\u{2029}' {
        return true;
    }
    chars[k + 1..]
        .iter()
        .map(|&(_, c)| c)
        .take_while(|&c| c.is_whitespace())
        .any(|c| c == '\n' || c == '\u{2029}')
}

/// At a paragraph's end, a quotation still open is kept when the next paragraph opens with the
/// same mark (it runs on there) and dropped otherwise; nothing stays open across it.
fn close_paragraph(
    text: &str,
    chars: &[(usize, char)],
    k: usize,
    stack: &mut Vec<Open>,
    out: &mut Vec<Quotation>,
) {
    let Some(outer) = stack.first().copied() else {
        return;
    };
    let first = chars[k..]
        .iter()
        .map(|&(_, c)| c)
        .find(|c| !c.is_whitespace());
    if first == Some(outer.mark) {
        push(text, outer.inner, chars[k].0, out);
    }
    stack.clear();
}

fn push(text: &str, start: usize, end: usize, out: &mut Vec<Quotation>) {
    let inner = &text[start..end];
    let lead = inner.len() - inner.trim_start().len();
    let trimmed = inner.trim();
    if !trimmed.is_empty() {
        out.push(Quotation {
            start: start + lead,
            end: start + lead + trimmed.len(),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<&str> {
        find(text).0.iter().map(|q| &text[q.start..q.end]).collect()
    }

    #[test]
    fn pairs_each_style() {
        assert_eq!(quotes("He said «мы готовы» today"), ["мы готовы"]);
        assert_eq!(quotes("He said “we are ready” today"), ["we are ready"]);
        assert_eq!(
            quotes("Er sagte „wir sind bereit“ heute"),
            ["wir sind bereit"]
        );
        assert_eq!(quotes("Он сказал „мы готовы” сегодня"), ["мы готовы"]);
        assert_eq!(quotes("He said ‘we are ready’ today"), ["we are ready"]);
        assert_eq!(
            quotes("Il a dit ‹ nous sommes prêts › hier"),
            ["nous sommes prêts"]
        );
        assert_eq!(quotes("He said \"we are ready.\" Then"), ["we are ready."]);
    }

    #[test]
    fn nested_quotes_belong_to_the_outer_one() {
        assert_eq!(
            quotes("«Мы поддерживаем „Зелёный коридор“ и будем» — сказал он. «Да»"),
            ["Мы поддерживаем „Зелёный коридор“ и будем", "Да"]
        );
        assert_eq!(
            quotes("“We back the ‘green corridor’ plan,” he said."),
            ["We back the ‘green corridor’ plan,"]
        );
        assert_eq!(
            quotes("He said: \"We back the 'green corridor' plan\", and left."),
            ["We back the 'green corridor' plan"]
        );
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert_eq!(quotes("We don’t know. It isn't over."), Vec::<&str>::new());
        assert!(!find("We don’t know. It isn't over, the ministers' view").1);
        assert_eq!(quotes("‘We don’t agree,’ she said"), ["We don’t agree,"]);
        assert_eq!(quotes("'We don't agree,' she said"), ["We don't agree,"]);
    }

    #[test]
    fn straight_quotes_pair_with_care() {
        // Inch marks and a stray mark open nothing that closes.
        assert_eq!(
            quotes("a 5\" screen and \"a real quote\" here"),
            ["a real quote"]
        );
        assert_eq!(quotes("\"one\" and \"two\""), ["one", "two"]);
        assert_eq!(quotes("a \" stray mark"), Vec::<&str>::new());
    }

    #[test]
    fn quotations_running_over_paragraphs() {
        let text = "“We will act.\n\n“We will not wait,” he said.";
        assert_eq!(quotes(text), ["We will act.", "We will not wait,"]);
        // Left open, and the next paragraph does not go on with it: dropped.
        assert_eq!(
            quotes("“A stray mark here.\n\nNext paragraph."),
            Vec::<&str>::new()
        );
    }

    #[test]
    fn no_marks_at_all() {
        let (q, any) = find("Just an excerpt pasted, don't you see");
        assert!(q.is_empty() && !any);
    }
}
