"""compare() mapped over 10,000+ pairs on an existing distributed engine: Dask's
distributed.LocalCluster (two worker processes) over a pandas DataFrame, the way a newsroom's
pipeline would run it (README: "Batch and notebooks"); the results equal the single-process ones."""

import json

import pandas as pd
import pytest

import statement_diff

dd = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")

N = 10_240


def make_pairs(pairs, n=N):
    """n (id, old, new) rows cut from the corpus: the same stretch of lines of both versions of a
    document, some left as they are, some with a figure changed, some identical."""
    lines = [(name, a.splitlines(), b.splitlines()) for name, a, b in pairs]
    rows = []
    for k in range(n):
        name, a, b = lines[k % len(lines)]
        width = 1 + k % 4
        i = (k * 7919) % max(1, len(a) - width)
        j = min(len(b) - width, round(i * len(b) / max(1, len(a))))
        old = "\n".join(a[i : i + width])
        new = "\n".join(b[max(0, j) : max(0, j) + width])
        if k % 5 == 0:
            new = old.replace("1", "2", 1) if "1" in old else old + " 2026"
        if k % 11 == 0:
            new = old
        rows.append((f"{name}:{k}", old, new))
    return pd.DataFrame(rows, columns=["id", "old", "new"])


def compare_partition(df):
    """What each worker runs: one result (JSON text) and its numbers per row."""
    results = [statement_diff.compare_json(o, n, timeout_ms=0) for o, n in zip(df["old"], df["new"], strict=True)]
    stats = [json.loads(r)["stats"] for r in results]
    return pd.DataFrame(
        {
            "id": df["id"].to_numpy(),
            "result": results,
            "changes": [s["changes"] for s in stats],
            "similarity": [s["similarity"] for s in stats],
        },
        index=df.index,
    )


def test_dask_localcluster_gives_the_single_process_results(pairs):
    frame = make_pairs(pairs)
    assert len(frame) >= 10_000
    single = compare_partition(frame)
    assert single["changes"].gt(0).any() and single["changes"].eq(0).any()
    meta = pd.DataFrame({"id": pd.Series(dtype=object), "result": pd.Series(dtype=object), "changes": pd.Series(dtype="int64"), "similarity": pd.Series(dtype="float64")})
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        with distributed.Client(cluster) as client:
            assert len(client.scheduler_info()["workers"]) == 2
            ddf = dd.from_pandas(frame, npartitions=16)
            out = ddf.map_partitions(compare_partition, meta=meta).compute()
            # Both workers did some of it.
            seen = client.run(lambda: __import__("statement_diff").__version__)
            assert len(seen) == 2
    out = out.sort_index()
    assert len(out) == len(frame)
    assert out["id"].tolist() == single["id"].tolist()
    assert out["result"].tolist() == single["result"].tolist()
    assert out["changes"].tolist() == single["changes"].tolist()
    assert out["similarity"].tolist() == single["similarity"].tolist()
