//! Checks a pack beyond its shape: ids, cross-references, dates, sources, card sections and the
//! markdown in every body. Each problem carries the path of the field it is about.

use crate::model::date::Date;
use crate::model::{Pack, ResultGuide, SectionKind, Source};
use crate::render::markdown::{audit, classify_link, LinkKind};
use crate::route::View;
use crate::words::words;
use std::collections::BTreeSet;
use std::fmt;

/// One problem, at a field path such as `drugs[3].sources[0].url`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Issue {
    pub path: String,
    pub message: String,
}

impl fmt::Display for Issue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// The fewest sources a drug card or article may cite.
pub const MIN_SOURCES: usize = 2;

/// How strict a check is.
#[derive(Debug, Clone, Copy, Default)]
pub struct Strictness {
    /// Also reject dates after this day (the compiler; a reader's clock may be wrong).
    pub today: Option<Date>,
    /// Also reject markdown that the renderer would have to neutralise (raw HTML, unsafe or
    /// dangling links). The compiler insists; the app renders such text safely instead of
    /// refusing a whole pack over one paragraph.
    pub editorial: bool,
}

impl Strictness {
    /// What the pack compiler enforces.
    pub fn compiler(today: Date) -> Strictness {
        Strictness {
            today: Some(today),
            editorial: true,
        }
    }
}

struct Checker<'a> {
    pack: &'a Pack,
    strictness: Strictness,
    issues: Vec<Issue>,
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 80
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !id.starts_with('-')
        && !id.ends_with('-')
}

impl Checker<'_> {
    fn issue(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.issues.push(Issue {
            path: path.into(),
            message: message.into(),
        });
    }

    fn not_empty(&mut self, path: String, value: &str) {
        if value.trim().is_empty() {
            self.issue(path, words().check_empty);
        }
    }

    fn date(&mut self, path: String, value: &str) {
        match Date::parse(value) {
            Err(e) => self.issue(path, e),
            Ok(d) => {
                if let Some(today) = self.strictness.today {
                    if d > today {
                        self.issue(path, (words().check_future)(value));
                    }
                }
            }
        }
    }

    /// `next` is a date after `last` and at most 12 months after it.
    fn review_window(&mut self, path: String, last: &str, next: &str) {
        match (Date::parse(last), Date::parse(next)) {
            (_, Err(e)) => self.issue(path, e),
            (Ok(l), Ok(n)) => {
                let limit = Date {
                    year: l.year + 1,
                    ..l
                };
                if n <= l {
                    self.issue(path, (words().check_review_not_after)(next, last));
                } else if n > limit {
                    self.issue(path, (words().check_review_too_late)(next, last));
                }
            }
            (Err(_), Ok(_)) => {}
        }
    }

    fn sources(&mut self, path: &str, sources: &[Source]) {
        if sources.len() < MIN_SOURCES {
            self.issue(
                format!("{path}.sources"),
                (words().check_few_sources)(MIN_SOURCES, sources.len()),
            );
        }
        for (i, s) in sources.iter().enumerate() {
            self.not_empty(format!("{path}.sources[{i}].title"), &s.title);
            if classify_link(&s.url) != Some(LinkKind::External) {
                self.issue(format!("{path}.sources[{i}].url"), words().check_not_https);
            }
        }
    }

    fn markdown(&mut self, path: String, body: &str) {
        if !self.strictness.editorial {
            return;
        }
        let (problems, links) = audit(body);
        for p in problems {
            self.issue(path.clone(), p);
        }
        for link in links {
            if !self.resolves(&link) {
                self.issue(path.clone(), (words().check_link_nowhere)(&link));
            }
        }
    }

    fn resolves(&self, link: &str) -> bool {
        !matches!(View::parse(link).resolve(self.pack), View::NotFound(_))
    }

    fn unique_ids<'b>(&mut self, kind: &str, ids: impl Iterator<Item = &'b str>) {
        let mut seen = BTreeSet::new();
        for (i, id) in ids.enumerate() {
            if !valid_id(id) {
                self.issue(format!("{kind}[{i}].id"), (words().check_bad_id)(id));
            }
            if !seen.insert(id) {
                self.issue(format!("{kind}[{i}].id"), (words().check_duplicate_id)(id));
            }
        }
    }

    /// The HER2 result explainer, read by its own page (`model::later`): checked there, and by
    /// the compiler.
    fn results(&mut self, guide: &ResultGuide) {
        let pack = self.pack;
        self.sources("results", &guide.sources);
        self.date("results.last_reviewed".into(), &guide.last_reviewed);
        self.review_window(
            "results.next_review".into(),
            &guide.last_reviewed,
            &guide.next_review,
        );
        self.not_empty("results.caveat".into(), &guide.caveat);
        self.unique_ids(
            "results.result",
            guide.results.iter().map(|r| r.id.as_str()),
        );
        for (i, r) in guide.results.iter().enumerate() {
            let p = format!("results.result[{i}]");
            self.not_empty(format!("{p}.label"), &r.label);
            self.not_empty(format!("{p}.meaning"), &r.meaning);
            self.markdown(format!("{p}.meaning"), &r.meaning);
            self.markdown(format!("{p}.studied"), &r.studied);
            for (j, id) in r.approved.iter().enumerate() {
                if pack.drug(id).is_none() {
                    self.issue(format!("{p}.approved[{j}]"), (words().check_no_drug)(id));
                }
            }
        }
        self.markdown("results.caveat".into(), &guide.caveat);
    }

    fn run(&mut self) {
        let pack = self.pack;
        if pack.schema_version != crate::model::SCHEMA_VERSION {
            self.issue("schema_version", words().check_unsupported_version);
        }
        self.not_empty("version".into(), &pack.version);
        self.not_empty("title".into(), &pack.title);
        self.date("reviewed".into(), &pack.reviewed);

        let o = &pack.overview;
        self.not_empty("overview.title".into(), &o.title);
        self.not_empty("overview.body".into(), &o.body);
        self.date("overview.last_reviewed".into(), &o.last_reviewed);
        self.review_window(
            "overview.next_review".into(),
            &o.last_reviewed,
            &o.next_review,
        );
        self.sources("overview", &o.sources);
        self.markdown("overview.body".into(), &o.body);

        if pack.drugs.is_empty() {
            self.issue("drugs", words().check_no_drugs);
        }
        self.unique_ids("drugs", pack.drugs.iter().map(|d| d.id.as_str()));
        self.unique_ids("articles", pack.articles.iter().map(|a| a.id.as_str()));
        self.unique_ids("glossary", pack.glossary.iter().map(|t| t.id.as_str()));

        for (i, d) in pack.drugs.iter().enumerate() {
            let p = format!("drugs[{i}]");
            self.not_empty(format!("{p}.generic"), &d.generic);
            self.not_empty(format!("{p}.summary"), &d.summary);
            self.not_empty(format!("{p}.schedule"), &d.schedule);
            if d.routes.is_empty() {
                self.issue(format!("{p}.routes"), words().check_no_routes);
            }
            if d.cancers.is_empty() {
                self.issue(format!("{p}.cancers"), words().check_no_cancers);
            }
            self.date(format!("{p}.last_reviewed"), &d.last_reviewed);
            self.review_window(format!("{p}.next_review"), &d.last_reviewed, &d.next_review);
            self.sources(&p, &d.sources);
            for (j, other) in d.confuse_with.iter().enumerate() {
                if other == &d.id || pack.drug(other).is_none() {
                    self.issue(
                        format!("{p}.confuse_with[{j}]"),
                        (words().check_no_other_drug)(other),
                    );
                }
            }
            for (j, a) in d.approvals.iter().enumerate() {
                if let Err(e) = Date::parse_partial(&a.date) {
                    self.issue(format!("{p}.approvals[{j}].date"), e);
                }
            }
            // Sections: required ones present, in order, no repeats.
            let mut last: Option<SectionKind> = None;
            for (j, s) in d.sections.iter().enumerate() {
                if last.is_some_and(|l| l >= s.kind) {
                    self.issue(
                        format!("{p}.sections[{j}]"),
                        (words().check_section_order)(s.kind.title()),
                    );
                }
                last = Some(s.kind);
                self.not_empty(format!("{p}.sections[{j}].body"), &s.body);
                self.markdown(format!("{p}.sections[{j}].body"), &s.body);
            }
            for kind in SectionKind::ORDER {
                let needed =
                    kind.required() || (kind == SectionKind::Confuse && !d.confuse_with.is_empty());
                if needed && !d.sections.iter().any(|s| s.kind == kind) {
                    self.issue(
                        format!("{p}.sections"),
                        (words().check_missing_section)(kind.title()),
                    );
                }
            }
        }

        for (i, a) in pack.articles.iter().enumerate() {
            let p = format!("articles[{i}]");
            self.not_empty(format!("{p}.title"), &a.title);
            self.not_empty(format!("{p}.summary"), &a.summary);
            self.not_empty(format!("{p}.body"), &a.body);
            self.date(format!("{p}.published"), &a.published);
            self.date(format!("{p}.last_reviewed"), &a.last_reviewed);
            self.review_window(format!("{p}.next_review"), &a.last_reviewed, &a.next_review);
            self.sources(&p, &a.sources);
            self.markdown(format!("{p}.body"), &a.body);
            for (j, id) in a.drugs.iter().enumerate() {
                if pack.drug(id).is_none() {
                    self.issue(format!("{p}.drugs[{j}]"), (words().check_no_drug)(id));
                }
            }
            for (j, id) in a.related.iter().enumerate() {
                if id == &a.id || pack.article(id).is_none() {
                    self.issue(
                        format!("{p}.related[{j}]"),
                        (words().check_no_other_article)(id),
                    );
                }
            }
            for (j, tag) in a.tags.iter().enumerate() {
                if tag.trim().is_empty() || tag.chars().any(char::is_uppercase) {
                    self.issue(format!("{p}.tags[{j}]"), words().check_tags);
                }
            }
        }

        for (i, t) in pack.glossary.iter().enumerate() {
            self.not_empty(format!("glossary[{i}].term"), &t.term);
            self.not_empty(format!("glossary[{i}].definition"), &t.definition);
        }
    }
}

/// Every problem in a pack, at the given strictness.
/// Every problem in the pack's HER2 result explainer, at the given strictness. Not part of
/// [`validate`]: the explainer is read only by its page (`model::later`), which checks it then.
pub fn validate_results(pack: &Pack, guide: &ResultGuide, strictness: Strictness) -> Vec<Issue> {
    let mut checker = Checker {
        pack,
        strictness,
        issues: Vec::new(),
    };
    checker.results(guide);
    checker.issues
}

pub fn validate(pack: &Pack, strictness: Strictness) -> Vec<Issue> {
    let mut checker = Checker {
        pack,
        strictness,
        issues: Vec::new(),
    };
    checker.run();
    checker.issues
}
