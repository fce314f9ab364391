//! The editorial rules only the compiler enforces (the app reads any well-formed pack): key
//! points, the label first among a card's sources, accepted source domains, the "when to call"
//! tiers as lists of signs, and the names rule on every page.

use super::naming;
use super::trusted_sources;
use crate::model::{Drug, Helpline, Pack, Source};
use crate::read::validate::Issue;
use crate::render::markdown::plain_text;

struct Editor<'a> {
    pack: &'a Pack,
    issues: Vec<Issue>,
}

impl Editor<'_> {
    fn issue(&mut self, path: String, message: impl Into<String>) {
        self.issues.push(Issue {
            path,
            message: message.into(),
        });
    }

    /// 3–5 key points, none empty.
    fn key_points(&mut self, path: String, points: &[String]) {
        if !(3..=5).contains(&points.len()) {
            self.issue(
                path.clone(),
                format!("needs 3 to 5 key points, has {}", points.len()),
            );
        }
        for (i, p) in points.iter().enumerate() {
            if p.trim().is_empty() {
                self.issue(format!("{path}[{i}]"), "must not be empty");
            }
        }
    }

    /// Every source on the accepted list, or with a `why`.
    fn sources(&mut self, path: &str, sources: &[Source]) {
        for (i, s) in sources.iter().enumerate() {
            let explained = s.why.as_deref().is_some_and(|w| !w.trim().is_empty());
            if s.url.starts_with("https://") && !trusted_sources::accepted(&s.url) && !explained {
                self.issue(
                    format!("{path}.sources[{i}].url"),
                    format!(
                        "`{}` is not on the accepted source list (pack/src/compile/trusted_sources.rs): cite the label, a regulator page or the paper, or add `why` saying why no primary source exists",
                        s.url
                    ),
                );
            }
        }
    }

    /// The names rule over one page of markdown.
    fn names(&mut self, path: String, markdown: &str) {
        for problem in naming::problems(self.pack, &plain_text(markdown)) {
            self.issue(path.clone(), problem);
        }
    }

    /// A helpline: every field written, a number a phone can dial, and its service's own page
    /// as the source (a reader calls it on this page's word alone).
    fn helpline(&mut self, p: &str, h: &Helpline) {
        for (field, text) in [
            ("name", &h.name),
            ("phone", &h.phone),
            ("about", &h.about),
            ("country", &h.country),
        ] {
            if text.trim().is_empty() {
                self.issue(format!("{p}.{field}"), "must not be empty");
            }
        }
        let digits = h.tel.strip_prefix('+').unwrap_or("");
        if !(6..=15).contains(&digits.len()) || !digits.bytes().all(|b| b.is_ascii_digit()) {
            self.issue(
                format!("{p}.tel"),
                format!(
                    "`{}` is not a number to dial: write it as + and 6 to 15 digits, e.g. +18002272345",
                    h.tel
                ),
            );
        }
        if !trusted_sources::accepted(&h.source.url) {
            self.issue(
                format!("{p}.source.url"),
                format!(
                    "`{}` is not the service's own page on the accepted source list (pack/src/compile/trusted_sources.rs)",
                    h.source.url
                ),
            );
        }
    }

    fn card(&mut self, p: &str, d: &Drug) {
        self.key_points(format!("{p}.key_points"), &d.key_points);
        self.sources(p, &d.sources);
        if !d
            .sources
            .first()
            .is_some_and(|s| trusted_sources::is_us_label(&s.url))
        {
            self.issue(
                format!("{p}.sources[0].url"),
                "the first source of a card is its current US label (DailyMed set id page or the FDA label PDF)",
            );
        }
        for (j, m) in d.monitoring.iter().enumerate() {
            if m.during && m.every_weeks.is_some() {
                self.issue(
                    format!("{p}.monitoring[{j}].during"),
                    "`during` is for checks with no fixed gap: give `every_weeks` or `during`, not both",
                );
            }
        }
        for (j, s) in d.sections.iter().enumerate() {
            let listed = s
                .body
                .lines()
                .all(|l| l.trim().is_empty() || l.starts_with("- "));
            if s.kind.is_call_tier() && !listed {
                self.issue(
                    format!("{p}.sections[{j}].body"),
                    format!(
                        "`{}` is a list of signs: every line starts with `- `",
                        s.kind.title()
                    ),
                );
            }
        }
        // The card as a reader meets it: its heading, summary, key points and sections.
        let mut page = format!("{}\n\n{}\n\n", d.display_name(), d.summary);
        for k in &d.key_points {
            page.push_str(&format!("- {k}\n"));
        }
        for s in &d.sections {
            page.push_str("\n\n");
            page.push_str(&s.body);
        }
        self.names(format!("{p}.sections"), &page);
    }
}

/// Every editorial problem in a pack, with the path of the field it is about.
pub fn check(pack: &Pack) -> Vec<Issue> {
    let mut e = Editor {
        pack,
        issues: Vec::new(),
    };
    e.sources("overview", &pack.overview.sources);
    e.names("overview.body".into(), &pack.overview.body);
    for (i, d) in pack.drugs.iter().enumerate() {
        e.card(&format!("drugs[{i}]"), d);
    }
    for (i, a) in pack.articles.iter().enumerate() {
        let p = format!("articles[{i}]");
        e.key_points(format!("{p}.key_points"), &a.key_points);
        e.sources(&p, &a.sources);
        let points: String = a.key_points.iter().map(|k| format!("- {k}\n")).collect();
        e.names(
            format!("{p}.body"),
            &format!("{}\n\n{}\n\n{points}\n\n{}", a.title, a.summary, a.body),
        );
    }
    match pack.results.get() {
        Ok(Some(guide)) => e.sources("results", &guide.sources),
        Ok(None) => {}
        Err(error) => e.issue("results".into(), format!("does not read back: {error}")),
    }
    match pack.questions.get() {
        Ok(questions) => {
            for (i, q) in questions.iter().enumerate() {
                if q.text.trim().is_empty() {
                    e.issue(format!("questions[{i}].text"), "must not be empty");
                }
            }
        }
        Err(error) => e.issue("questions".into(), format!("does not read back: {error}")),
    }
    match pack.helplines.get() {
        Ok(helplines) => {
            for (i, h) in helplines.iter().enumerate() {
                e.helpline(&format!("helplines[{i}]"), h);
            }
        }
        Err(error) => e.issue("helplines".into(), format!("does not read back: {error}")),
    }
    e.issues
}
