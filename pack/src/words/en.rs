//! The English word list.

use super::shape::{CheckTimes, Words};

/// "1 week", "3 weeks".
fn weeks(n: u64) -> String {
    if n == 1 {
        "1 week".into()
    } else {
        format!("{n} weeks")
    }
}

/// "every week", "every 3 weeks".
fn every_weeks(n: u32) -> String {
    if n == 1 {
        "every week".into()
    } else {
        format!("every {n} weeks")
    }
}

/// "every day", "every week", "every 3 weeks", "every 10 days".
fn every_days(n: u32) -> String {
    match n {
        1 => "every day".into(),
        7 => "every week".into(),
        n if n % 7 == 0 => format!("every {} weeks", n / 7),
        n => format!("every {n} days"),
    }
}

/// "Liver blood tests: before you start, every 3 weeks during treatment, then …".
fn check(label: &str, times: &CheckTimes) -> String {
    let every = times.every;
    let mut parts = Vec::new();
    if times.before_start {
        parts.push("before you start".to_string());
    }
    match (times.for_weeks, times.then) {
        (Some(f), Some(t)) => {
            parts.push(format!(
                "{} for the first {}",
                every_weeks(every),
                weeks(u64::from(f))
            ));
            parts.push(format!("{} during treatment", every_weeks(t)));
        }
        (Some(f), None) => parts.push(format!(
            "{} for the first {} of treatment",
            every_weeks(every),
            weeks(u64::from(f))
        )),
        (None, _) => parts.push(format!("{} during treatment", every_weeks(every))),
    }
    if let Some(a) = times.after {
        parts.push(format!(
            "{} for {} after",
            every_weeks(times.then.unwrap_or(every)),
            weeks(u64::from(a))
        ));
    }
    format!("{label}: {}.", parts.join(", then "))
}

pub static EN: Words = Words {
    // The page before the app runs
    site_name: "HER2 Guide",
    page_description: "HER2 Guide explains HER2-targeted cancer treatment in plain words: what HER2 is, how it is tested, and every approved HER2 drug, with sources. Works offline.",
    loading: "Loading the guide…",
    start_failed: "The guide could not start: part of it did not download. Check your connection, then ",
    try_again: "Try again",
    needs_javascript: "HER2 Guide needs JavaScript to open its cards and pages. Please turn JavaScript on, or open this page in another browser.",

    // Navigation, header and footer
    skip_to_content: "Skip to main content",
    nav_label: "Main",
    nav_overview: "Overview",
    nav_compare: "Compare",
    nav_articles: "Articles",
    nav_glossary: "Glossary",
    nav_questions: "My questions",
    nav_search: "Search",
    nav_my_treatment: "My treatment",
    site_suffix: " — ",
    footer_not_advice: "This guide is information, not medical advice. Talk to your care team about your own treatment.",
    footer_reviewed: "Information reviewed",
    footer_version: "content version",

    // Loading and errors
    load_failed_title: "The guide could not be loaded",
    retry: "Retry",
    reload: "Reload",
    page_loading: "Opening this page…",
    page_not_loaded_title: "This page could not be opened",
    page_newer_build: "A new version of the guide is out. Reload to open this page in the new version.",
    part_unreadable: "Part of this page could not be read from this copy of the guide. Reload the page to get a fresh copy.",
    page_not_loaded_body: "This part of the guide did not download. Check your connection, then try again. The overview and the medicine cards still work.",
    stale_content: "You are reading the copy of this guide saved on this device. The latest version could not be loaded:",
    load_network: "The guide's content could not be downloaded. Check that you are connected to the internet, then try again.",
    load_not_found: "The guide's content file was not found on the server (error 404).",
    load_http: |status| format!("The server could not send the guide's content (error {status})."),
    load_timed_out: "The guide's content is taking too long to arrive. Check that you are connected to the internet, then try again.",

    // Why the content file was refused
    pack_too_large: |mb| format!("The content file is far too large ({mb} MB), so it was not opened."),
    pack_not_utf8: |at| format!("The content file is damaged: it is not readable text (bad byte at position {at})."),
    pack_html_page: "The server sent a web page instead of the guide's content file.",
    pack_empty: "The content file is empty.",
    pack_not_json: |line, column, detail| format!("The content file is damaged: it is not valid JSON (line {line}, column {column}: {detail})."),
    pack_unsupported: |found, reads| format!("The content is in a format this app cannot read (format {found}; this app reads format {reads}). Reloading the page may fetch a newer app."),
    pack_schema: |path, detail| format!("The content file does not have the expected shape: {path}: {detail}."),
    pack_invalid: "The content failed its checks: ",
    pack_invalid_more: |n| format!(" (and {n} more)"),

    // Problems found by the content checks
    check_empty: "must not be empty",
    check_future: |value| format!("`{value}` is in the future"),
    check_review_not_after: |next, last| format!("`{next}` must be after last_reviewed `{last}`"),
    check_review_too_late: |next, last| format!("`{next}` is more than 12 months after last_reviewed `{last}`"),
    check_few_sources: |needed, has| format!("needs at least {needed} sources, has {has}"),
    check_not_https: "not an https URL",
    check_link_nowhere: |link| format!("in-app link `{link}` leads nowhere"),
    check_bad_id: |id| format!("`{id}` is not a valid id (use a-z, 0-9 and hyphens)"),
    check_duplicate_id: |id| format!("duplicate id `{id}`"),
    check_unsupported_version: "unsupported version",
    check_no_drugs: "the pack has no drugs",
    check_no_routes: "must name at least one way it is given",
    check_no_cancers: "must name at least one cancer",
    check_no_other_drug: |id| format!("no other drug has the id `{id}`"),
    check_no_drug: |id| format!("no drug has the id `{id}`"),
    check_no_other_article: |id| format!("no other article has the id `{id}`"),
    check_section_order: |title| format!("section `{title}` is out of order or repeated"),
    check_missing_section: |title| format!("missing section `{title}`"),
    check_tags: "tags are lower case and not empty",
    date_not_full: |text| format!("`{text}` is not a full date (YYYY-MM-DD)"),
    date_invalid: |text| format!("`{text}` is not a date (YYYY-MM-DD)"),
    date_no_month: |text, month| format!("`{text}` has no month {month}"),
    date_not_real: |text| format!("`{text}` is not a real day"),
    months: [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
    date_day: |day, month, year| format!("{day} {month} {year}"),
    date_month: |month, year| format!("{month} {year}"),

    // Languages and translation
    lang_switch: "Language",
    lang_offline: "That language is not saved on this device yet. Connect to the internet to switch; this page stays as it is.",
    translation_of: |date| format!("This page is a translation of the English page reviewed on {date}."),
    translation_not_reviewed: "No bilingual clinician has reviewed this translation yet.",
    translation_reviewed_by: |who| format!("Clinical review of the translation: {who}."),
    translation_english_link: "Read the English page",
    translation_behind: |date| format!("The English page was updated on {date}, after this translation. This translation may not have the changes yet."),

    // Offline and updates
    offline: "You are offline. Everything in this guide still works; it will update when you are back online.",
    offline_not_saved: "You are offline. This guide is not saved on this device yet, so pages you have not opened may not load until you are back online.",
    update_ready: "A new version is available.",

    // Home
    drugs_heading: "The medicines",
    drugs_intro: "Tap or click a medicine to open its card. You can open several at once.",
    articles_heading: "Articles",
    results_heading: "What does my HER2 result mean?",
    expand_all: "Expand all",
    collapse_all: "Collapse all",
    confuse_heading: "Names not to confuse",
    confuse_body: "Some of these medicines have names that look alike. Some also come in two forms: a drip into a vein (IV) and an injection under the skin. Each one is a different medicine, and one can never be swapped for another. Check the name and the form with your nurse or pharmacist before each dose.",
    confuse_list: "Medicines with look-alike names",

    // Drug cards
    card_loading: "Opening this card…",
    key_points: "Key points",
    key_facts: "Key facts",
    fact_class: "Type of medicine",
    fact_route: "How it is given",
    fact_schedule: "How often",
    fact_chair: "Time in the chair",
    fact_course: "How long",
    fact_cancers: "Approved for",
    fact_first_approval: "First US approval",
    fact_boxed: "Boxed warning about",
    fact_contraception: "Contraception",
    accelerated_note: "includes an accelerated approval",
    none: "None",
    biosimilars: "Biosimilars (close copies approved in the US)",
    questions_to_ask: "Questions you could ask",

    // Sources and review dates
    sources: "Sources",
    reviewed: "Last reviewed",
    next_review: "next review due",
    overdue_lead: "This page may be out of date.",
    overdue_was_due: "It was due to be checked again on",
    overdue_check: "Check the latest information here, or ask your care team:",

    // Articles
    all_articles: "All articles",
    published: "Published",
    drugs_in_article: "Medicines in this article",
    related: "Related articles",
    tags: "Topics",

    // Filters
    filters_legend: "Show only",
    filter_cancer: "Cancer type",
    filter_class: "Type of medicine",
    filter_route: "How it is given",
    filter_all: "All",
    filter_topic: "Topic",
    filter_all_topics: "All topics",
    filter_no_match: "Nothing matches these choices. Pick “All” in a list to see more.",
    showing_medicines: |shown, total| format!("Showing {shown} of {total} medicines"),
    showing_articles: |shown, total| format!("Showing {shown} of {total} articles"),

    // Compare
    compare_heading: "Compare the medicines",
    compare_intro: "The main facts about each medicine, side by side. Open a medicine's card for the full story.",
    compare_caption: "HER2 medicines compared",
    col_medicine: "Medicine",
    col_type: "Type",
    col_route: "How given",
    col_schedule: "How often",
    col_cancers: "Approved for",
    col_risks: "Main risks",
    col_tests: "Tests",
    col_contraception: "Contraception window",
    contraception_unknown: "Not confirmed — ask your care team",

    // What does my HER2 result mean?
    results_intro: "Your HER2 result is on your pathology report. Pick it below to see what it means and which medicines are approved for it.",
    results_pick: "Pick your result",
    results_none_picked: "No result picked yet.",
    results_showing: |label| format!("Showing: {label}"),
    results_group: "Group",
    results_approved: "Medicines with a US approval for this result (in at least one cancer type)",
    results_approved_none: "None at this time.",
    results_more: "More about this result",
    results_caveat: "Before you read too much into a result",
    results_not_advice: "This is information, not a recommendation. Ask your care team what your result means for you.",
    results_unavailable: "This part of the guide is not available yet. Your care team can explain what your HER2 result means.",

    // Search
    search_heading: "Search",
    search_label: "Search the guide",
    search_hint: "Brand or generic names, short names like T-DXd, or any word. Use the arrow keys to move through the results.",
    search_count: |n| match n {
        0 => "No results. Check the spelling, or try a brand or generic name.".into(),
        1 => "1 result".into(),
        n => format!("{n} results"),
    },
    search_drugs: "Medicines",
    search_articles: "Articles",
    search_glossary: "Glossary",

    // Glossary
    glossary_heading: "Glossary",
    glossary_intro: "Words you may meet in this guide and at the clinic, in plain language.",
    pronounce: "Say it:",

    // Questions to take along
    questions_heading: "Questions to take along",
    questions_intro: "Tick the questions you want to ask. They are kept on this device only, and you can print them to take to your appointment.",
    my_questions: "My questions",
    questions_ticked: |n| match n {
        0 => "No questions ticked yet.".into(),
        1 => "1 question ticked.".into(),
        n => format!("{n} questions ticked."),
    },
    questions_not_kept: "Your ticks could not be saved on this device (its storage is full or blocked), so they will be gone when you leave this page. Print them now to keep them.",
    print: "Print my questions",
    clear: "Clear my questions",

    // Not found
    not_found_title: "Page not found",
    not_found_body: "There is nothing at this address. It may have moved.",
    back_home: "Go to the overview",

    // Pictures
    show_as_text: "Show as text",
    diagram_title: "Where each type of HER2 medicine works",
    diagram_note: "HER2 receptors sit in the surface of some cancer cells. Select a type of medicine to see its cards.",
    diagram_outside: "Outside the cell",
    diagram_inside: "Inside the cell",
    diagram_receptor: "HER2 receptor",
    diagram_antibody: "attaches to HER2 on the outside of the cell and stops it pairing up to send growth signals.",
    diagram_adc: "attaches to HER2 on the outside of the cell, then carries a strong cancer drug (the payload) into the cell.",
    diagram_tki: "a pill that works inside the cell. It blocks the signal at the inner end of HER2.",
    diagram_bispecific: "one antibody that attaches to two different parts of HER2 at once, on the outside of the cell.",
    approvals_heading: "When each medicine was approved in the US",
    approvals_title: "US approvals of each HER2 medicine, by year.",
    approvals_caption: "Each mark is an approval: the first one, or a new use. A hollow diamond is an accelerated approval, given early on promising results while more studies are done.",
    approvals_approval: "Approval",
    approvals_accelerated: "Accelerated approval",
    approvals_skipped: |n| format!("Approvals not shown because their date could not be read: {n}"),
    approvals_accelerated_item: |item| format!("{item} (accelerated approval)"),

    // The course timeline
    timeline_title: "What happens when",
    timeline_before: "Before",
    timeline_regular: "at regular times",
    tl_before_you_start: "Before you start",
    tl_treatment: "Treatment",
    tl_treatment_open: "Treatment, for as long as it helps",
    tl_after_treatment: "After treatment",
    tl_doses: "Doses",
    tl_dose: |number, day| match day {
        0 => format!("Dose {number}: start"),
        d if d % 7 == 0 => format!("Dose {number}: week {}", d / 7),
        d => format!("Dose {number}: after {d} days"),
    },
    tl_week: |week| format!("Week {week}"),
    tl_after: |n| format!("{} after treatment", weeks(n)),
    tl_start: "Start",
    tl_month: |month| format!("Month {month}"),
    tl_year: |year| format!("Year {year}"),
    tl_doses_open: |label, days, shown| {
        format!(
            "{label}: {}, for as long as the treatment helps (the first {} are shown).",
            every_days(days),
            weeks(shown)
        )
    },
    tl_doses_course: |label, days, course, count| {
        if days == 1 {
            format!("{label}: {} for {}.", every_days(days), weeks(course))
        } else {
            format!(
                "{label}: {} for {}, {count} doses in all.",
                every_days(days),
                weeks(course)
            )
        }
    },
    tl_check: check,
    tl_check_text: |label, clause| format!("{label}: {clause}"),

    // Labels of the model's kinds
    class_antibody: "Monoclonal antibody",
    class_adc: "Antibody–drug conjugate",
    class_tki: "Tyrosine kinase inhibitor (pill)",
    class_bispecific: "Bispecific antibody",
    route_iv: "Drip into a vein (IV)",
    route_sc: "Injection under the skin",
    route_oral: "Pill by mouth",
    cancer_breast: "Breast",
    cancer_gastric: "Stomach or gastro-oesophageal",
    cancer_lung: "Lung",
    cancer_colorectal: "Bowel (colorectal)",
    cancer_biliary: "Bile duct or gallbladder",
    cancer_any_solid: "Any solid tumour (HER2 3+)",
    setting_early: "Early (before or after surgery)",
    setting_metastatic: "Advanced or spread (metastatic)",
    risk_heart: "Heart",
    risk_lung: "Lung",
    risk_liver: "Liver",
    risk_diarrhoea: "Diarrhea",
    risk_infusion: "Infusion reactions",
    risk_bleeding: "Bleeding",
    risk_eye: "Eyes",
    section_what: "What it is",
    section_who: "Who it is for",
    section_benefit: "What it can do for you",
    section_how: "How it is given",
    section_call_now: "Call now, day or night",
    section_call_today: "Call the same day",
    section_next_visit: "Mention at your next visit",
    section_side_effects: "Common side effects",
    section_tests: "Tests you will have",
    section_pregnancy: "Pregnancy and contraception",
    section_interactions: "Other medicines and food",
    section_confuse: "Names not to confuse",
};
