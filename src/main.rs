//! The `solieu` command: `run` the main job, `extract` one article for a quick look, `eval`
//! against a gold file.

use std::io::{IsTerminal, Read};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, bail};

use clap::{Args, Parser, Subcommand};

use solieu::analyze::{Knowledge, analyze};
use solieu::config::{Overrides, Plan};
use solieu::decode::{DecodeOptions, decode};
use solieu::eval::{self, Thresholds};
use solieu::model::Mention;
use solieu::pipeline::{self, Progress};
use solieu::run;
use solieu::source::{Reject, Source};

#[derive(Parser)]
#[command(
    name = "solieu",
    version,
    about = "Figures on Vietnam's industrial parks, from news text to tables"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the main job: read the inputs, extract every metric mention, write the tables.
    Run(RunArgs),
    /// Print the mentions of one article (a file, or `-` for standard input) as a table.
    Extract(ExtractArgs),
    /// Score the pipeline on annotated articles against a gold file.
    Eval(EvalArgs),
}

#[derive(Args)]
struct ConfigArg {
    /// Pipeline configuration (default: ./pipeline.toml when present).
    #[arg(long, short = 'c', value_name = "FILE")]
    config: Option<PathBuf>,
}

impl ConfigArg {
    fn path(&self) -> Option<PathBuf> {
        self.config.clone().or_else(|| {
            let p = PathBuf::from("pipeline.toml");
            p.exists().then_some(p)
        })
    }
}

#[derive(Args)]
struct RunArgs {
    #[command(flatten)]
    config: ConfigArg,
    /// Input files, directories, globs, @list files, or `-` for JSON Lines on stdin
    /// (repeatable; replaces the config's inputs).
    #[arg(long, short = 'i', value_name = "PATH")]
    input: Vec<String>,
    /// Output directory (replaces the config's).
    #[arg(long, short = 'o', value_name = "DIR")]
    output: Option<PathBuf>,
    /// Worker threads (0: all cores).
    #[arg(long, value_name = "N")]
    threads: Option<usize>,
    /// Treat any rejected input as an error (exit status 3).
    #[arg(long)]
    strict: bool,
    /// Re-extract only new or changed articles.
    #[arg(long)]
    incremental: bool,
    /// No progress bar, summary or headline figures (warnings still print).
    #[arg(long, short = 'q')]
    quiet: bool,
}

#[derive(Args)]
struct ExtractArgs {
    #[command(flatten)]
    config: ConfigArg,
    /// An article file (.txt, .html, ...), or `-` to read plain text from standard input.
    file: String,
}

#[derive(Args)]
struct EvalArgs {
    #[command(flatten)]
    config: ConfigArg,
    /// Gold mentions, JSON Lines in the format of `../shared/gold/`.
    #[arg(long, value_name = "FILE")]
    gold: PathBuf,
    /// Annotated articles (repeatable).
    #[arg(long, short = 'i', value_name = "PATH", required = true)]
    input: Vec<String>,
    /// List missed, spurious and mislabelled mentions.
    #[arg(long)]
    misses: bool,
    /// Print the scores as JSON.
    #[arg(long)]
    json: bool,
    /// Fail under this detection F1.
    #[arg(long, value_name = "X")]
    min_f1: Option<f64>,
    /// Fail under this `metric` accuracy.
    #[arg(long, value_name = "X")]
    min_metric: Option<f64>,
    /// Fail under this `metric`+`measure` accuracy.
    #[arg(long, value_name = "X")]
    min_metric_measure: Option<f64>,
    /// Fail under this `investor` accuracy.
    #[arg(long, value_name = "X")]
    min_investor: Option<f64>,
    /// Fail under this `approx` accuracy.
    #[arg(long, value_name = "X")]
    min_approx: Option<f64>,
    /// Fail under this `period_end` accuracy.
    #[arg(long, value_name = "X")]
    min_period_end: Option<f64>,
    /// Fail under this `cumulative` accuracy.
    #[arg(long, value_name = "X")]
    min_cumulative: Option<f64>,
    /// Fail under this `province_code` accuracy (where the gold has one).
    #[arg(long, value_name = "X")]
    min_province: Option<f64>,
    /// Fail under this `region` accuracy.
    #[arg(long, value_name = "X")]
    min_region: Option<f64>,
    /// Fail over this many values off by a power of ten.
    #[arg(long, value_name = "N")]
    max_power_of_ten: Option<usize>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Run(a) => cmd_run(a),
        Command::Extract(a) => cmd_extract(a),
        Command::Eval(a) => cmd_eval(a),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("solieu: error: {e:#}");
            ExitCode::from(1)
        }
    }
}

/// A progress line on a terminal; warnings for rejects either way.
struct Bar {
    bar: Option<indicatif::ProgressBar>,
}

impl Progress for Bar {
    fn inc(&self, n: u64) {
        if let Some(b) = &self.bar {
            b.inc(n);
        }
    }

    fn reject(&self, r: &Reject) {
        let line = format!(
            "solieu: warning: rejected {}{}: {} ({})",
            r.source,
            r.record
                .as_deref()
                .map(|x| format!(" [{x}]"))
                .unwrap_or_default(),
            r.detail,
            r.reason.code()
        );
        // Warnings print even with --quiet: a reject is never silent.
        match &self.bar {
            Some(b) => b.println(line),
            None => eprintln!("{line}"),
        }
    }

    fn warn(&self, message: &str) {
        let line = format!("solieu: warning: {message}");
        match &self.bar {
            Some(b) => b.println(line),
            None => eprintln!("{line}"),
        }
    }

    fn finish(&self) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
    }
}

fn cmd_run(a: RunArgs) -> anyhow::Result<ExitCode> {
    let over = Overrides {
        inputs: a.input,
        output: a.output,
        threads: a.threads,
        strict: a.strict,
        incremental: a.incremental,
        progress: a.quiet.then_some(false),
    };
    let plan = Plan::load(a.config.path().as_deref(), &over)?;
    if plan.inputs.is_empty() {
        bail!("no inputs: give --input PATH or set [input] paths in the config");
    }
    let show_bar = plan.progress.unwrap_or(true) && std::io::stderr().is_terminal();
    let bar = show_bar.then(|| {
        let b = indicatif::ProgressBar::new_spinner();
        b.set_style(
            indicatif::ProgressStyle::with_template(
                "{spinner} {pos} records read ({per_sec}) {elapsed}",
            )
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
        );
        b.enable_steady_tick(std::time::Duration::from_millis(120));
        b
    });
    let progress = Bar { bar };
    let summary = run::run(&plan, &progress)?;
    if !a.quiet {
        let reasons: Vec<String> = summary
            .rejects_by_reason
            .iter()
            .map(|(r, n)| format!("{n} {r}"))
            .collect();
        eprintln!(
            "solieu: read {} articles, found {} mentions, rejected {} inputs{} in {:.2} s",
            summary.articles,
            summary.mentions,
            summary.rejects,
            if reasons.is_empty() {
                String::new()
            } else {
                format!(" ({})", reasons.join(", "))
            },
            summary.timings.total_s
        );
        if summary.incremental {
            eprintln!(
                "solieu: incremental: {} articles reused from the cache, {} extracted, {} cached records dropped (changed or removed inputs)",
                summary.reused_from_cache, summary.extracted, summary.dropped_from_cache
            );
        }
        eprintln!(
            "solieu: {} figures ({} with conflicting sources) from {} mentions, {} province-years",
            summary.figures.figures,
            summary.figures.conflicts,
            summary.figures.from_mentions,
            summary.figures.province_years,
        );
        eprintln!(
            "solieu: tables in {}/: {}",
            summary.output_dir,
            summary.files.join(", ")
        );
        if !summary.unchanged_files.is_empty() {
            eprintln!(
                "solieu: {} of them came out the same as before and were left untouched",
                summary.unchanged_files.len()
            );
        }
        print_out(&format!(
            "Headline figures (province_year, the latest year of each metric):\n{}",
            solieu::report::headline_table(&summary.headlines)
        ))?;
    }
    if plan.strict && summary.rejects > 0 {
        eprintln!(
            "solieu: error: {} inputs rejected and --strict is set",
            summary.rejects
        );
        return Ok(ExitCode::from(3));
    }
    Ok(ExitCode::SUCCESS)
}

fn cmd_extract(a: ExtractArgs) -> anyhow::Result<ExitCode> {
    let plan = Plan::load(a.config.path().as_deref(), &Overrides::default())?;
    let (k, _) = Knowledge::load(&plan.lexicon, &plan.reference)?;
    let (text, date, title) = if a.file == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .context("reading standard input")?;
        (s, None, None)
    } else {
        let mut source = Source::new(
            std::slice::from_ref(&a.file),
            pipeline::source_options(&plan),
        );
        let item = source
            .next()
            .with_context(|| format!("{}: nothing to read", a.file))?;
        let raw = item
            .into_doc()
            .map_err(|r| anyhow::anyhow!("{}: {} ({})", r.source, r.detail, r.reason.code()))?;
        let dopts = DecodeOptions {
            fallback: None,
            json: plan.json.clone(),
        };
        let art = decode(raw, &dopts)
            .map_err(|r| anyhow::anyhow!("{}: {} ({})", r.source, r.detail, r.reason.code()))?;
        (art.text, art.date, art.title)
    };
    let an = analyze(&text, date, &k);
    let province = an
        .province_code
        .as_deref()
        .and_then(|c| k.gazetteer.province(c))
        .map(|p| format!("{} {}", p.code_63, p.name_63));
    let out = format!(
        "title:       {}\npublished:   {}\nprovince:    {}\nmentions:    {}\n\n{}",
        title.as_deref().unwrap_or("-"),
        an.publication_date
            .map(|d| d.to_string())
            .unwrap_or("-".into()),
        province.or(an.region.clone()).unwrap_or_else(|| "-".into()),
        an.mentions.len(),
        mention_table(&an.mentions)
    );
    print_out(&out)?;
    Ok(ExitCode::SUCCESS)
}

/// Writes to standard output; a reader that went away (`| head`) is not an error.
fn print_out(s: &str) -> anyhow::Result<()> {
    use std::io::Write;
    match std::io::stdout().lock().write_all(s.as_bytes()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        r => Ok(r?),
    }
}

/// Mentions as an aligned text table.
fn mention_table(ms: &[Mention]) -> String {
    let header = [
        "span", "surface", "value", "unit", "metric", "measure", "investor", "approx", "period",
        "cum", "where",
    ];
    let rows: Vec<Vec<String>> = ms
        .iter()
        .map(|m| {
            let period = match (m.period_start, m.period_end) {
                (None, None) => "-".into(),
                (s, e) => format!(
                    "{}..{}",
                    s.map(|d| d.to_string()).unwrap_or_default(),
                    e.map(|d| d.to_string()).unwrap_or_default()
                ),
            };
            vec![
                format!("{}-{}", m.start, m.end),
                m.surface.replace('\n', " "),
                match m.value_max {
                    Some(x) => format!("{}–{}", fmt_value(m.value), fmt_value(x)),
                    None => fmt_value(m.value),
                },
                m.unit.to_string(),
                m.metric.to_string(),
                m.measure.to_string(),
                m.investor.map(|x| x.to_string()).unwrap_or("-".into()),
                m.approx.map(|x| x.to_string()).unwrap_or("-".into()),
                period,
                if m.cumulative {
                    "yes".into()
                } else {
                    "-".into()
                },
                m.province_code
                    .clone()
                    .or(m.region.clone())
                    .unwrap_or("-".into()),
            ]
        })
        .collect();
    let width = |i: usize| {
        rows.iter()
            .map(|r| r[i].chars().count())
            .chain([header[i].len()])
            .max()
            .unwrap_or(0)
    };
    let widths: Vec<usize> = (0..header.len()).map(width).collect();
    let line = |cells: Vec<String>| {
        cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c}{}", " ".repeat(w - c.chars().count())))
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_owned()
            + "\n"
    };
    let mut out = line(header.iter().map(|s| s.to_string()).collect());
    for r in rows {
        out.push_str(&line(r));
    }
    out
}

fn fmt_value(v: f64) -> String {
    if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{}", v as i64)
    } else {
        format!("{v}")
    }
}

fn cmd_eval(a: EvalArgs) -> anyhow::Result<ExitCode> {
    let over = Overrides {
        inputs: a.input,
        ..Overrides::default()
    };
    let plan = Plan::load(a.config.path().as_deref(), &over)?;
    let gold = eval::read_gold(&a.gold)?;
    let (preds, rejects) = pipeline::mentions_by_doc(&plan)?;
    for r in &rejects {
        eprintln!(
            "solieu: warning: rejected {}: {} ({})",
            r.source,
            r.detail,
            r.reason.code()
        );
    }
    let report = eval::score(&gold, &preds);
    let mut out = if a.json {
        serde_json::to_string_pretty(&eval::scores_json(&report))? + "\n"
    } else {
        eval::summary(&report)
    };
    if a.misses {
        out.push('\n');
        out.push_str(&eval::misses(&report));
    }
    print_out(&out)?;
    let gates = Thresholds {
        f1: a.min_f1,
        metric: a.min_metric,
        metric_measure: a.min_metric_measure,
        investor: a.min_investor,
        approx: a.min_approx,
        period_end: a.min_period_end,
        cumulative: a.min_cumulative,
        province: a.min_province,
        region: a.min_region,
        max_power_of_ten: a.max_power_of_ten,
    };
    let failures = gates.failures(&report);
    for f in &failures {
        eprintln!("solieu: eval: {f}");
    }
    Ok(if failures.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}
