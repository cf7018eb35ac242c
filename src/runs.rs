//! Stage 3: the alignment as runs — alternating stretches of equal and changed tokens, in token
//! indices of each side — built from similar's ops.

use std::ops::Range;

use similar::DiffOp;

/// A stretch of the alignment, in token indices of each side.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Run {
    Equal {
        old: Range<usize>,
        new: Range<usize>,
    },
    Change {
        old: Range<usize>,
        new: Range<usize>,
    },
}

/// Turns similar's ops over (possibly thinned) key sequences into alternating equal and change
/// runs over all tokens: `at_a` / `at_b` map an index of the sequence that was aligned to a token
/// index; tokens that were not aligned (moved lines) fall into the change runs around them.
pub(crate) fn to_runs(
    ops: &[DiffOp],
    at_a: impl Fn(usize) -> usize,
    at_b: impl Fn(usize) -> usize,
    (mut i, mut j): (usize, usize),
    (len_a, len_b): (usize, usize),
) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::with_capacity(ops.len());
    for op in ops {
        let DiffOp::Equal {
            old_index,
            new_index,
            len,
        } = *op
        else {
            continue;
        };
        for t in 0..len {
            let (x, y) = (at_a(old_index + t), at_b(new_index + t));
            if x > i || y > j {
                runs.push(Run::Change {
                    old: i..x,
                    new: j..y,
                });
            }
            match runs.last_mut() {
                Some(Run::Equal { old, new }) if old.end == x && new.end == y => {
                    old.end += 1;
                    new.end += 1;
                }
                _ => runs.push(Run::Equal {
                    old: x..x + 1,
                    new: y..y + 1,
                }),
            }
            (i, j) = (x + 1, y + 1);
        }
    }
    if i < len_a || j < len_b {
        runs.push(Run::Change {
            old: i..len_a,
            new: j..len_b,
        });
    }
    runs
}

/// Length of an equal run (0 for a change).
pub(crate) fn eq_len(run: &Run) -> usize {
    match run {
        Run::Equal { old, .. } => old.len(),
        Run::Change { .. } => 0,
    }
}
