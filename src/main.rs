use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::Context;
use solieu::analyze::{Knowledge, analyze};
use solieu::geo::Gazetteer;
use solieu::lexicon::Lexicon;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().collect();
    let k = Knowledge {
        lexicon: Lexicon::load(Path::new("data/lexicon.toml"))?,
        gazetteer: Gazetteer::load(Path::new("data/reference"))?,
    };
    match args[1].as_str() {
        "extract" => {
            let text = std::fs::read_to_string(&args[2])?;
            let a = analyze(&text, None, &k);
            println!("date={:?} province={:?} region={:?}", a.publication_date, a.province_code, a.region);
            for m in a.mentions {
                println!("{}-{} {:?} {} {} {}/{} {:?} {:?} {:?} {:?}..{:?} cum={} p={:?} r={:?}", m.start, m.end, m.surface, m.value, m.unit, m.metric, m.measure, m.entity, m.investor, m.approx, m.period_start, m.period_end, m.cumulative, m.province_code, m.region);
            }
        }
        "eval" => {
            let gold = solieu::eval::read_gold(Path::new(&args[2]))?;
            let dir = PathBuf::from(&args[3]);
            let mut preds = BTreeMap::new();
            let mut entries: Vec<_> = std::fs::read_dir(&dir)?.collect::<Result<_, _>>()?;
            entries.sort_by_key(|e| e.file_name());
            for e in entries {
                let text = std::fs::read_to_string(e.path()).with_context(|| format!("{:?}", e.path()))?;
                let a = analyze(&text, None, &k);
                preds.insert(e.file_name().to_string_lossy().into_owned(), a.mentions);
            }
            let r = solieu::eval::score(&gold, &preds);
            print!("{}", solieu::eval::summary(&r));
            if args.get(4).map(String::as_str) == Some("--misses") {
                print!("{}", solieu::eval::misses(&r));
            }
        }
        _ => anyhow::bail!("unknown command"),
    }
    Ok(())
}
