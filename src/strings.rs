//! Every interface word the reader sees that does not come from the content pack.

pub const SKIP_TO_CONTENT: &str = "Skip to main content";
pub const NAV_LABEL: &str = "Main";
pub const NAV_OVERVIEW: &str = "Overview";
pub const NAV_ARTICLES: &str = "Articles";
pub const LOADING: &str = "Loading the guide…";
pub const LOAD_FAILED_TITLE: &str = "The guide could not be loaded";
pub const RETRY: &str = "Retry";
pub const DRUGS_HEADING: &str = "The medicines";
pub const DRUGS_INTRO: &str =
    "Tap or click a medicine to open its card. You can open several at once.";
pub const ARTICLES_HEADING: &str = "Articles";
pub const ALL_ARTICLES: &str = "All articles";
pub const PUBLISHED: &str = "Published";
pub const REVIEWED: &str = "Last reviewed";
pub const SOURCES: &str = "Sources";
pub const TAGS: &str = "Topics";
pub const DRUGS_IN_ARTICLE: &str = "Medicines in this article";
pub const RELATED: &str = "Related articles";
pub const QUESTIONS_TO_ASK: &str = "Questions you could ask";
pub const BIOSIMILARS: &str = "Biosimilars (close copies approved in the US)";
pub const KEY_FACTS: &str = "Key facts";
pub const FACT_CLASS: &str = "Type of medicine";
pub const FACT_ROUTE: &str = "How it is given";
pub const FACT_SCHEDULE: &str = "How often";
pub const FACT_CHAIR: &str = "Time in the chair";
pub const FACT_COURSE: &str = "How long";
pub const FACT_CANCERS: &str = "Approved for";
pub const FACT_FIRST_APPROVAL: &str = "First US approval";
pub const FACT_BOXED: &str = "Boxed warning about";
pub const FACT_CONTRACEPTION: &str = "Contraception";
pub const ACCELERATED_NOTE: &str = "includes an accelerated approval";
pub const NONE: &str = "None";
pub const NOT_FOUND_TITLE: &str = "Page not found";
pub const NOT_FOUND_BODY: &str = "There is nothing at this address. It may have moved.";
pub const BACK_HOME: &str = "Go to the overview";
pub const FOOTER_NOT_ADVICE: &str =
    "This guide is information, not medical advice. Talk to your care team about your own treatment.";
pub const FOOTER_REVIEWED: &str = "Information reviewed";
pub const FOOTER_VERSION: &str = "content version";
pub const SITE_SUFFIX: &str = " — ";
pub const OFFLINE: &str =
    "You are offline. Everything in this guide still works; it will update when you are back online.";
pub const UPDATE_READY: &str = "A new version is available.";
pub const RELOAD: &str = "Reload";
pub const STALE_CONTENT: &str =
    "You are reading the copy of this guide saved on this device. The latest version could not be loaded:";
pub const NAV_COMPARE: &str = "Compare";
pub const NAV_GLOSSARY: &str = "Glossary";
pub const NAV_QUESTIONS: &str = "My questions";
pub const NAV_SEARCH: &str = "Search";
pub const COMPARE_HEADING: &str = "Compare the medicines";
pub const SEARCH_HEADING: &str = "Search";
pub const GLOSSARY_HEADING: &str = "Glossary";
pub const QUESTIONS_HEADING: &str = "Questions to take along";
pub const RESULTS_HEADING: &str = "What does my HER2 result mean?";
