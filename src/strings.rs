//! Every interface word the reader sees that does not come from the content pack. The words
//! the pre-painted first screen and the benchmark baseline also print live in `her2_pack::words`.

pub use her2_pack::words::*;

pub const LOAD_FAILED_TITLE: &str = "The guide could not be loaded";
pub const RETRY: &str = "Retry";
pub const PAGE_LOADING: &str = "Opening this page…";
pub const PAGE_NOT_LOADED_TITLE: &str = "This page could not be opened";
/// When the host has a newer build than the one running, whose files are gone.
pub const PAGE_NEWER_BUILD: &str =
    "A new version of the guide is out. Reload to open this page in the new version.";
pub const PAGE_NOT_LOADED_BODY: &str =
    "This part of the guide did not download. Check your connection, then try again. The overview and the medicine cards still work.";
pub const ALL_ARTICLES: &str = "All articles";
pub const PUBLISHED: &str = "Published";
pub const DRUGS_IN_ARTICLE: &str = "Medicines in this article";
pub const RELATED: &str = "Related articles";
pub const NOT_FOUND_TITLE: &str = "Page not found";
pub const NOT_FOUND_BODY: &str = "There is nothing at this address. It may have moved.";
pub const BACK_HOME: &str = "Go to the overview";
pub const OFFLINE: &str =
    "You are offline. Everything in this guide still works; it will update when you are back online.";
/// Offline before the worker has saved the whole guide on this device.
pub const OFFLINE_NOT_SAVED: &str =
    "You are offline. This guide is not saved on this device yet, so pages you have not opened may not load until you are back online.";
pub const UPDATE_READY: &str = "A new version is available.";
/// When ticked questions could not be written to the device's storage.
pub const QUESTIONS_NOT_KEPT: &str =
    "Your ticks could not be saved on this device (its storage is full or blocked), so they will be gone when you leave this page. Print them now to keep them.";
pub const RELOAD: &str = "Reload";
pub const STALE_CONTENT: &str =
    "You are reading the copy of this guide saved on this device. The latest version could not be loaded:";
pub const COMPARE_HEADING: &str = "Compare the medicines";
pub const SEARCH_HEADING: &str = "Search";
pub const GLOSSARY_HEADING: &str = "Glossary";
pub const QUESTIONS_HEADING: &str = "Questions to take along";
pub const SEARCH_LABEL: &str = "Search the guide";
pub const SEARCH_HINT: &str =
    "Brand or generic names, short names like T-DXd, or any word. Use the arrow keys to move through the results.";
pub const SEARCH_NONE: &str = "No results. Check the spelling, or try a brand or generic name.";
pub const SEARCH_ONE: &str = "1 result";
pub const SEARCH_MANY: &str = "results";
pub const SEARCH_DRUGS: &str = "Medicines";
pub const SEARCH_ARTICLES: &str = "Articles";
pub const SEARCH_GLOSSARY: &str = "Glossary";

// Reader tools: drug and article filters, the compare table, the HER2 result explainer.
pub const FILTERS_LEGEND: &str = "Show only";
pub const FILTER_CANCER: &str = "Cancer type";
pub const FILTER_CLASS: &str = "Type of medicine";
pub const FILTER_ROUTE: &str = "How it is given";
pub const FILTER_ALL: &str = "All";
pub const FILTER_TOPIC: &str = "Topic";
pub const FILTER_ALL_TOPICS: &str = "All topics";
pub const FILTER_NO_MATCH: &str =
    "Nothing matches these choices. Pick “All” in a list to see more.";
pub const EXPAND_ALL: &str = "Expand all";
pub const COLLAPSE_ALL: &str = "Collapse all";

/// "Showing 5 of 13 medicines".
pub fn showing_medicines(shown: usize, total: usize) -> String {
    format!("Showing {shown} of {total} medicines")
}

/// "Showing 3 of 9 articles".
pub fn showing_articles(shown: usize, total: usize) -> String {
    format!("Showing {shown} of {total} articles")
}

pub const CONFUSE_HEADING: &str = "Names not to confuse";
pub const CONFUSE_BODY: &str = "Some of these medicines have names that look alike. Some also come in two forms: a drip into a vein (IV) and an injection under the skin. Each one is a different medicine, and one can never be swapped for another. Check the name and the form with your nurse or pharmacist before each dose.";
pub const CONFUSE_LIST: &str = "Medicines with look-alike names";

pub const COMPARE_INTRO: &str =
    "The main facts about each medicine, side by side. Open a medicine's card for the full story.";
pub const COMPARE_CAPTION: &str = "HER2 medicines compared";
pub const COL_MEDICINE: &str = "Medicine";
pub const COL_TYPE: &str = "Type";
pub const COL_ROUTE: &str = "How given";
pub const COL_SCHEDULE: &str = "How often";
pub const COL_CANCERS: &str = "Approved for";
pub const COL_RISKS: &str = "Main risks";
pub const COL_TESTS: &str = "Tests";
pub const COL_CONTRACEPTION: &str = "Contraception window";
pub const CONTRACEPTION_UNKNOWN: &str = "Not confirmed — ask your care team";

pub const RESULTS_INTRO: &str =
    "Your HER2 result is on your pathology report. Pick it below to see what it means and which medicines are approved for it.";
pub const RESULTS_PICK: &str = "Pick your result";
pub const RESULTS_NONE_PICKED: &str = "No result picked yet.";
pub const RESULTS_SHOWING: &str = "Showing:";
pub const RESULTS_GROUP: &str = "Group";
pub const RESULTS_APPROVED: &str =
    "Medicines with a US approval for this result (in at least one cancer type)";
pub const RESULTS_APPROVED_NONE: &str = "None at this time.";
pub const RESULTS_MORE: &str = "More about this result";
pub const RESULTS_CAVEAT: &str = "Before you read too much into a result";
pub const RESULTS_NOT_ADVICE: &str =
    "This is information, not a recommendation. Ask your care team what your result means for you.";
pub const RESULTS_UNAVAILABLE: &str =
    "This part of the guide is not available yet. Your care team can explain what your HER2 result means.";
pub const GLOSSARY_INTRO: &str =
    "Words you may meet in this guide and at the clinic, in plain language.";
pub const PRONOUNCE: &str = "Say it:";
pub const QUESTIONS_INTRO: &str =
    "Tick the questions you want to ask. They are kept on this device only, and you can print them to take to your appointment.";
pub const MY_QUESTIONS: &str = "My questions";
pub const MY_QUESTIONS_NONE: &str = "No questions ticked yet.";
pub const MY_QUESTIONS_ONE: &str = "1 question ticked.";
pub const MY_QUESTIONS_MANY: &str = "questions ticked.";
pub const PRINT: &str = "Print my questions";
pub const CLEAR: &str = "Clear my questions";
// The pictures: how the medicines work, what happens when, and the approvals chart.
pub const SHOW_AS_TEXT: &str = "Show as text";
pub const DIAGRAM_TITLE: &str = "Where each type of HER2 medicine works";
pub const DIAGRAM_NOTE: &str =
    "HER2 receptors sit in the surface of some cancer cells. Select a type of medicine to see its cards.";
pub const DIAGRAM_OUTSIDE: &str = "Outside the cell";
pub const DIAGRAM_INSIDE: &str = "Inside the cell";
pub const DIAGRAM_RECEPTOR: &str = "HER2 receptor";
pub const DIAGRAM_ANTIBODY: &str =
    "attaches to HER2 on the outside of the cell and stops it pairing up to send growth signals.";
pub const DIAGRAM_ADC: &str =
    "attaches to HER2 on the outside of the cell, then carries a strong cancer drug (the payload) into the cell.";
pub const DIAGRAM_TKI: &str =
    "a pill that works inside the cell. It blocks the signal at the inner end of HER2.";
pub const DIAGRAM_BISPECIFIC: &str =
    "one antibody that attaches to two different parts of HER2 at once, on the outside of the cell.";
pub const TIMELINE_TITLE: &str = "What happens when";
pub const TIMELINE_BEFORE: &str = "Before";
/// Under a check that is done at regular times with no fixed gap on the label.
pub const TIMELINE_REGULAR: &str = "at regular times";
pub const APPROVALS_HEADING: &str = "When each medicine was approved in the US";
pub const APPROVALS_TITLE: &str = "US approvals of each HER2 medicine, by year.";
pub const APPROVALS_CAPTION: &str =
    "Each mark is an approval: the first one, or a new use. A hollow diamond is an accelerated approval, given early on promising results while more studies are done.";
pub const APPROVALS_APPROVAL: &str = "Approval";
pub const APPROVALS_ACCELERATED: &str = "Accelerated approval";
pub const APPROVALS_SKIPPED: &str = "Approvals not shown because their date could not be read:";
