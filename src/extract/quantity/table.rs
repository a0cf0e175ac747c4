//! Flattened tables: a header, then rows of "label [unit] value value ...".
//!
//! Scrapers flatten a table into lines, its cells split by "|" or by blanks (tabs read as
//! spaces: a header split so is cut into columns at its years, "Chỉ tiêu 6 tháng 2023 6 tháng
//! 2024"), and some run all the rows into one line ("... | % so cùng kỳ 1 | Doanh thu | tỷ đồng
//! | 148.235 | 162.840 | 109,9 2 | Giá trị xuất khẩu | ..."). A header must name its columns
//! (a period, a comparison, a plan, a measure) or the table's unit.
//!
//! A cell's number has no unit word after it: its unit is in a unit column ("Đơn vị", "ĐVT"),
//! in the row's label ("Doanh thu (tỷ USD)"), or in the header or caption ("Đơn vị: tỷ đồng",
//! "Tỷ lệ %"). What it measures is in the row's label; its period and measure are in its
//! column's header ("6 tháng 2024", "% so cùng kỳ").
//!
//! A table of places by measure turns this round: a header split by "|" whose columns name
//! what they measure ("| Tỉnh | Số KCN | Diện tích (ha) | Tỷ lệ lấp đầy (%) |"), rows of places
//! or zones. Each cell is in its column's unit and measures what its column names; the place
//! is its row's, and its time the text's around the table. Such a table scraped one cell a
//! line ("Tỉnh", "Số KCN", "Diện tích (ha)", then "Bắc Ninh", "16", "7.000") is read too: its
//! header's width tells where each row starts.

use super::*;
use crate::model::Measure;

/// A row of a table: its label, the unit it states, and the tokens of its values.
struct Row {
    label: (usize, usize),
    /// The row's index ("1", "2"), if it has one.
    index: Option<usize>,
    /// The label names its own terms (a bracket, a slash, a counted noun, a cell not read as a
    /// unit): the table's unit is not its.
    own_terms: bool,
    /// The label names growth ("Tăng trưởng doanh thu (%)").
    growth: bool,
    unit: Option<RowUnit>,
    /// Where the unit and values start: what the table claims from the sentence finder.
    claim: usize,
    values: Vec<usize>,
    end: usize,
}

impl Row {
    /// Claims the row's unit and values from the sentence finder, and its index: "1 KCN Quế Võ
    /// 611,5" counts no KCN.
    fn claim_into(&self, claimed: &mut Vec<(usize, usize)>) {
        claimed.push((self.claim, self.end));
        if let Some(x) = self.index {
            claimed.push((x, x + 1));
        }
    }
}

/// A row of a table of places by measure: the cells that name its place, its index, and its
/// cells after them, one for each column of measures.
struct PlaceRow {
    place: (usize, usize),
    index: Option<usize>,
    cells: Vec<(usize, usize)>,
    /// Where the row ends.
    end: usize,
}

/// The unit of a row's values, and the power of ten they multiply by to be in it.
#[derive(Clone, Copy)]
struct RowUnit {
    unit: Unit,
    shift: i32,
    entity: Option<(Entity, Metric)>,
}

const PERCENT: RowUnit = RowUnit {
    unit: Unit::Percent,
    shift: 0,
    entity: None,
};

/// A column of a table of places by measure: its header's tokens, and the unit it names.
type Measured = ((usize, usize), Option<RowUnit>);

/// What a column's header says its values are.
#[derive(Clone, Copy, PartialEq)]
enum Column {
    /// A period's figures ("Năm 2024", "6 tháng 2023").
    Period,
    /// A plan's figures ("KH 2025", "Kế hoạch năm").
    Plan,
    /// The level as a percent of the year before ("% so cùng kỳ", "So sánh (%)").
    Ratio,
    /// The change in percent ("Tăng/giảm (%)").
    ChangePct,
    /// The change in the row's unit ("Tăng/giảm", "+/-").
    ChangeAbs,
    /// The share of the plan reached ("% KH", "So KH (%)").
    PlanPct,
    /// Nothing said: the table's own figures.
    Plain,
}

impl Finder<'_> {
    /// The cells of flattened tables, and the token ranges they claim from the quantities
    /// found in sentences (a "USD" column before a number is no currency sign of it).
    pub(super) fn find_tables(&self) -> (Vec<Quantity>, Vec<(usize, usize)>) {
        let mut out = Vec::new();
        let mut claimed = Vec::new();
        let lines = self.lines();
        // (A table scraped one cell a line is read whole first; its lines are no pieces.)
        let mut stacked = self.find_stacked(&lines, &mut out, &mut claimed);
        let by_row = self.find_stacked_rows(&lines, &stacked, &mut out, &mut claimed);
        stacked.extend(by_row);
        let mut pieces = self.table_pieces(&lines);
        pieces.retain(|&(a, _)| !stacked.iter().any(|&(s, e)| (s..e).contains(&a)));
        let parsed: Vec<Option<Row>> = pieces.iter().map(|&(a, b)| self.parse_row(a, b)).collect();
        // How many rows run from each piece on (read once: the text stays linear).
        let mut run = vec![0; pieces.len() + 1];
        for i in (0..pieces.len()).rev() {
            run[i] = if parsed[i].is_some() {
                run[i + 1] + 1
            } else {
                0
            };
        }
        let mut i = 0;
        while i < pieces.len() {
            let (h0, h1) = pieces[i];
            // A header that names what each column measures, over rows split as it is.
            if parsed[i].is_none()
                && let Some(end) =
                    self.places_by_measure(&lines, &pieces[i..], &mut out, &mut claimed)
            {
                i += pieces[i..].partition_point(|p| p.0 < end);
                continue;
            }
            let header_ok = run[i + 1] >= 2
                && parsed[i].is_none()
                && (h0..h1).any(|k| self.kind(k) == Some(TokKind::Word));
            if !header_ok {
                i += 1;
                continue;
            }
            let rows = parsed[i + 1..i + 1 + run[i + 1]].iter().flatten();
            let caption = self.caption_before(&lines, h0);
            let table_unit = self.stated_unit(&lines, caption, h1);
            let columns = self.columns(h0, h1);
            // A header names its columns, or the table's unit: lines of news ending in a rate
            // under "Tin liên quan", or a bulleted list, are no table.
            let named = columns
                .iter()
                .any(|&c| self.column_kind(c) != Column::Plain);
            if table_unit.is_none() && !named {
                i += 1;
                continue;
            }
            self.read_rows(
                rows,
                &columns,
                (caption, h1),
                table_unit,
                &mut out,
                &mut claimed,
            );
            // Nor is a year in the header a rate: "Năm 2024 | % so cùng kỳ".
            claimed.extend((h0..h1).filter(|&k| self.year_like(k)).map(|k| (k, k + 1)));
            i += run[i + 1] + 1;
        }
        (out, claimed)
    }

    /// Reads `rows` of a table under value `columns` (the header's tokens of each), in the
    /// table's `unit` where a row states none; `table` is its caption and header.
    fn read_rows<'r>(
        &self,
        rows: impl Iterator<Item = &'r Row>,
        columns: &[(usize, usize)],
        table: (usize, usize),
        table_unit: Option<RowUnit>,
        out: &mut Vec<Quantity>,
        claimed: &mut Vec<(usize, usize)>,
    ) {
        let kinds: Vec<Column> = columns.iter().map(|&c| self.column_kind(c)).collect();
        let compared = kinds
            .iter()
            .any(|k| matches!(k, Column::Ratio | Column::ChangePct | Column::ChangeAbs));
        let last_period = kinds.iter().rposition(|&k| k == Column::Period);
        for row in rows {
            if row.values.len() > columns.len() {
                continue;
            }
            let skip = columns.len() - row.values.len();
            // (The table's unit is not that of a row whose label names something else:
            // "Thu nhập bình quân (triệu đồng/người/tháng)", "Lao động" under "ĐVT: tỷ
            // đồng".)
            let row_unit = row.unit.or(table_unit.filter(|_| !row.own_terms));
            // What a row of counts counts, for all its cells ("Dự án FDI cấp mới | dự án |
            // 98 | 121 | 123,5"): its unit's noun, or one in its label ("Lao động | người").
            let row_counts = row_unit.filter(|u| u.unit == Unit::Count).and_then(|u| {
                u.entity.map(|(_, m)| m).or_else(|| {
                    self.hits
                        .within(row.label.0, row.label.1)
                        .iter()
                        .find_map(|h| match h.cue {
                            Cue::Entity(id) if h.end() <= row.label.1 => {
                                Some(self.lex.entities[id as usize].metric)
                            }
                            _ => None,
                        })
                })
            });
            let mut any = false;
            for (n, &k) in row.values.iter().enumerate() {
                let ci = skip + n;
                let kind = kinds[ci];
                let percent_after = self.tok_or_empty(k + 1) == "%";
                let signed = k > 0
                    && matches!(self.tok(k - 1), "+" | "-" | "−")
                    && !self.text.tokens[k].space_before;
                let plus = signed && self.tok(k - 1) == "+";
                let unit = match kind {
                    Column::Ratio | Column::ChangePct | Column::PlanPct => Some(PERCENT),
                    _ if percent_after => Some(PERCENT),
                    _ => row_unit,
                };
                let Some(unit) = unit else { continue };
                let Some(r) = number::parse(self.tok(k)) else {
                    continue;
                };
                let measure = match kind {
                    // "Tăng trưởng doanh thu (%) | 8,5 | 9,2": rates of growth.
                    Column::Period | Column::Plain if unit.unit == Unit::Percent && row.growth => {
                        Measure::ChangePct
                    }
                    Column::Ratio if signed => Measure::ChangePct,
                    Column::Ratio => Measure::RatioToPriorPct,
                    Column::ChangePct | Column::ChangeAbs => Measure::ChangeAbs,
                    Column::PlanPct => Measure::PlanPct,
                    Column::Plan => Measure::Target,
                    Column::Period if compared && Some(ci) != last_period => Measure::PriorLevel,
                    _ => Measure::Level,
                };
                // A rate signed in a column of levels is a change ("Doanh thu 25.300 tỷ đồng
                // -6,3%"); a signed amount is a level (a deficit, a loss).
                let measure = match measure {
                    Measure::Level | Measure::PriorLevel
                        if signed && unit.unit == Unit::Percent =>
                    {
                        Measure::ChangeAbs
                    }
                    m => m,
                };
                let measure = match (measure, unit.unit) {
                    (Measure::ChangeAbs, Unit::Percent) => Measure::ChangePct,
                    (m, _) => m,
                };
                // A period column dates its own figures; the others take the last
                // period's ("% so cùng kỳ" of "6 tháng 2024").
                let dated_by = match kind {
                    Column::Period | Column::Plan => columns[ci],
                    _ => last_period.map_or(columns[ci], |p| columns[p]),
                };
                out.push(self.cell_quantity(
                    (k, k + usize::from(percent_after)),
                    r,
                    unit,
                    Cell {
                        table,
                        row: row.label,
                        column: dated_by,
                        counts: row_counts,
                        measure,
                        negative: signed && !plus,
                        by_column: false,
                        place: None,
                    },
                ));
                any = true;
            }
            if any {
                row.claim_into(claimed);
            }
        }
    }

    /// A table of places by measure at the head of `pieces`: a header split by "|" that names
    /// no period, comparison or unit of the whole table, and the columns of what it measures
    /// (see [`Self::measures_named`]). Its rows are the rest of the header's line, piece by
    /// piece (rows run together), then each line after it up to one with no "|": whole where it
    /// splits into as many cells as the header (empty ones kept, "| Tổng | | 5 |"), else piece
    /// by piece; a row that fits no header is passed over. Reads them, and returns where the
    /// last one ends.
    fn places_by_measure(
        &self,
        lines: &[(usize, usize)],
        pieces: &[(usize, usize)],
        out: &mut Vec<Quantity>,
        claimed: &mut Vec<(usize, usize)>,
    ) -> Option<usize> {
        let &(h0, h1) = pieces.first()?;
        if !self.piped(h0, h1) {
            return None;
        }
        let header = self.aligned_cells(h0, h1);
        let (keys, measured) = self.measures_named(&header)?;
        // (The header's own tests first: a run of lines like it stays linear.)
        if self
            .columns(h0, h1)
            .iter()
            .any(|&c| self.column_kind(c) != Column::Plain)
        {
            return None;
        }
        let caption = self.caption_before(lines, h0);
        if self.stated_unit(lines, caption, h1).is_some() {
            return None;
        }
        let li = lines.partition_point(|l| l.1 <= h0);
        let within = |(a, b): (usize, usize)| {
            &pieces[pieces.partition_point(|p| p.0 < a)..pieces.partition_point(|p| p.0 < b)]
        };
        let mut spans: Vec<(usize, usize)> = within((h1, lines[li].1)).to_vec();
        for &(a, b) in &lines[li + 1..] {
            if self.text.rule_line(a, b) {
                continue;
            }
            if !self.piped(a, b) {
                break;
            }
            if self.aligned_cells(a, b).len() == header.len() {
                spans.push((a, b));
            } else {
                spans.extend_from_slice(within((a, b)));
            }
        }
        let rows: Vec<PlaceRow> = spans
            .iter()
            .filter_map(|&(a, b)| {
                let cells = self.aligned_cells(a, b);
                (self.piped(a, b) && cells.len() == header.len()).then(|| PlaceRow {
                    place: (cells[0].0, cells[keys - 1].1),
                    index: (keys > 1
                        && cells[0].1 == cells[0].0 + 1
                        && self.small_whole(cells[0].0))
                    .then_some(cells[0].0),
                    end: b,
                    cells: cells[keys..].to_vec(),
                })
            })
            .collect();
        if rows.len() < 2 {
            return None;
        }
        self.read_by_column(&rows, &measured, (caption, h0), out, claimed);
        claimed.extend((h0..h1).filter(|&k| self.year_like(k)).map(|k| (k, k + 1)));
        rows.last().map(|r| r.end)
    }

    /// The columns of a header that name what they measure, each with its unit: "Diện tích
    /// (ha)", "Tỷ lệ lấp đầy (%)", "Số KCN", "Vốn đăng ký (triệu USD)", "Tỷ lệ lấp đầy" (its
    /// cells write their "%"). At least two, after the cells that name the rows ("Tỉnh", "STT",
    /// "Tên KCN"), one of them a metric or a count (not a page's rates box, "Ngoại tệ | Mua vào
    /// (đồng) | Bán ra (đồng)"). Returns how many cells name the rows, and each column after
    /// them with what it measures, if it names one ("Giá thuê" names none of ours).
    fn measures_named(&self, cells: &[(usize, usize)]) -> Option<(usize, Vec<Option<Measured>>)> {
        let measured: Vec<Option<Measured>> = cells
            .iter()
            .map(|&c| {
                let unit = (c.1 > c.0).then(|| self.column_unit(c.0, c.1)).flatten();
                (c.1 > c.0 && (unit.is_some() || self.names_metric(c))).then_some((c, unit))
            })
            .collect();
        let first = measured.iter().position(Option::is_some)?;
        let named: Vec<Measured> = measured[first..].iter().flatten().copied().collect();
        let what = named
            .iter()
            .any(|&(c, u)| self.names_metric(c) || u.is_some_and(|u| u.entity.is_some()));
        (first > 0 && named.len() >= 2 && what).then(|| (first, measured[first..].to_vec()))
    }

    /// Tables of places by measure scraped one cell a line: a header of short lines, the cells
    /// that name the rows then those that name a measure ("Tỉnh", "Số KCN", "Diện tích (ha)",
    /// "Tỷ lệ lấp đầy (%)"), none a period, a comparison or a plan, then each row on as many
    /// lines: its label (after an index, "1"), then a line for each column, a number under
    /// each measure ("Bắc Ninh", "16", "7.000", "75,2"), any short line under a column naming
    /// none. The rows end at the first that does not fit. Returns the token ranges read,
    /// header to last row.
    fn find_stacked(
        &self,
        lines: &[(usize, usize)],
        out: &mut Vec<Quantity>,
        claimed: &mut Vec<(usize, usize)>,
    ) -> Vec<(usize, usize)> {
        let cell = |l: &(usize, usize)| self.stacked_cell(*l);
        let numberless =
            |l: &(usize, usize)| cell(l) && (l.0..l.1).all(|k| self.kind(k) != Some(TokKind::Num));
        let value = |l: &(usize, usize)| self.lone_value(*l);
        let mut read = Vec::new();
        let mut i = 0;
        while i < lines.len() {
            let run = lines[i..]
                .iter()
                .take(14)
                .take_while(|l| numberless(l))
                .count();
            let first_value = lines.get(i + run).and_then(value);
            // The header is the run, less the first row's label where no index opens the row.
            let table = first_value.and_then(|_| {
                [run.saturating_sub(1), run]
                    .into_iter()
                    .filter(|&width| width >= 3)
                    .find_map(|width| {
                        let header = &lines[i..i + width];
                        if header.iter().any(|&c| self.column_kind(c) != Column::Plain) {
                            return None;
                        }
                        let (keys, measured) = self.measures_named(header)?;
                        let rows: Vec<PlaceRow> = lines[i + width..]
                            .chunks_exact(width)
                            .map_while(|group| {
                                let label = group[keys - 1];
                                let index = (keys > 1).then(|| group[0].0);
                                // (A measure's cell holds its number; another's is short.)
                                let cells_fit =
                                    group[keys..].iter().zip(&measured).all(|(c, m)| match m {
                                        Some((_, unit)) => self.cell_value(*c, *unit).is_some(),
                                        None => cell(c),
                                    });
                                (cells_fit
                                    && value(&label).is_none()
                                    && (label.0..label.1)
                                        .any(|k| self.kind(k) == Some(TokKind::Word))
                                    && group[..keys].iter().all(cell)
                                    && index.is_none_or(|x| self.small_whole(x)))
                                .then(|| PlaceRow {
                                    place: label,
                                    index,
                                    cells: group[keys..].to_vec(),
                                    end: group[width - 1].1,
                                })
                            })
                            .collect();
                        (rows.len() >= 2).then_some((width, measured, rows))
                    })
            });
            let Some((width, measured, rows)) = table else {
                i += 1;
                continue;
            };
            let h0 = lines[i].0;
            let caption = self.caption_before(lines, h0);
            self.read_by_column(&rows, &measured, (caption, h0), out, claimed);
            let end = i + width * (rows.len() + 1);
            read.push((h0, lines[end - 1].1));
            i = end;
        }
        read
    }

    /// The unit a row's label `l..e` ends with ("Doanh thu tỷ đồng", "Doanh thu (tỷ USD)"),
    /// and where the label proper ends.
    fn label_unit(&self, l: usize, e: usize) -> (Option<RowUnit>, usize) {
        match self.unit_ending(l, e) {
            // (Not the unit of a number before it: "Doanh thu 25.300 tỷ đồng -6,3%".)
            Some((_, k)) if k > 0 && self.kind(k - 1) == Some(TokKind::Num) => (None, e),
            Some((u, k)) => (Some(u), k),
            // "Doanh thu (tỷ USD)".
            None if e > l + 2 && self.tok(e - 1) == ")" => {
                match (l..e - 1).rfind(|&k| self.tok(k) == "(") {
                    Some(p) => match self.unit_phrase(p + 1, e - 1) {
                        Some(u) => (Some(u), p),
                        None => (None, e),
                    },
                    None => (None, e),
                }
            }
            None => (None, e),
        }
    }

    /// Whether a row's label names its own terms (see [`Row::own_terms`]) and whether it names
    /// growth.
    fn label_terms(&self, label: (usize, usize)) -> (bool, bool) {
        // (A bracket, a slash or a second cell the reader cannot take for a unit: "Giá thuê |
        // USD/m2".)
        let own_terms = (label.0..label.1).any(|k| {
            matches!(self.tok(k), "(" | "/" | "|")
                || self.hits.at(k).iter().any(|h| match h.cue {
                    // (A zone's name is what a row is about: "KCN Quế Võ | 611,5".)
                    Cue::Entity(id) => self.lex.entities[id as usize].entity != Entity::Zone,
                    Cue::People => true,
                    _ => false,
                })
        });
        let growth =
            (label.0..label.1).any(|k| {
                self.text.word_is(k, &["tăng", "giảm"])
                    || self.hits.at(k).iter().any(|h| {
                        matches!(h.cue, Cue::Measure(crate::lexicon::MeasureCue::GrowthRate))
                    })
            });
        (own_terms, growth)
    }

    /// Whether line `a..b` can be a cell of a table scraped one cell a line: short, and no
    /// sentence.
    fn stacked_cell(&self, (a, b): (usize, usize)) -> bool {
        b - a <= 12 && !self.piped(a, b) && !matches!(self.tok(b - 1), "." | ":" | ";")
    }

    /// The number line `a..b` holds alone, with its "%" if written.
    fn lone_value(&self, (a, b): (usize, usize)) -> Option<usize> {
        (self.kind(a) == Some(TokKind::Num) && (b == a + 1 || b == a + 2 && self.tok(a + 1) == "%"))
            .then_some(a)
    }

    /// Tables of rows by measure scraped one cell a line: a header of short lines, the rows'
    /// column ("Chỉ tiêu"), a unit column ("Đơn vị", "ĐVT") where there is one, then value
    /// columns, at least one naming a period, a comparison or a plan unless a unit column
    /// does ("Thực hiện 10 tháng", "So cùng kỳ (%)"); then each row on as many lines: its label
    /// ("Vốn đăng ký mới", or "Doanh thu (tỷ đồng)" with no unit column), its unit ("tỷ
    /// đồng"), a number a line. Rows end at the first that does not fit; read as a flattened
    /// table's are. Lines within `taken` are passed over. Returns the token ranges read,
    /// header to last row.
    fn find_stacked_rows(
        &self,
        lines: &[(usize, usize)],
        taken: &[(usize, usize)],
        out: &mut Vec<Quantity>,
        claimed: &mut Vec<(usize, usize)>,
    ) -> Vec<(usize, usize)> {
        let cell = |l: &(usize, usize)| self.stacked_cell(*l);
        let value = |l: &(usize, usize)| self.lone_value(*l);
        let units_named = |&(a, b): &(usize, usize)| {
            let t: Vec<&str> = (a..b).map(|k| self.tok(k)).collect();
            matches!(t[..], ["dvt"] | ["don", "vi"] | ["don", "vi", "tinh"])
        };
        let mut read = Vec::new();
        let mut i = 0;
        while i < lines.len() {
            if taken.iter().any(|&(s, e)| (s..e).contains(&lines[i].0)) {
                i += 1;
                continue;
            }
            // The header, then the first row's label (and unit): short lines, no lone number.
            let run = lines[i..]
                .iter()
                .take(12)
                .take_while(|l| cell(l) && value(l).is_none())
                .count();
            let unit_column = run >= 2 && units_named(&lines[i + 1]);
            // (The rows' column named as a report's table names it, else a unit column beside
            // it: not a list of links, an infographic's lines, or a header that opens on an
            // index, "STT".)
            let (r0, r1) = lines[i];
            let rows_named = r1 - r0 <= 6
                && [
                    &["chỉ", "tiêu"][..],
                    &["các", "chỉ", "tiêu"],
                    &["tên", "chỉ", "tiêu"],
                    &["nội", "dung"],
                    &["hạng", "mục"],
                    &["danh", "mục"],
                    &["khoản", "mục"],
                    &["tiêu", "chí"],
                    &["lĩnh", "vực"],
                    &["ngành"],
                    &["chỉ", "số"],
                    &["mặt", "hàng"],
                    &["nhóm", "hàng"],
                ]
                .iter()
                .any(|w| self.text.words_at(r0, w));
            if !(rows_named || unit_column) {
                i += 1;
                continue;
            }
            let keys = 1 + usize::from(unit_column);
            let width = run.saturating_sub(keys);
            if width <= keys {
                i += 1;
                continue;
            }
            let header = &lines[i..i + width];
            let columns = &header[keys..];
            let named = columns
                .iter()
                .any(|&c| self.column_kind(c) != Column::Plain);
            // (Columns in units of their own, "Kế hoạch (ha)", "Thực hiện (ha)", hold no row's.)
            let own_units = columns.iter().any(|&(a, b)| {
                self.column_unit(a, b)
                    .is_some_and(|u| u.unit != Unit::Percent)
            });
            let rows: Vec<Row> = lines[i + width..]
                .chunks_exact(width)
                .map_while(|group| {
                    let label = group[0];
                    let fits = cell(&label)
                        && value(&label).is_none()
                        && (label.0..label.1).any(|k| self.kind(k) == Some(TokKind::Word))
                        && group[1..keys].iter().all(|c| cell(c) && value(c).is_none())
                        && group[keys..].iter().all(|c| value(c).is_some());
                    if !fits {
                        return None;
                    }
                    let (unit, label_end) = if unit_column {
                        (self.unit_phrase(group[1].0, group[1].1), label.1)
                    } else {
                        self.label_unit(label.0, label.1)
                    };
                    let label = (label.0, label_end);
                    let (own_terms, growth) = self.label_terms(label);
                    Some(Row {
                        label,
                        index: None,
                        own_terms,
                        growth,
                        unit,
                        claim: group[1].0,
                        values: group[keys..].iter().filter_map(value).collect(),
                        end: group[width - 1].1,
                    })
                })
                .collect();
            if !(unit_column || named) || own_units || rows.len() < 2 {
                i += 1;
                continue;
            }
            let (h0, h1) = (header[0].0, header[width - 1].1);
            let caption = self.caption_before(lines, h0);
            // (A unit column states each row's: none for the whole table.)
            let table_unit = (!unit_column)
                .then(|| self.stated_unit(lines, caption, h1))
                .flatten();
            self.read_rows(
                rows.iter(),
                columns,
                (caption, h1),
                table_unit,
                out,
                claimed,
            );
            claimed.extend((h0..h1).filter(|&k| self.year_like(k)).map(|k| (k, k + 1)));
            let end = i + width * (rows.len() + 1);
            read.push((h0, lines[end - 1].1));
            i = end;
        }
        read
    }

    /// Whether header tokens `c` name a metric ("Diện tích", "Vốn đăng ký"; a share's own word,
    /// "Tỷ trọng", measures nothing).
    fn names_metric(&self, (c0, c1): (usize, usize)) -> bool {
        self.hits.within(c0, c1).iter().any(|h| {
            h.end() <= c1 && matches!(h.cue, Cue::Metric { metric, .. } if metric != Metric::Other)
        })
    }

    /// The cells of tokens `a..b` split by "|", empty ones left out.
    fn cells(&self, a: usize, b: usize) -> Vec<(usize, usize)> {
        let mut out = self.aligned_cells(a, b);
        out.retain(|c| c.1 > c.0);
        out
    }

    /// The cells of tokens `a..b` split by "|", empty ones kept, but for those before an opening
    /// "|" and after a closing one: "| Tổng | | 5 |" is three cells.
    fn aligned_cells(&self, a: usize, b: usize) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut start = a;
        for k in a..=b {
            if k == b || self.tok(k) == "|" {
                out.push((start, k));
                start = k + 1;
            }
        }
        if out.first().is_some_and(|c| c.0 == c.1) {
            out.remove(0);
        }
        if out.len() > 1 && out.last().is_some_and(|c| c.0 == c.1) {
            out.pop();
        }
        out
    }

    /// The unit a measure column names: in brackets at its end ("Diện tích (ha)"), or a count
    /// of the things it names ("Số KCN", "Số dự án mới").
    fn column_unit(&self, c0: usize, c1: usize) -> Option<RowUnit> {
        if c1 > c0 + 2
            && self.tok(c1 - 1) == ")"
            && let Some(p) = (c0..c1 - 1).rfind(|&k| self.tok(k) == "(")
        {
            return self.unit_phrase(p + 1, c1 - 1);
        }
        if !self.text.word_is(c0, &["số"]) {
            return None;
        }
        self.hits
            .within(c0 + 1, c1)
            .iter()
            .find_map(|h| match h.cue {
                Cue::Entity(id) if h.end() <= c1 => {
                    let def = &self.lex.entities[id as usize];
                    Some(RowUnit {
                        unit: Unit::Count,
                        shift: 0,
                        entity: Some((def.entity, def.metric)),
                    })
                }
                _ => None,
            })
    }

    /// The cells of a table of places by measure: each value in its column's unit, or its
    /// own ("541 ha", "92%"), measuring what the column names (or, for a share with no name,
    /// "Tỷ trọng (%)", what the column before it does), of the place its row names.
    fn read_by_column(
        &self,
        rows: &[PlaceRow],
        measured: &[Option<Measured>],
        table: (usize, usize),
        out: &mut Vec<Quantity>,
        claimed: &mut Vec<(usize, usize)>,
    ) {
        for row in rows {
            let mut any = false;
            for (n, (&cell, m)) in row.cells.iter().zip(measured).enumerate() {
                let Some((column, unit)) = *m else { continue };
                let Some((k, last, unit)) = self.cell_value(cell, unit) else {
                    continue;
                };
                let Some(r) = number::parse(self.tok(k)) else {
                    continue;
                };
                // ("Vốn đăng ký (triệu USD) | Tỷ trọng (%)": the share is of the capital; a rate
                // with no name of its own or of a share, "Tỷ lệ (%)", of nothing named.)
                let share = || {
                    self.hits
                        .within(column.0, column.1)
                        .iter()
                        .any(|h| h.cue == Cue::Measure(crate::lexicon::MeasureCue::Share))
                };
                let before = n.checked_sub(1).and_then(|b| measured[b]);
                let measures = match before {
                    Some((b, _))
                        if !self.names_metric(column) && unit.unit == Unit::Percent && share() =>
                    {
                        b
                    }
                    _ => column,
                };
                out.push(self.cell_quantity(
                    (k, last),
                    r,
                    unit,
                    Cell {
                        table,
                        row: measures,
                        column,
                        counts: unit.entity.map(|(_, m)| m),
                        measure: Measure::Level,
                        negative: false,
                        by_column: true,
                        place: Some(row.place),
                    },
                ));
                claimed.push((k, last + 1));
                any = true;
            }
            if any && let Some(x) = row.index {
                claimed.push((x, x + 1));
            }
        }
    }

    /// The number a cell of a table of places by measure holds, in the column's `unit`, with
    /// its "%", or with its own unit ("541 ha"): its token, its last token, its unit.
    fn cell_value(
        &self,
        (c0, c1): (usize, usize),
        unit: Option<RowUnit>,
    ) -> Option<(usize, usize, RowUnit)> {
        if c1 <= c0 || self.kind(c0) != Some(TokKind::Num) {
            return None;
        }
        match c1 - c0 {
            1 => unit.map(|u| (c0, c0, u)),
            2 if self.tok(c0 + 1) == "%" => Some((c0, c0 + 1, PERCENT)),
            _ => self.unit_phrase(c0 + 1, c1).map(|u| (c0, c1 - 1, u)),
        }
    }

    /// The figure of a table's cell whose number is token `k` and whose unit ends at `last`,
    /// read `r`, in `unit`.
    fn cell_quantity(
        &self,
        (k, last): (usize, usize),
        r: number::Reading,
        unit: RowUnit,
        cell: Cell,
    ) -> Quantity {
        Quantity {
            first: k,
            last,
            num: k,
            value: r.resolve(self.style).shift(unit.shift).to_f64(),
            value_max: None,
            unit: unit.unit,
            entity: unit.entity.filter(|_| unit.unit == Unit::Count),
            points: false,
            bare: true,
            unit_end: last + 1,
            context: Some(cell),
            per_unit: false,
        }
    }

    /// The token ranges a table can be read from: each line, and in a line of cells split by
    /// "|" that runs several rows together, each row (a row starts at a label cell after a
    /// cell ending in a value; a small whole number glued to that cell is its index).
    fn table_pieces(&self, lines: &[(usize, usize)]) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        for &(a, b) in lines {
            // (A rule under a header, "|---|:---:|" or "+----+", is no piece: the rows follow
            // the header.)
            if self.text.rule_line(a, b) {
                continue;
            }
            if !self.piped(a, b) {
                out.push((a, b));
                continue;
            }
            let mut start = a;
            let mut cell_start = a;
            let mut prev_cell: Option<(usize, usize)> = None;
            let mut next_index = 1;
            for k in a..=b {
                if k < b && self.tok(k) != "|" {
                    continue;
                }
                let cell = (cell_start, k);
                cell_start = k + 1;
                if cell.0 >= cell.1 {
                    continue;
                }
                if let Some((p0, p1)) = prev_cell
                    && self.kind(cell.0) == Some(TokKind::Word)
                    && self.kind(p1 - 1) == Some(TokKind::Num)
                    && !self.year_like(p1 - 1)
                {
                    // (An index only where it counts on from the last: "110" ending a row of
                    // "% so cùng kỳ" is its value.)
                    let index = self.small_whole(p1 - 1)
                        && self.tok(p1 - 1).parse::<u32>().ok() == Some(next_index);
                    // (Else only after a cell of values: "KCN Quế Võ 2 | ha" is one row.)
                    let values_only = (p0..p1).all(|k| {
                        self.kind(k) == Some(TokKind::Num) || matches!(self.tok(k), "%" | "-" | "+")
                    });
                    // (A lone number opening the line is its own row's index, whatever the
                    // count: "| 2 | Bắc Ninh | 36 |" on the line after "| 1 | ...".)
                    let opening =
                        p1 - p0 == 1 && self.small_whole(p0) && (a..p0).all(|k| self.tok(k) == "|");
                    let boundary = match index {
                        _ if opening => None,
                        true if p1 - p0 >= 2 => Some(p1 - 1),
                        true => Some(p0),
                        false => values_only.then_some(cell.0),
                    };
                    next_index = match self.tok(p0).parse::<u32>() {
                        Ok(n) if opening => n + 1,
                        _ => next_index + u32::from(index),
                    };
                    if let Some(boundary) = boundary
                        && boundary > start
                    {
                        out.push((start, boundary));
                        start = boundary;
                    }
                }
                // Rows run together with no index: the next row's label starts, capitalised,
                // inside a cell, after a value ("116,3 Xuất khẩu (tỷ USD)") or after the
                // header's last column ("% so cùng kỳ Doanh thu (tỷ USD)").
                // (Whether the cell so far names a comparison, read as it goes: linear.)
                let mut compares = false;
                for k in cell.0 + 1..cell.1 {
                    compares |= self.tok(k - 1) == "%" || self.text.word_is(k - 1, &["so"]);
                    let capital =
                        self.kind(k) == Some(TokKind::Word) && self.text.tokens[k].capitalized;
                    let after_value = self.kind(k - 1) == Some(TokKind::Num)
                        && self.tok(k - 1).contains([',', '.']);
                    let after_header = start == a
                        && (self.kind(k - 1) == Some(TokKind::Word)
                            && !self.text.tokens[k - 1].capitalized
                            || self.tok(k - 1) == ")")
                        && compares;
                    if capital && (after_value || after_header) && k > start {
                        out.push((start, k));
                        start = k;
                    }
                }
                prev_cell = Some(cell);
            }
            if start < b {
                out.push((start, b));
            }
        }
        out
    }

    /// A row: an optional index, a label, an optional unit, then values to the end.
    fn parse_row(&self, a: usize, b: usize) -> Option<Row> {
        let value_token = |k: usize| {
            self.kind(k) == Some(TokKind::Num) || matches!(self.tok(k), "%" | "|" | "+" | "-" | "−")
        };
        let mut s = b;
        while s > a && value_token(s - 1) {
            s -= 1;
        }
        // Cells split by "|" are values whole: "KCN Quế Võ 2 | 300 | 450" ends its label with
        // "2".
        if self.piped(a, b) {
            while s < b && s > a && self.tok(s - 1) != "|" {
                s += 1;
            }
        }
        let values: Vec<usize> = (s..b)
            .filter(|&k| self.kind(k) == Some(TokKind::Num))
            .collect();
        if values.is_empty() || values.iter().all(|&k| self.year_like(k)) {
            return None;
        }
        let mut l = a;
        while l < s && self.tok(l) == "|" {
            l += 1;
        }
        let mut index = None;
        if l + 1 < s && self.kind(l) == Some(TokKind::Num) && self.small_whole(l) {
            index = Some(l);
            l += 1;
            if matches!(self.tok(l), "." | ")" | "|") {
                l += 1;
            }
        }
        let mut e = s;
        while e > l && self.tok(e - 1) == "|" {
            e -= 1;
        }
        let (unit, label_end) = self.label_unit(l, e);
        let mut label_end = label_end;
        while label_end > l && self.tok(label_end - 1) == "|" {
            label_end -= 1;
        }
        let label = if (l..label_end).any(|k| self.kind(k) == Some(TokKind::Word)) {
            (l, label_end)
        } else if unit.is_some_and(|u| u.entity.is_some()) {
            // "Số dự án": the unit is all the label says.
            (l, e)
        } else {
            return None;
        };
        // (A label and its value, "Hotline: 1900 1234", is no row.)
        if self.tok(label.1 - 1) == ":" {
            return None;
        }
        let (own_terms, growth) = self.label_terms(label);
        Some(Row {
            label,
            index,
            own_terms,
            growth,
            unit,
            claim: if unit.is_some() && label_end < e {
                label_end
            } else {
                s
            },
            values,
            end: b,
        })
    }

    /// The longest unit phrase ending at token `e`, after `l`: the unit and where it starts.
    fn unit_ending(&self, l: usize, e: usize) -> Option<(RowUnit, usize)> {
        (e.saturating_sub(4).max(l)..e).find_map(|k| {
            let k = if self.tok(k) == "|" { k + 1 } else { k };
            (k < e).then(|| self.unit_phrase(k, e).map(|u| (u, k)))?
        })
    }

    /// The unit that tokens `k..e` name exactly: "%", "tỷ đồng", "triệu USD", "ha", "nghìn
    /// người", "dự án".
    fn unit_phrase(&self, k: usize, e: usize) -> Option<RowUnit> {
        let (scale, j) = self.scale_at(k).unwrap_or((0, k));
        if j >= e {
            return None;
        }
        let h = self.hits.longest_at(j, |c| {
            matches!(
                c,
                Cue::Percent | Cue::Currency(_) | Cue::Area(_) | Cue::Entity(_) | Cue::People
            )
        })?;
        // (Not an amount per thing: "triệu đồng/người", "USD/m2".)
        if h.end() != e || (k.saturating_sub(1)..e).any(|j| self.tok(j) == "/") {
            return None;
        }
        Some(match h.cue {
            Cue::Percent if scale == 0 => PERCENT,
            Cue::Currency(u) => RowUnit {
                unit: u,
                shift: scale,
                entity: None,
            },
            Cue::Area(p) => RowUnit {
                unit: Unit::Ha,
                shift: scale + p as i32,
                entity: None,
            },
            Cue::Entity(id) => {
                let def = &self.lex.entities[id as usize];
                RowUnit {
                    unit: Unit::Count,
                    shift: scale,
                    entity: Some((def.entity, def.metric)),
                }
            }
            Cue::People => RowUnit {
                unit: Unit::Count,
                shift: scale,
                entity: None,
            },
            _ => return None,
        })
    }

    /// The unit a caption or header states for the whole table: "Đơn vị: tỷ đồng", "(ĐVT:
    /// triệu USD)", or a unit word ending a header that names its columns ("Tỷ lệ %").
    fn stated_unit(&self, lines: &[(usize, usize)], a: usize, b: usize) -> Option<RowUnit> {
        let said = (a..b).find_map(|k| {
            let after = if self.tok(k) == "dvt" {
                k + 1
            } else if self.tok(k) == "don" && self.tok_or_empty(k + 1) == "vi" {
                k + 2
            } else {
                return None;
            };
            let from = after + usize::from(self.tok_or_empty(after) == ":");
            (from + 1..=(from + 3).min(b))
                .rev()
                .find_map(|e| self.unit_phrase(from, e))
        });
        said.or_else(|| {
            let line = lines[..lines.partition_point(|&(la, _)| la < b)]
                .last()
                .filter(|&&(la, _)| la >= a)?;
            self.header_unit(line.0, b).map(|unit| RowUnit {
                unit,
                shift: 0,
                entity: None,
            })
        })
    }

    /// The value columns of a header: its "|" cells, or with none, its parts each ending on a
    /// year ("Chỉ tiêu Đơn vị 6 tháng 2023 | 6 tháng 2024 | % so cùng kỳ"), keeping those that
    /// name a period or a comparison. A header that names none is one column.
    fn columns(&self, a: usize, b: usize) -> Vec<(usize, usize)> {
        let parts = if self.piped(a, b) {
            self.cells(a, b)
        } else {
            let mut parts = Vec::new();
            let mut start = a;
            for k in (a..b).filter(|&k| self.year_like(k)) {
                parts.push((start, k + 1));
                start = k + 1;
            }
            if b > start {
                parts.push((start, b));
            }
            parts
        };
        let named: Vec<(usize, usize)> = parts
            .into_iter()
            .filter(|&c| self.column_kind(c) != Column::Plain)
            .collect();
        if named.is_empty() {
            vec![(a, b)]
        } else {
            named
        }
    }

    /// What the header tokens `c` of a column say its values are.
    fn column_kind(&self, (a, b): (usize, usize)) -> Column {
        let has = |w: &[&str]| (a..b).any(|k| self.text.word_is(k, w));
        let percent = (a..b).any(|k| self.tok(k) == "%");
        let plan = has(&["KH"])
            || (a..b)
                .any(|k| self.text.word_is(k, &["kế"]) && self.text.word_is(k + 1, &["hoạch"]));
        let change = has(&["tăng", "giảm"]) || (a..b).any(|k| self.tok(k) == "+");
        if has(&["so"]) {
            if plan {
                Column::PlanPct
            } else if change {
                Column::ChangePct
            } else {
                Column::Ratio
            }
        } else if change {
            if percent {
                Column::ChangePct
            } else {
                Column::ChangeAbs
            }
        } else if plan {
            if percent {
                Column::PlanPct
            } else {
                Column::Plan
            }
        } else if (a..b).any(|k| self.year_like(k)) {
            Column::Period
        } else {
            Column::Plain
        }
    }

    /// The start of a table's caption: up to three lines before its header, within its
    /// paragraph, none of them ending a sentence of prose ("Bảng 1: Cơ cấu ... đến\nhết năm
    /// 1999", "... như sau:"); a line ending in ":" may stand a blank line before.
    fn caption_before(&self, lines: &[(usize, usize)], h0: usize) -> usize {
        let li = lines.partition_point(|&(la, _)| la <= h0).saturating_sub(1);
        // (A header that a line of run-together rows opens mid-way has none.)
        if lines.get(li).is_none_or(|l| l.0 != h0) {
            return h0;
        }
        let mut caption = h0;
        for back in lines[..li].iter().rev().take(3) {
            let gap = &self.text.folded[self.text.tokens[back.1 - 1].end as usize
                ..self.text.tokens[caption].start as usize];
            // (A line that announces the table, "... theo đối tác như sau:", is its caption
            // across a blank line too, as markdown writes a table.)
            let blank_lines = gap.matches('\n').count().saturating_sub(1);
            let announces = self.tok(back.1 - 1) == ":";
            if blank_lines > usize::from(announces) || self.tok(back.1 - 1) == "." {
                break;
            }
            caption = back.0;
        }
        caption
    }

    /// Whether tokens `a..b` hold a cell mark "|".
    fn piped(&self, a: usize, b: usize) -> bool {
        (a..b).any(|k| self.tok(k) == "|")
    }

    /// A year written alone as a column's: "2024".
    fn year_like(&self, k: usize) -> bool {
        let t = self.tok(k);
        t.len() == 4
            && t.bytes().all(|b| b.is_ascii_digit())
            && t.parse::<u32>().is_ok_and(|y| (1990..=2100).contains(&y))
    }

    /// A whole number of up to three digits, as a row's index.
    fn small_whole(&self, k: usize) -> bool {
        let t = self.tok(k);
        self.kind(k) == Some(TokKind::Num) && t.len() <= 3 && t.bytes().all(|b| b.is_ascii_digit())
    }
}
