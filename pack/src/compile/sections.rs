//! Splitting a drug card's markdown into its fixed `##` sections.

use crate::model::{Section, SectionKind};
use crate::words::Lang;

/// Splits the body at `## ` headings, written in `lang`. Errors carry the 1-based line (relative
/// to `first_line`).
pub fn split_sections(
    body: &str,
    first_line: usize,
    lang: Lang,
) -> Result<Vec<Section>, Vec<(usize, String)>> {
    let mut sections: Vec<Section> = Vec::new();
    let mut errors = Vec::new();
    let mut in_fence = false;
    for (i, line) in body.lines().enumerate() {
        let at = first_line + i;
        if line.trim_start().starts_with("```") {
            in_fence = !in_fence;
        }
        if !in_fence {
            if let Some(title) = line.strip_prefix("## ") {
                match SectionKind::from_title_in(lang, title) {
                    Some(kind) => sections.push(Section {
                        kind,
                        title: kind.title_in(lang).to_string(),
                        body: String::new(),
                    }),
                    None => {
                        let expected: Vec<&str> = SectionKind::ORDER
                            .iter()
                            .map(|k| k.title_in(lang))
                            .collect();
                        errors.push((
                            at,
                            format!(
                                "unknown section `## {}`; the sections are: {}",
                                title.trim(),
                                expected.join(", ")
                            ),
                        ));
                    }
                }
                continue;
            }
            if line.starts_with("# ") {
                errors.push((
                    at,
                    "a card has no `#` heading; use the `##` sections".into(),
                ));
                continue;
            }
        }
        match sections.last_mut() {
            Some(s) => {
                s.body.push_str(line);
                s.body.push('\n');
            }
            None if line.trim().is_empty() => {}
            None => errors.push((at, "text before the first `##` section".into())),
        }
    }
    for s in &mut sections {
        s.body = s.body.trim().to_string();
    }
    if errors.is_empty() {
        Ok(sections)
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_known_sections() {
        let s = split_sections(
            "\n## What it is\nAn antibody.\n\n## Who it is for\nPeople.\n",
            5,
            Lang::En,
        )
        .unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].kind, SectionKind::What);
        assert_eq!(s[0].body, "An antibody.");
        assert_eq!(s[1].kind, SectionKind::Who);
    }

    #[test]
    fn names_the_line_of_an_unknown_section() {
        let err = split_sections("## What it is\nx\n## Dosing\ny\n", 10, Lang::En).unwrap_err();
        assert_eq!(err[0].0, 12);
        assert!(err[0].1.contains("unknown section `## Dosing`"));
    }
}
