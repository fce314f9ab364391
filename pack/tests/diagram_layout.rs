//! Layout of the "how HER2 medicines work" picture: families from the pack, one receptor
//! column per family acting outside the cell, the pills inside, labels that fit and links
//! targets that do not overlap.

mod common;

use her2_pack::render::diagram::{
    self, families, how_drugs_work, wrap, wrap_label, Diagram, Mark, Rect, FONT, MIN_TARGET, WIDTH,
};
use her2_pack::{DrugClass, Pack};
use std::sync::OnceLock;

fn pack() -> &'static Pack {
    static PACK: OnceLock<Pack> = OnceLock::new();
    PACK.get_or_init(common::real_pack)
}

fn only(classes: &[DrugClass]) -> Pack {
    let mut p = pack().clone();
    p.drugs.retain(|d| classes.contains(&d.class));
    p
}

fn layout(p: &Pack) -> Diagram {
    how_drugs_work(p).expect("a diagram")
}

fn classes(d: &Diagram) -> Vec<DrugClass> {
    d.marks.iter().map(|m| m.class).collect()
}

fn overlap(a: &Rect, b: &Rect) -> bool {
    a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

fn mark(d: &Diagram, class: DrugClass) -> &Mark {
    d.marks.iter().find(|m| m.class == class).expect("a mark")
}

#[test]
fn wrap_splits_at_spaces_and_never_cuts_a_word() {
    assert_eq!(wrap("Monoclonal antibody", 11), ["Monoclonal", "antibody"]);
    assert_eq!(wrap("Monoclonal antibody", 40), ["Monoclonal antibody"]);
    assert_eq!(
        wrap("Antibody–drug conjugate", 11),
        ["Antibody–drug", "conjugate"]
    );
    assert_eq!(wrap("  a  b   c ", 3), ["a b", "c"]);
    assert!(wrap("", 10).is_empty());
}

#[test]
fn a_long_label_breaks_before_its_brackets() {
    let heart = "Heart scan (echocardiogram or MUGA)";
    assert_eq!(wrap_label(heart, 40), [heart]);
    assert_eq!(
        wrap_label(heart, 30),
        ["Heart scan", "(echocardiogram or MUGA)"]
    );
    assert_eq!(
        wrap_label(heart, 12),
        ["Heart scan", "(echocardiogram", "or MUGA)"]
    );
    assert_eq!(
        wrap_label("Liver blood tests", 10),
        ["Liver", "blood", "tests"]
    );
}

#[test]
fn families_follow_the_pack_in_class_order() {
    let fams = families(pack());
    let got: Vec<DrugClass> = fams.iter().map(|f| f.class).collect();
    assert_eq!(got, DrugClass::ALL.to_vec());
    let total: usize = fams.iter().map(|f| f.drugs.len()).sum();
    assert_eq!(total, pack().drugs.len());
    for f in &fams {
        assert!(f.drugs.iter().all(|d| d.class == f.class));
    }
    let antibodies: Vec<&str> = fams[0].drugs.iter().map(|d| d.id.as_str()).collect();
    assert!(antibodies.contains(&"trastuzumab") && antibodies.contains(&"pertuzumab"));
}

#[test]
fn the_real_pack_has_three_columns_outside_and_the_pills_inside() {
    let d = layout(pack());
    assert_eq!(d.width, WIDTH);
    assert_eq!(classes(&d), DrugClass::ALL.to_vec());
    assert_eq!(d.receptors.len(), 3);
    let third = WIDTH / 3.0;
    for (i, x) in d.receptors.iter().enumerate() {
        assert!((x - third * (i as f64 + 0.5)).abs() < 1e-9);
    }
    for class in [DrugClass::Antibody, DrugClass::Adc, DrugClass::Bispecific] {
        let m = mark(&d, class);
        assert!(d.receptors.contains(&m.x));
        assert_eq!(m.y, d.receptor_top, "{class:?} binds at the receptor top");
        assert!(m.label.centred);
        assert!(
            m.label.y < d.receptor_top,
            "{class:?} is labelled outside the cell"
        );
    }
    let pill = mark(&d, DrugClass::Tki);
    assert!(pill.y > d.membrane_top, "the pills act inside the cell");
    assert!(pill.label.y > d.inner_top);
    assert!(d.bottom_y > pill.label.y && d.height > d.bottom_y);
    assert!(d.outside_y < d.receptor_top && d.receptor_top < d.membrane_top);
    assert!(d.membrane_top < d.inner_top);
}

#[test]
fn labels_fit_the_drawing_and_link_targets_do_not_overlap() {
    for p in [
        pack().clone(),
        only(&[DrugClass::Antibody]),
        only(&[DrugClass::Tki]),
        only(&[DrugClass::Adc, DrugClass::Tki]),
        only(&[DrugClass::Antibody, DrugClass::Bispecific]),
    ] {
        let d = layout(&p);
        for m in &d.marks {
            let t = m.label.target;
            assert!(
                t.x >= 0.0 && t.x + t.width <= d.width,
                "{:?} {t:?}",
                m.class
            );
            assert!(
                t.y >= 0.0 && t.y + t.height <= d.height,
                "{:?} {t:?}",
                m.class
            );
            assert!(t.height >= MIN_TARGET);
            assert!(!m.label.lines.is_empty());
            let [x1, y1, x2, y2] = m.leader;
            assert!(y1 < y2 && x1 == x2, "the leader runs down: {:?}", m.leader);
        }
        for (i, a) in d.marks.iter().enumerate() {
            for b in &d.marks[i + 1..] {
                assert!(
                    !overlap(&a.label.target, &b.label.target),
                    "{:?} and {:?} overlap",
                    a.class,
                    b.class
                );
            }
        }
    }
}

#[test]
fn a_family_with_no_drug_is_left_out() {
    let d = layout(&only(&[DrugClass::Antibody, DrugClass::Tki]));
    assert_eq!(classes(&d), [DrugClass::Antibody, DrugClass::Tki]);
    assert_eq!(d.receptors, [WIDTH / 2.0]);

    let d = layout(&only(&[DrugClass::Tki]));
    assert_eq!(classes(&d), [DrugClass::Tki]);
    assert_eq!(
        d.receptors.len(),
        1,
        "a receptor is drawn for the pills to act on"
    );

    let d = layout(&only(&[DrugClass::Bispecific, DrugClass::Adc]));
    assert_eq!(classes(&d), [DrugClass::Adc, DrugClass::Bispecific]);
    assert!(how_drugs_work(&only(&[])).is_none());
}

#[test]
fn a_label_is_as_large_as_twelve_pixels_on_a_320_px_screen() {
    // The overview is 288 px wide on a 320 px screen (16 px padding each side).
    const { assert!(FONT * 288.0 / WIDTH >= 12.0) };
    assert_eq!(diagram::text_width("abcd", 10.0), 24.0);
}
