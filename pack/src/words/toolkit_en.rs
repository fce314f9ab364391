//! The English words of the "My treatment" page.

use super::toolkit_shape::ToolkitWords;

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// The English table.
pub static TOOLKIT_EN: ToolkitWords = ToolkitWords {
    intro: "Your own tools for your treatment: your care team's numbers, when to call, a symptom diary, a calendar and a summary for your next visit.",
    private_note: "Everything you type here is kept only on this device: the guide never sends it anywhere.",
    storage_blocked: "This browser is not keeping what you type here (storage is blocked, full or was cleared). Save a copy to a file now, before you type more.",
    storage_broken: "The data kept on this device cannot be read. It has been left as it is, and what you type now is not kept. Download it to keep a copy; then you can delete it to start again.",
    download_broken: "Download the kept data",
    print: "Print",

    team_heading: "My care team",
    team_intro: "Type the numbers your care team gave you. The guide never guesses a number.",
    other_treatments: "Other treatments",
    other_treatments_hint: "Names of treatments this guide has no card for, such as chemotherapy or hormone therapy.",
    team_24h: "24-hour line",
    team_nurse: "Nurse line",
    team_pharmacy: "Pharmacy",
    contact_name: "Name",
    contact_phone: "Phone number",
    contact_add: "Add a number",
    contact_remove: "Remove",
    team_empty: "No numbers yet. Type them above.",
    helplines_heading: "National helplines",
    helplines_intro: "These lines are not your care team. They answer general questions about cancer.",
    source: "Source: ",
    hours: "Hours: ",
    hours_unconfirmed: "Hours: not confirmed here. See their page.",

    drugs_heading: "My medicines",
    drugs_legend: "Tick the medicines you are on",
    wtc_heading: "When to call, for my medicines",
    wtc_pick: "Tick your medicines above to see their signs here.",
    wtc_from: "From: ",
    units_temperature: "Temperature",
    units_weight: "Weight",
    units_both: "Both",

    diary_heading: "Symptom diary",
    diary_date: "Date",
    diary_symptom: "Symptom",
    diary_symptom_hint: "Choose from the list or type your own.",
    diary_severity: "How bad was it at its worst?",
    diary_note: "Note (if you like)",
    diary_add: "Add to my diary",
    diary_added: "Added to your diary.",
    diary_need_symptom: "Write the symptom first.",
    diary_need_severity: "Choose how bad it was.",
    diary_empty: "No entries yet.",
    diary_delete: "Delete",
    diary_call_now: "This looks like a sign to call your care team now, day or night. The sign on the card for your medicine:",
    diary_no_number: "Add your care team's 24-hour number at the top of this page.",
    diary_weeks: "The last 4 weeks",
    diary_row: |symptom, days, of, worst| {
        format!("{symptom}: noted on {} of the last {of} days; worst: {worst}.", plural(days, "day", "days"))
    },
    severity_none: "None",
    severity_mild: "Mild",
    severity_moderate: "Moderate",
    severity_severe: "Severe",
    severity_very_severe: "Very severe",
    severity_unknown: "Not recorded",

    cal_heading: "Treatment calendar",
    cal_team_first: "Your team's plan comes first. These dates start from the usual schedule on each card: change them to match what your team told you.",
    cal_plan: |drug| format!("Plan {drug}"),
    cal_start: "First dose",
    cal_every: "Days between doses",
    cal_doses: "Number of doses (empty: no set end)",
    cal_remove: "Remove this plan",
    cal_coming: "Coming up",
    cal_nothing: "No dates in the coming weeks.",
    cal_undated: "Check-ups without fixed dates (ask your team when):",
    cal_prev: "Previous month",
    cal_next: "Next month",
    cal_month: |year, month| {
        let name = MONTHS.get(usize::from(month).wrapping_sub(1)).copied().unwrap_or("");
        format!("{name} {year}")
    },
    cal_weekdays: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    cal_download: "Download for my calendar (.ics)",
    cal_dose_n: |drug, n| format!("{drug}: dose {n}"),
    cal_daily: |drug, last| match last {
        Some(last) => format!("{drug}: every day, until {last}"),
        None => format!("{drug}: every day"),
    },
    cal_name: "My treatment (HER2 Guide)",
    cal_dose: |drug| format!("{drug}: treatment day"),
    cal_check: |drug, test| format!("{drug}: {test}"),
    cal_check_before: |drug, test| format!("{drug}: {test}, before you start"),
    cal_from_guide: "Planned in HER2 Guide from the dates you entered. If your care team gives you other dates, theirs are the ones to keep.",

    summary_heading: "Visit summary",
    summary_since: "Diary since",
    summary_drugs: "My medicines",
    summary_diary: "My diary",
    summary_questions: "My questions",
    summary_mention: "To mention at this visit",
    summary_nothing: "Nothing yet.",

    data_heading: "My data on this device",
    export: "Save everything to a file",
    import: "Add from a saved file",
    import_adds: |team, drugs, plans, diary, questions| {
        format!(
            "This file adds {}, {}, {}, {} and {}.",
            plural(team, "care-team contact", "care-team contacts"),
            plural(drugs, "medicine", "medicines"),
            plural(plans, "plan", "plans"),
            plural(diary, "diary entry", "diary entries"),
            plural(questions, "question", "questions")
        )
    },
    import_already: |n| format!("{} already here will stay as they are.", plural(n, "item", "items")),
    import_add: "Add",
    import_cancel: "Cancel",
    import_done: "Added. Nothing you had was changed.",
    import_too_large: |mb| format!("This file is too large to be saved data from HER2 Guide (the limit is {mb} MB)."),
    import_not_json: |line, column| format!("This file is damaged or is not saved data from HER2 Guide (it stops making sense at line {line}, column {column})."),
    import_newer: |found, reads| format!("This file was saved by a newer version of HER2 Guide (data version {found}; this version reads up to {reads}). Reload the guide to get the newer version, then try again."),
    import_wrong_shape: |detail| format!("This file is not saved data from HER2 Guide ({detail})."),
    import_nothing_changed: "Nothing was changed.",
    delete_all: "Delete everything on this device",
    delete_warning: "This deletes your numbers, medicines, diary and plans from this device. It cannot be undone.",
    delete_yes: "Yes, delete everything",
    delete_keep: "Keep my data",
    deleted: "Everything was deleted from this device.",
};
