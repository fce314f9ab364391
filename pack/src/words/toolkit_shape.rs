//! The shape of the "My treatment" word table: [`ToolkitWords`], one field per word or
//! sentence only that page uses. It is a table of its own so that its words ship in the page's
//! own wasm module, not in the start-up wasm (read it only from code inside that module).

/// The words of the "My treatment" page, grouped by the part of the page that shows them.
pub struct ToolkitWords {
    // ── The page as a whole ──────────────────────────────────────────────────────────────
    /// Under the heading: what the page is for.
    pub intro: &'static str,
    /// The one sentence on privacy: nothing leaves the device.
    pub private_note: &'static str,
    /// Storage is blocked, full or cleared: said at once, before the reader types more.
    pub storage_blocked: &'static str,
    /// The kept text cannot be read: it is left untouched.
    pub storage_broken: &'static str,
    /// Button: download the unreadable kept text as it is.
    pub download_broken: &'static str,
    /// Button: print the page's summary and calendar.
    pub print: &'static str,

    // ── Care team ────────────────────────────────────────────────────────────────────────
    pub team_heading: &'static str,
    pub team_intro: &'static str,
    /// The field for treatments the guide has no card for, and its hint.
    pub other_treatments: &'static str,
    pub other_treatments_hint: &'static str,
    /// The suggested names of the first three numbers.
    pub team_24h: &'static str,
    pub team_nurse: &'static str,
    pub team_pharmacy: &'static str,
    /// Labels of one number's two inputs.
    pub contact_name: &'static str,
    pub contact_phone: &'static str,
    pub contact_add: &'static str,
    pub contact_remove: &'static str,
    /// Shown while no number has been typed.
    pub team_empty: &'static str,
    pub helplines_heading: &'static str,
    /// That the helplines are not the reader's care team.
    pub helplines_intro: &'static str,
    /// Before a helpline's source link.
    pub source: &'static str,
    /// Before a helpline's hours.
    pub hours: &'static str,
    /// In place of a helpline's hours when its source could not confirm them.
    pub hours_unconfirmed: &'static str,

    // ── My medicines and when to call ────────────────────────────────────────────────────
    pub drugs_heading: &'static str,
    pub drugs_legend: &'static str,
    pub wtc_heading: &'static str,
    /// Shown while no medicine is ticked.
    pub wtc_pick: &'static str,
    /// Before the links to the cards a sign comes from.
    pub wtc_from: &'static str,
    pub units_temperature: &'static str,
    pub units_weight: &'static str,
    /// The unit choice that keeps both units, as the cards write them.
    pub units_both: &'static str,

    // ── Symptom diary ────────────────────────────────────────────────────────────────────
    pub diary_heading: &'static str,
    pub diary_date: &'static str,
    pub diary_symptom: &'static str,
    pub diary_symptom_hint: &'static str,
    /// The severity radio group's legend.
    pub diary_severity: &'static str,
    pub diary_note: &'static str,
    pub diary_add: &'static str,
    pub diary_added: &'static str,
    pub diary_need_symptom: &'static str,
    /// No severity was chosen.
    pub diary_need_severity: &'static str,
    pub diary_empty: &'static str,
    pub diary_delete: &'static str,
    /// An entry matches a "call now" sign: said when it is saved.
    pub diary_call_now: &'static str,
    /// Then, when no care-team number has been typed.
    pub diary_no_number: &'static str,
    /// The heading of the picture of the last weeks.
    pub diary_weeks: &'static str,
    /// Text alternative of one symptom's row: symptom, days noted, days shown, worst severity.
    pub diary_row: fn(&str, usize, usize, &str) -> String,
    /// How bad a symptom was, as PRO-CTCAE asks it: none, mild, moderate, severe, very severe.
    pub severity_none: &'static str,
    pub severity_mild: &'static str,
    pub severity_moderate: &'static str,
    pub severity_severe: &'static str,
    pub severity_very_severe: &'static str,
    /// An entry kept before severities were recorded.
    pub severity_unknown: &'static str,

    // ── Calendar ─────────────────────────────────────────────────────────────────────────
    pub cal_heading: &'static str,
    /// The sentence that the care team's plan comes first.
    pub cal_team_first: &'static str,
    /// Button: plan a medicine from its card's usual schedule.
    pub cal_plan: fn(&str) -> String,
    pub cal_start: &'static str,
    pub cal_every: &'static str,
    /// Number of doses; empty for no set end.
    pub cal_doses: &'static str,
    pub cal_remove: &'static str,
    pub cal_coming: &'static str,
    pub cal_nothing: &'static str,
    /// Before the check-ups the card gives no fixed dates for (each with its words).
    pub cal_undated: &'static str,
    pub cal_prev: &'static str,
    pub cal_next: &'static str,
    /// The month table's caption: year and month (1–12).
    pub cal_month: fn(u16, u8) -> String,
    /// Short weekday names, Monday first.
    pub cal_weekdays: [&'static str; 7],
    pub cal_download: &'static str,
    /// A dose in the list: drug name and dose number.
    pub cal_dose_n: fn(&str, u64) -> String,
    /// In the coming list, in place of one line per day: a daily medicine, and its last day
    /// when the plan has one (dates as the reader reads them).
    pub cal_daily: fn(&str, Option<&str>) -> String,
    /// The calendar's name in the reader's calendar app.
    pub cal_name: &'static str,
    /// A dose day's event title: the drug's name.
    pub cal_dose: fn(&str) -> String,
    /// A check-up's event title: the drug's name and the check-up.
    pub cal_check: fn(&str, &str) -> String,
    /// The event title of a check-up before the first dose: the drug's name and the check-up.
    pub cal_check_before: fn(&str, &str) -> String,
    /// Ends every event's notes: where the dates came from and whose dates come first.
    pub cal_from_guide: &'static str,

    // ── Visit summary ────────────────────────────────────────────────────────────────────
    pub summary_heading: &'static str,
    pub summary_since: &'static str,
    pub summary_drugs: &'static str,
    pub summary_diary: &'static str,
    pub summary_questions: &'static str,
    pub summary_mention: &'static str,
    pub summary_nothing: &'static str,

    // ── The data file: export, import, delete ────────────────────────────────────────────
    pub data_heading: &'static str,
    pub export: &'static str,
    pub import: &'static str,
    /// What an import adds: numbers, medicines, plans, diary entries, questions.
    pub import_adds: fn(usize, usize, usize, usize, usize) -> String,
    /// How many of the file's items were already kept.
    pub import_already: fn(usize) -> String,
    pub import_add: &'static str,
    pub import_cancel: &'static str,
    pub import_done: &'static str,
    /// Why a file was not imported: over the size limit (in MB).
    pub import_too_large: fn(usize) -> String,
    /// Not JSON: line and column of the first problem.
    pub import_not_json: fn(usize, usize) -> String,
    /// Saved by a newer version of the guide: the file's data version and the one this reads.
    pub import_newer: fn(u32, u32) -> String,
    /// JSON, but not the guide's saved data: where and what (serde's words).
    pub import_wrong_shape: fn(&str) -> String,
    /// After every reason a file was not imported.
    pub import_nothing_changed: &'static str,
    pub delete_all: &'static str,
    pub delete_warning: &'static str,
    pub delete_yes: &'static str,
    pub delete_keep: &'static str,
    pub deleted: &'static str,
}
