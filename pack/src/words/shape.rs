//! The shape of a word table: [`Words`], one field per word or sentence (the field is its id),
//! which every language's table fills, and [`CheckTimes`], the values one of its sentences takes.

/// One word list. Fields are grouped by where the reader meets them.
pub struct Words {
    // ── The page before the app runs (index.html, filled by `fill_page`) ─────────────────
    /// The site's name, in `<title>` until the pack's own title is known.
    pub site_name: &'static str,
    /// index.html's `<meta name="description">`.
    pub page_description: &'static str,
    pub loading: &'static str,
    /// Before the "Try again" button when the app's files did not download.
    pub start_failed: &'static str,
    pub try_again: &'static str,
    /// In `<noscript>`.
    pub needs_javascript: &'static str,

    // ── Navigation, header and footer ────────────────────────────────────────────────────
    pub skip_to_content: &'static str,
    /// The main navigation's `aria-label`.
    pub nav_label: &'static str,
    pub nav_overview: &'static str,
    pub nav_compare: &'static str,
    pub nav_articles: &'static str,
    pub nav_glossary: &'static str,
    pub nav_questions: &'static str,
    pub nav_search: &'static str,
    /// The reader's own page (care team, when to call, diary, calendar); also its title.
    pub nav_my_treatment: &'static str,
    /// Between a page's name and the site's name in the document title.
    pub site_suffix: &'static str,
    pub footer_not_advice: &'static str,
    /// Before the `<time>` of the pack's review date.
    pub footer_reviewed: &'static str,
    /// Before the pack's version, in brackets.
    pub footer_version: &'static str,

    // ── Loading and errors ───────────────────────────────────────────────────────────────
    pub load_failed_title: &'static str,
    pub retry: &'static str,
    pub reload: &'static str,
    pub page_loading: &'static str,
    pub page_not_loaded_title: &'static str,
    /// When the host has a newer build than the one running, whose files are gone.
    pub page_newer_build: &'static str,
    pub page_not_loaded_body: &'static str,
    /// A part of the pack that one page reads (`model::later`) does not read: a damaged copy.
    pub part_unreadable: &'static str,
    /// Before the reason, when the copy saved on this device is shown.
    pub stale_content: &'static str,
    /// No response at all (offline, server down).
    pub load_network: &'static str,
    pub load_not_found: &'static str,
    /// The server answered with this error status.
    pub load_http: fn(u16) -> String,
    pub load_timed_out: &'static str,

    // ── Why the content file was refused (`parse`) ───────────────────────────────────────
    /// Its size in MB.
    pub pack_too_large: fn(usize) -> String,
    /// The position of the first bad byte.
    pub pack_not_utf8: fn(usize) -> String,
    pub pack_html_page: &'static str,
    pub pack_empty: &'static str,
    /// Line, column and the JSON reader's detail.
    pub pack_not_json: fn(usize, usize, &str) -> String,
    /// The format found and the format this app reads.
    pub pack_unsupported: fn(&str, u32) -> String,
    /// The path of the bad field and the detail.
    pub pack_schema: fn(&str, &str) -> String,
    /// Before the first problems found by the checks.
    pub pack_invalid: &'static str,
    /// After them: how many more were not listed.
    pub pack_invalid_more: fn(usize) -> String,

    // ── Problems found by the content checks (`validate`, `date`) ────────────────────────
    pub check_empty: &'static str,
    /// A date after today.
    pub check_future: fn(&str) -> String,
    /// Next review, last review.
    pub check_review_not_after: fn(&str, &str) -> String,
    /// Next review, last review.
    pub check_review_too_late: fn(&str, &str) -> String,
    /// Sources needed, sources given.
    pub check_few_sources: fn(usize, usize) -> String,
    pub check_not_https: &'static str,
    pub check_link_nowhere: fn(&str) -> String,
    pub check_bad_id: fn(&str) -> String,
    pub check_duplicate_id: fn(&str) -> String,
    pub check_unsupported_version: &'static str,
    pub check_no_drugs: &'static str,
    pub check_no_routes: &'static str,
    pub check_no_cancers: &'static str,
    pub check_no_other_drug: fn(&str) -> String,
    pub check_no_drug: fn(&str) -> String,
    pub check_no_other_article: fn(&str) -> String,
    pub check_section_order: fn(&str) -> String,
    pub check_missing_section: fn(&str) -> String,
    pub check_tags: &'static str,
    pub date_not_full: fn(&str) -> String,
    pub date_invalid: fn(&str) -> String,
    /// The text and the month number it names.
    pub date_no_month: fn(&str, u8) -> String,
    pub date_not_real: fn(&str) -> String,
    /// Month names, January first, as dates are shown ("25 Nov 2026").
    pub months: [&'static str; 12],
    /// A full date: day, month name (from `months`), year ("25 Nov 2026").
    pub date_day: fn(u8, &str, u16) -> String,
    /// A month and year ("Nov 2026").
    pub date_month: fn(&str, u16) -> String,

    // ── Languages and translation ────────────────────────────────────────────────────────
    /// The label of the language switch.
    pub lang_switch: &'static str,
    /// Said (and the page stays) when the reader picks a language not saved on this device
    /// while offline.
    pub lang_offline: &'static str,
    /// A translated page: "a translation of the English page reviewed on <date>".
    pub translation_of: fn(&str) -> String,
    /// A translated page no bilingual clinician has reviewed.
    pub translation_not_reviewed: &'static str,
    /// A translated page's clinical review, as the editors recorded it.
    pub translation_reviewed_by: fn(&str) -> String,
    /// The link to the English page.
    pub translation_english_link: &'static str,
    /// The English page changed after the translation: its new review date.
    pub translation_behind: fn(&str) -> String,

    // ── Offline and updates ──────────────────────────────────────────────────────────────
    pub offline: &'static str,
    /// Offline before the worker has saved the whole guide on this device.
    pub offline_not_saved: &'static str,
    /// Before the Reload button.
    pub update_ready: &'static str,

    // ── Home ─────────────────────────────────────────────────────────────────────────────
    pub drugs_heading: &'static str,
    pub drugs_intro: &'static str,
    pub articles_heading: &'static str,
    pub results_heading: &'static str,
    pub expand_all: &'static str,
    pub collapse_all: &'static str,
    pub confuse_heading: &'static str,
    pub confuse_body: &'static str,
    /// The look-alike list's `aria-label`.
    pub confuse_list: &'static str,

    // ── Drug cards ───────────────────────────────────────────────────────────────────────
    /// In a card tapped on the first screen until its contents arrive.
    pub card_loading: &'static str,
    pub key_points: &'static str,
    pub key_facts: &'static str,
    pub fact_class: &'static str,
    pub fact_route: &'static str,
    pub fact_schedule: &'static str,
    pub fact_chair: &'static str,
    pub fact_course: &'static str,
    pub fact_cancers: &'static str,
    pub fact_first_approval: &'static str,
    pub fact_boxed: &'static str,
    pub fact_contraception: &'static str,
    /// In brackets after the year of the first approval.
    pub accelerated_note: &'static str,
    pub none: &'static str,
    pub biosimilars: &'static str,
    pub questions_to_ask: &'static str,

    // ── Sources and review dates ─────────────────────────────────────────────────────────
    pub sources: &'static str,
    /// Before the `<time>` of the last review.
    pub reviewed: &'static str,
    /// Before the `<time>` of the next review.
    pub next_review: &'static str,
    pub overdue_lead: &'static str,
    /// Before the `<time>` the page was due.
    pub overdue_was_due: &'static str,
    /// Before the link to the page's first source.
    pub overdue_check: &'static str,

    // ── Articles ─────────────────────────────────────────────────────────────────────────
    pub all_articles: &'static str,
    /// Before the `<time>` an article was published.
    pub published: &'static str,
    pub drugs_in_article: &'static str,
    pub related: &'static str,
    /// Hidden label before an article's topics.
    pub tags: &'static str,

    // ── Filters ──────────────────────────────────────────────────────────────────────────
    pub filters_legend: &'static str,
    pub filter_cancer: &'static str,
    pub filter_class: &'static str,
    pub filter_route: &'static str,
    pub filter_all: &'static str,
    pub filter_topic: &'static str,
    pub filter_all_topics: &'static str,
    pub filter_no_match: &'static str,
    /// Shown, total: "Showing 5 of 13 medicines".
    pub showing_medicines: fn(usize, usize) -> String,
    /// Shown, total: "Showing 3 of 9 articles".
    pub showing_articles: fn(usize, usize) -> String,

    // ── Compare ──────────────────────────────────────────────────────────────────────────
    pub compare_heading: &'static str,
    pub compare_intro: &'static str,
    pub compare_caption: &'static str,
    pub col_medicine: &'static str,
    pub col_type: &'static str,
    pub col_route: &'static str,
    pub col_schedule: &'static str,
    pub col_cancers: &'static str,
    pub col_risks: &'static str,
    pub col_tests: &'static str,
    pub col_contraception: &'static str,
    pub contraception_unknown: &'static str,

    // ── What does my HER2 result mean? ───────────────────────────────────────────────────
    pub results_intro: &'static str,
    pub results_pick: &'static str,
    pub results_none_picked: &'static str,
    /// Announces the picked result by its label.
    pub results_showing: fn(&str) -> String,
    /// Before the result's group ("HER2-low").
    pub results_group: &'static str,
    pub results_approved: &'static str,
    pub results_approved_none: &'static str,
    pub results_more: &'static str,
    pub results_caveat: &'static str,
    pub results_not_advice: &'static str,
    pub results_unavailable: &'static str,

    // ── Search ───────────────────────────────────────────────────────────────────────────
    pub search_heading: &'static str,
    pub search_label: &'static str,
    pub search_hint: &'static str,
    /// How many results a query found (0 says what to try instead).
    pub search_count: fn(usize) -> String,
    pub search_drugs: &'static str,
    pub search_articles: &'static str,
    pub search_glossary: &'static str,

    // ── Glossary ─────────────────────────────────────────────────────────────────────────
    pub glossary_heading: &'static str,
    pub glossary_intro: &'static str,
    /// Hidden label before a pronunciation.
    pub pronounce: &'static str,

    // ── Questions to take along ──────────────────────────────────────────────────────────
    pub questions_heading: &'static str,
    pub questions_intro: &'static str,
    pub my_questions: &'static str,
    /// How many questions are ticked (0 included).
    pub questions_ticked: fn(usize) -> String,
    /// When ticked questions could not be written to the device's storage; before Print.
    pub questions_not_kept: &'static str,
    pub print: &'static str,
    pub clear: &'static str,

    // ── Not found ────────────────────────────────────────────────────────────────────────
    pub not_found_title: &'static str,
    pub not_found_body: &'static str,
    pub back_home: &'static str,

    // ── Pictures: how the medicines work, the approvals chart ────────────────────────────
    pub show_as_text: &'static str,
    pub diagram_title: &'static str,
    pub diagram_note: &'static str,
    pub diagram_outside: &'static str,
    pub diagram_inside: &'static str,
    pub diagram_receptor: &'static str,
    /// What each type of medicine does, after its name.
    pub diagram_antibody: &'static str,
    pub diagram_adc: &'static str,
    pub diagram_tki: &'static str,
    pub diagram_bispecific: &'static str,
    pub approvals_heading: &'static str,
    pub approvals_title: &'static str,
    pub approvals_caption: &'static str,
    pub approvals_approval: &'static str,
    pub approvals_accelerated: &'static str,
    /// How many approvals had a date that could not be read.
    pub approvals_skipped: fn(usize) -> String,
    /// One approval in the text list ("Sep 2019: …"), flagged as accelerated.
    pub approvals_accelerated_item: fn(&str) -> String,

    // ── The course timeline on a card ("What happens when") ─────────────────────────────
    pub timeline_title: &'static str,
    /// Above the "before you start" slot.
    pub timeline_before: &'static str,
    /// Under a check that is done at regular times with no fixed gap on the label.
    pub timeline_regular: &'static str,
    /// The span before the first dose, and a check in it.
    pub tl_before_you_start: &'static str,
    pub tl_treatment: &'static str,
    /// The treatment span when the course has no set length.
    pub tl_treatment_open: &'static str,
    pub tl_after_treatment: &'static str,
    /// The doses row's label.
    pub tl_doses: &'static str,
    /// A dose mark: its number (from 1) and its day (from 0).
    pub tl_dose: fn(u64, u64) -> String,
    /// A check mark or an axis tick during treatment, by week.
    pub tl_week: fn(u64) -> String,
    /// A check mark after treatment: weeks after the course ended.
    pub tl_after: fn(u64) -> String,
    /// The first axis tick.
    pub tl_start: &'static str,
    /// Axis ticks when they are months or years apart.
    pub tl_month: fn(u64) -> String,
    pub tl_year: fn(u64) -> String,
    /// Text alternative of the doses row of an open-ended course: row label, days between
    /// doses, weeks shown.
    pub tl_doses_open: fn(&str, u32, u64) -> String,
    /// Text alternative of the doses row of a set course: row label, days between doses,
    /// weeks, number of doses.
    pub tl_doses_course: fn(&str, u32, u64, u64) -> String,
    /// Text alternative of a check with numbers: row label and when it is done.
    pub tl_check: fn(&str, &CheckTimes) -> String,
    /// Text alternative of a check without numbers: row label, the editor's words made the
    /// end of a sentence.
    pub tl_check_text: fn(&str, &str) -> String,

    // ── Labels of the model's kinds ──────────────────────────────────────────────────────
    pub class_antibody: &'static str,
    pub class_adc: &'static str,
    pub class_tki: &'static str,
    pub class_bispecific: &'static str,
    pub route_iv: &'static str,
    pub route_sc: &'static str,
    pub route_oral: &'static str,
    pub cancer_breast: &'static str,
    pub cancer_gastric: &'static str,
    pub cancer_lung: &'static str,
    pub cancer_colorectal: &'static str,
    pub cancer_biliary: &'static str,
    pub cancer_any_solid: &'static str,
    pub setting_early: &'static str,
    pub setting_metastatic: &'static str,
    pub risk_heart: &'static str,
    pub risk_lung: &'static str,
    pub risk_liver: &'static str,
    pub risk_diarrhoea: &'static str,
    pub risk_infusion: &'static str,
    pub risk_bleeding: &'static str,
    pub risk_eye: &'static str,
    /// The titles of a card's sections, which are also the `##` headings editors write.
    pub section_what: &'static str,
    pub section_who: &'static str,
    pub section_benefit: &'static str,
    pub section_how: &'static str,
    pub section_call_now: &'static str,
    pub section_call_today: &'static str,
    pub section_next_visit: &'static str,
    pub section_side_effects: &'static str,
    pub section_tests: &'static str,
    pub section_pregnancy: &'static str,
    pub section_interactions: &'static str,
    pub section_confuse: &'static str,
}

/// When a check-up is done, for the sentence that says so (`Words::tl_check`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CheckTimes {
    /// Once before the first dose.
    pub before_start: bool,
    /// Weeks between checks during treatment.
    pub every: u32,
    /// For how many weeks `every` lasts.
    pub for_weeks: Option<u32>,
    /// Weeks between checks after `for_weeks`, and during follow-up.
    pub then: Option<u32>,
    /// Weeks of follow-up after the course.
    pub after: Option<u32>,
}

impl Words {
    /// The words index.html names as `{{words.<id>}}`, by id (see [`fill_page`](super::fill_page)).
    pub fn page_words(&self) -> [(&'static str, &'static str); 7] {
        [
            ("site_name", self.site_name),
            ("page_description", self.page_description),
            ("loading", self.loading),
            ("start_failed", self.start_failed),
            ("try_again", self.try_again),
            ("needs_javascript", self.needs_javascript),
            ("lang_offline", self.lang_offline),
        ]
    }
}
