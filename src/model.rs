//! The labels of a metric mention, named exactly as in the annotation guide
//! (`../shared/gold/GUIDE.md`): these names are a contract with the tools that read our tables.

use chrono::NaiveDate;

macro_rules! label_enum {
    ($(#[$m:meta])* $name:ident { $($variant:ident => $text:literal),+ $(,)? }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The name used in tables and gold files.
            pub fn as_str(self) -> &'static str {
                match self { $($name::$variant => $text),+ }
            }

            /// Parses a name as used in tables and gold files.
            pub fn parse(s: &str) -> Option<$name> {
                match s { $($text => Some($name::$variant),)+ _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.as_str())
            }
        }
    };
}

label_enum!(
    /// The unit `value` is expressed in.
    Unit {
        Vnd => "VND",
        Usd => "USD",
        Ha => "ha",
        Percent => "percent",
        Count => "count",
        Times => "times",
    }
);

impl Unit {
    /// Whether the value is an amount of money (đồng or dollars).
    pub fn is_money(self) -> bool {
        matches!(self, Unit::Vnd | Unit::Usd)
    }
}

label_enum!(
    /// What is measured.
    Metric {
        Projects => "projects",
        CapitalIncreases => "capital_increases",
        RegisteredCapital => "registered_capital",
        ImplementedCapital => "implemented_capital",
        LandArea => "land_area",
        OccupancyRate => "occupancy_rate",
        Revenue => "revenue",
        ExportValue => "export_value",
        ImportValue => "import_value",
        BudgetContribution => "budget_contribution",
        IndustrialOutput => "industrial_output",
        Workers => "workers",
        Zones => "zones",
        Enterprises => "enterprises",
        AdminProcedures => "admin_procedures",
        Other => "other",
    }
);

label_enum!(
    /// How the number relates to its metric.
    Measure {
        Level => "level",
        ChangePct => "change_pct",
        ChangeAbs => "change_abs",
        RatioToPriorPct => "ratio_to_prior_pct",
        Multiplier => "multiplier",
        SharePct => "share_pct",
        PlanPct => "plan_pct",
        PlanExcessPct => "plan_excess_pct",
        PriorLevel => "prior_level",
        Target => "target",
    }
);

label_enum!(
    /// What a count counts.
    Entity {
        Project => "project",
        Zone => "zone",
        Enterprise => "enterprise",
        Worker => "worker",
        Procedure => "procedure",
        CapitalIncrease => "capital_increase",
    }
);

label_enum!(
    /// Foreign or domestic investment.
    Investor {
        Fdi => "fdi",
        Ddi => "ddi",
    }
);

label_enum!(
    /// A hedge on the value.
    Approx {
        About => "about",
        Over => "over",
        Under => "under",
        Range => "range",
    }
);

/// One metric mention: a quantity in an article, its labels, and where it is.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Code point offsets into the NFC text, end exclusive.
    pub start: usize,
    pub end: usize,
    pub surface: String,
    pub value: f64,
    pub value_max: Option<f64>,
    pub unit: Unit,
    pub metric: Metric,
    pub measure: Measure,
    pub entity: Option<Entity>,
    pub investor: Option<Investor>,
    pub approx: Option<Approx>,
    pub period_start: Option<NaiveDate>,
    pub period_end: Option<NaiveDate>,
    pub cumulative: bool,
    /// 63-scheme province code, set by `locate`.
    pub province_code: Option<String>,
    /// Region name (as in the reference), for regional aggregates.
    pub region: Option<String>,
    pub sentence: String,
}
