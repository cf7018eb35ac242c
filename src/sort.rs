//! The one sort of the crate's u64 keys (each instance of the standard sorts costs ≈ 5 KB of
//! wasm, so every stage sorts through this one). A leaf of the pipeline.

/// The one sort of the module (each instance of the standard sorts costs ≈ 5 KB of wasm).
pub(crate) fn sort_u64(v: &mut [u64]) {
    v.sort_unstable();
}
