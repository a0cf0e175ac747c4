"""Reads solieu's outputs back the way users do, and checks what they get.

    python tests/readback.py OUTPUT_DIR GOLD_JSONL

OUTPUT_DIR is a run over ../shared/corpus/seeds; GOLD_JSONL the seeds' annotations, from which
the known values are taken. Every Parquet and CSV table is read with pyarrow, pandas, polars
and DuckDB (CSV the way the README says: codes as text, dates parsed); the workbook with
openpyxl; report.html is opened in headless Chromium, which must render its charts and fetch
nothing. Exits non-zero with the list of failures.
"""

import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import tempfile

import duckdb
import openpyxl
import pandas as pd
import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq
from PIL import Image

OUT, GOLD = sys.argv[1], sys.argv[2]
failures = []


def check(cond, what):
    if not cond:
        failures.append(what)
    return cond


manifest = json.load(open(os.path.join(OUT, "run.json"), encoding="utf-8"))
TABLES = ["mentions", "figures", "province_year", "province_year_2025", "articles", "rejects", "provinces"]
CODES = ["province_code", "province_code_2025", "region_code"]
DATES = {
    "mentions": ["period_start", "period_end"],
    "figures": ["period_start", "period_end", "first_published", "last_published"],
    "articles": ["publication_date"],
}
FLOATS = {
    "mentions": ["value", "value_max"],
    "figures": ["value", "value_min", "value_max", "value_in_usd"],
    "province_year": ["registered_capital_vnd", "revenue_vnd", "occupancy_rate_pct", "workers"],
    "province_year_2025": ["new_projects", "registered_capital_vnd_in_usd"],
}


def date_columns(table, columns):
    cols = list(DATES.get(table, []))
    cols += [c for c in columns if c.endswith("_through")]
    return cols


# ---- Parquet, four readers -------------------------------------------------------------
frames = {}
for t in TABLES:
    path = os.path.join(OUT, f"{t}.parquet")
    table = pq.read_table(path)
    rows = manifest["table_rows"][t]
    check(table.num_rows == rows, f"{t}.parquet: pyarrow reads {table.num_rows} rows, run.json says {rows}")
    for c in CODES:
        if c in table.column_names:
            ty = table.schema.field(c).type
            check(pa.types.is_string(ty) or pa.types.is_large_string(ty) or pa.types.is_string_view(ty),
                  f"{t}.parquet {c}: {ty} is not a string")
    for c in date_columns(t, table.column_names):
        check(pa.types.is_date32(table.schema.field(c).type), f"{t}.parquet {c}: {table.schema.field(c).type} is not a date")
    for c in FLOATS.get(t, []):
        check(pa.types.is_float64(table.schema.field(c).type), f"{t}.parquet {c}: {table.schema.field(c).type} is not float64")

    pdf = pd.read_parquet(path)
    check(len(pdf) == rows, f"{t}.parquet: pandas reads {len(pdf)} rows")
    frames[t] = pdf

    plf = pl.read_parquet(path)
    check(plf.height == rows, f"{t}.parquet: polars reads {plf.height} rows")
    for c in CODES:
        if c in plf.columns:
            check(plf.schema[c] == pl.String, f"{t}.parquet {c}: polars sees {plf.schema[c]}")
    for c in date_columns(t, plf.columns):
        check(plf.schema[c] == pl.Date, f"{t}.parquet {c}: polars sees {plf.schema[c]}")

    rel = duckdb.sql(f"SELECT * FROM read_parquet('{path}')")
    types = dict(zip(rel.columns, [str(x) for x in rel.types]))
    n = duckdb.sql(f"SELECT count(*) FROM read_parquet('{path}')").fetchall()[0][0]
    check(n == rows, f"{t}.parquet: DuckDB counts {n} rows")
    for c in CODES:
        if c in types:
            check(types[c] == "VARCHAR", f"{t}.parquet {c}: DuckDB sees {types[c]}")
    for c in date_columns(t, types):
        check(types[c] == "DATE", f"{t}.parquet {c}: DuckDB sees {types[c]}")

# Codes keep their leading zeros.
codes = set(frames["provinces"]["province_code"])
check("01" in codes and all(len(c) == 2 for c in codes), f"province codes are not 2-digit strings: {sorted(codes)[:5]}")

# ---- CSV, as the README says to read it ---------------------------------------------------
for t in TABLES:
    path = os.path.join(OUT, f"{t}.csv")
    with open(path, "rb") as f:
        check(f.read(3) == b"\xef\xbb\xbf", f"{t}.csv has no UTF-8 byte-order mark")
    parquet = frames[t]
    code_cols = [c for c in CODES if c in parquet.columns]
    dates = date_columns(t, parquet.columns)

    pdf = pd.read_csv(path, dtype={c: str for c in code_cols}, parse_dates=dates)
    check(list(pdf.columns) == list(parquet.columns), f"{t}.csv: pandas columns differ from Parquet: {list(pdf.columns)[:3]}")
    check(len(pdf) == len(parquet), f"{t}.csv: pandas reads {len(pdf)} rows, Parquet {len(parquet)}")
    for c in code_cols:
        check(pdf[c].fillna("").tolist() == parquet[c].fillna("").tolist(), f"{t}.csv {c}: pandas codes differ from Parquet")
    for c in dates:
        check(pd.api.types.is_datetime64_any_dtype(pdf[c]) or pdf[c].isna().all(), f"{t}.csv {c}: pandas did not parse dates ({pdf[c].dtype})")

    plf = pl.read_csv(path, schema_overrides={c: pl.String for c in code_cols}, try_parse_dates=True)
    check(plf.height == len(parquet), f"{t}.csv: polars reads {plf.height} rows")
    for c in code_cols:
        check(plf[c].fill_null("").to_list() == parquet[c].fillna("").tolist(), f"{t}.csv {c}: polars codes differ")
    for c in dates:
        check(plf.schema[c] in (pl.Date, pl.String) and (plf.schema[c] == pl.Date or plf[c].null_count() == plf.height),
              f"{t}.csv {c}: polars sees {plf.schema[c]}")

    types = ", ".join(f"'{c}': 'VARCHAR'" for c in code_cols)
    rel = duckdb.sql(f"SELECT * FROM read_csv('{path}', header = true" + (f", types = {{{types}}}" if types else "") + ")")
    dtypes = dict(zip(rel.columns, [str(x) for x in rel.types]))
    n = len(rel.fetchall())
    check(n == len(parquet), f"{t}.csv: DuckDB reads {n} rows")
    check(rel.columns[0] == parquet.columns[0], f"{t}.csv: DuckDB's first column is {rel.columns[0]!r} (byte-order mark left in?)")
    for c in code_cols:
        check(dtypes[c] == "VARCHAR", f"{t}.csv {c}: DuckDB sees {dtypes[c]}")

# ---- Known values, from the annotations ---------------------------------------------------
gold = [json.loads(l) for l in open(GOLD, encoding="utf-8")]


def gold_one(doc, **want):
    hits = [g for g in gold if g["doc"] == doc and all(g.get(k) == v for k, v in want.items())]
    check(len(hits) == 1, f"gold: expected one {doc} mention with {want}, found {len(hits)}")
    return hits[0] if hits else None


m = frames["mentions"]
py = frames["province_year"]
fig = frames["figures"]
full_2023 = dict(period_start="2023-01-01", period_end="2023-12-31", investor=None, measure="level")
for metric, unit, column in [
    ("registered_capital", "VND", "registered_capital_vnd"),
    ("revenue", "VND", "revenue_vnd"),
    ("export_value", "USD", "exports_usd"),
    ("projects", "count", "new_projects"),
]:
    g = gold_one("seed_000.txt", metric=metric, unit=unit, **full_2023)
    if not g:
        continue
    hit = m[(m.doc_id == "seed_000.txt") & (m.start == g["start"])]
    check(len(hit) == 1 and hit.iloc[0].value == g["value"] and hit.iloc[0].province_code == g["province"],
          f"mentions: {g['text']!r} of seed_000 not found with value {g['value']} in province {g['province']}")
    row = py[(py.province_code == g["province"]) & (py.year == 2023)]
    check(len(row) == 1 and row.iloc[0][column] == g["value"], f"province_year {g['province']}/2023 {column} is not {g['value']}")
    check(len(row) == 1 and row.iloc[0][f"{column}_through"] == dt.date(2023, 12, 31), f"province_year {column}_through is not 2023-12-31")
    f = fig[(fig.province_code == g["province"]) & (fig.metric == metric) & (fig.unit == unit)
            & (fig.measure == "level") & fig.investor.isna() & (fig.period_end == dt.date(2023, 12, 31))]
    check(len(f) == 1 and f.iloc[0].value == g["value"] and "seed_000.txt" in f.iloc[0].doc_ids,
          f"figures: {metric} {unit} 2023 of {g['province']} is not {g['value']}")

occ = gold_one("seed_000.txt", metric="occupancy_rate", measure="level")
if occ:
    year = int(occ["period_end"][:4])
    row = py[(py.province_code == occ["province"]) & (py.year == year)]
    check(len(row) == 1 and row.iloc[0].occupancy_rate_pct == occ["value"], f"province_year occupancy of {occ['province']}/{year} is not {occ['value']}")

# The 2025 view adds projects over the old provinces and leaves the rate empty.
g = gold_one("seed_000.txt", metric="projects", unit="count", **full_2023)
if g:
    v25 = frames["province_year_2025"]
    row = v25[(v25.province_code_2025 == g["province_2025"]) & (v25.year == 2023)]
    members = (frames["provinces"].province_code_2025 == g["province_2025"]).sum()
    check(len(row) == 1 and row.iloc[0].new_projects == g["value"] and row.iloc[0].new_projects_provinces == 1
          and row.iloc[0].members == members,
          f"province_year_2025 {g['province_2025']}/2023: new_projects, _provinces or members wrong")
    occ_rows = v25[v25.occupancy_rate_pct.notna()]
    check(occ_rows.empty, "province_year_2025 has occupancy rates; rates do not add up")

# A regional aggregate is a region-scope figure.
g = gold_one("seed_004.txt", metric="registered_capital", unit="VND", measure="level")
if g:
    f = fig[(fig.scope == "region") & (fig.region == g["region"]) & (fig.metric == "registered_capital") & (fig.unit == "VND")]
    check(len(f) >= 1 and g["value"] in set(f.value), f"figures: no region figure {g['value']} for {g['region']}")

# ---- The workbook -------------------------------------------------------------------------
wb = openpyxl.load_workbook(os.path.join(OUT, "solieu.xlsx"))
check(wb.sheetnames == TABLES, f"workbook sheets are {wb.sheetnames}")
for t in TABLES:
    ws = wb[t]
    parquet = frames[t]
    check(ws.max_row == len(parquet) + 1, f"sheet {t}: {ws.max_row - 1} rows, Parquet {len(parquet)}")
    check(ws.freeze_panes == "A2", f"sheet {t}: header not frozen ({ws.freeze_panes})")
    check(bool(ws.auto_filter.ref) and ws.auto_filter.ref.startswith("A1:"), f"sheet {t}: no filter")
    header = [c.value for c in ws[1]]
    check(header == list(parquet.columns), f"sheet {t}: header differs from Parquet")
    if len(parquet) == 0:
        continue
    row = [c for c in ws[2]]
    for c, cell in zip(header, row):
        v = parquet.iloc[0][c]
        if c in CODES and isinstance(v, str):
            check(cell.data_type == "s" and cell.value == v, f"sheet {t} {c}: {cell.value!r} is not the text {v!r}")
        if c in date_columns(t, header) and v is not None and not pd.isna(v):
            check(isinstance(cell.value, dt.datetime) and cell.value.date() == v, f"sheet {t} {c}: {cell.value!r} is not the date {v}")
        if c in FLOATS.get(t, []) and not pd.isna(v):
            check(cell.data_type == "n" and abs(cell.value - v) <= 1e-9 * max(1, abs(v)), f"sheet {t} {c}: {cell.value!r} is not the number {v}")
    widths = {}
    for dim in ws.column_dimensions.values():
        for i in range(dim.min, dim.max + 1):
            widths[i] = dim.width
    narrow = [h for i, h in enumerate(header, 1) if not widths.get(i) or widths[i] < len(h)]
    check(not narrow, f"sheet {t}: columns narrower than their headers: {narrow[:5]}")

# ---- The report, in headless Chromium -------------------------------------------------------
chromium = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def open_in_chromium(page, workdir):
    """Screenshot, DOM after load, and every network request the page made."""
    netlog = os.path.join(workdir, "net.json")
    shot = os.path.join(workdir, "shot.png")
    flags = [chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             "--hide-scrollbars", "--window-size=1000,6000", "--host-resolver-rules=MAP * ~NOTFOUND",
             f"--user-data-dir={os.path.join(workdir, 'profile')}"]
    subprocess.run(flags + [f"--log-net-log={netlog}", f"--screenshot={shot}", "file://" + page],
                   check=True, capture_output=True, timeout=120)
    dom = subprocess.run(flags + ["--dump-dom", "file://" + page], check=True, capture_output=True, timeout=120).stdout.decode()
    log = json.load(open(netlog))
    # Requests the page made (the browser's own background requests have no origin).
    fetched = {e["params"]["url"] for e in log["events"]
               if "url" in e.get("params", {}) and e["params"].get("initiator", "not an origin") != "not an origin"}
    return Image.open(shot).convert("RGB"), dom, fetched


if check(chromium is not None, "Chromium is not installed (scripts/test.sh installs Debian's chromium)"):
    with tempfile.TemporaryDirectory() as tmp:
        # The check must be able to fail: a page that fetches an image is caught.
        control = os.path.join(tmp, "control.html")
        with open(control, "w") as f:
            f.write('<!DOCTYPE html><html><body><img src="http://example.invalid/x.png"></body></html>')
        _, _, fetched = open_in_chromium(control, tmp)
        check(any("example.invalid" in u for u in fetched), f"the fetch detector missed the control page's image: {fetched}")

        image, dom, fetched = open_in_chromium(os.path.abspath(os.path.join(OUT, "report.html")), tmp)
        check(not fetched, f"report.html fetched {sorted(fetched)}")
        bars = dom.count('class="bar"')
        check(bars >= 5, f"report.html has {bars} bars after loading")
        for section in ["read", "metrics", "provinces", "top", "conflicts", "rejects"]:
            check(f'id="{section}"' in dom, f"report.html has no section {section}")
        blue = sum(n for n, px in image.getcolors(1 << 24) if px == (0x2B, 0x6C, 0xB0))
        check(blue > bars * 50, f"the charts did not render: {blue} bar-coloured pixels for {bars} bars")

if failures:
    print(f"read-back: {len(failures)} failure(s)")
    for f in failures:
        print("  -", f)
    sys.exit(1)
print(f"read-back: every table read with pyarrow, pandas, polars and DuckDB; workbook and report checked")
