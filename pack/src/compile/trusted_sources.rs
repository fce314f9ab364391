//! The source domains the compiler accepts without a `why`: regulators, public health bodies,
//! journals, trial registries and national cancer charities. A URL is accepted when its host is
//! one of these or a subdomain of one. Anything else (news copies, press wires, trading sites,
//! drug-info mirrors, sales pages) needs a `why` on the source saying why no primary source
//! exists.

/// `(domain, what it is)`.
pub const ACCEPTED: &[(&str, &str)] = &[
    // Regulators and their label databases.
    (
        "fda.gov",
        "US Food and Drug Administration: labels, approvals, reviews, safety notices",
    ),
    (
        "dailymed.nlm.nih.gov",
        "DailyMed: the current US labels, by set id",
    ),
    (
        "ema.europa.eu",
        "European Medicines Agency: EU labels and assessment reports",
    ),
    (
        "europa.eu",
        "European Union bodies (EU register of medicines)",
    ),
    ("gov.uk", "UK government, incl. the MHRA"),
    ("canada.ca", "Health Canada"),
    ("tga.gov.au", "Australia's Therapeutic Goods Administration"),
    ("who.int", "World Health Organization"),
    // US public health and research bodies.
    (
        "nih.gov",
        "US National Institutes of Health: NLM, PubMed, PMC, NCI",
    ),
    ("cancer.gov", "US National Cancer Institute"),
    (
        "medlineplus.gov",
        "MedlinePlus, the NLM's patient information",
    ),
    ("clinicaltrials.gov", "The US trial registry"),
    ("cdc.gov", "US Centers for Disease Control and Prevention"),
    // Papers.
    ("doi.org", "A paper by its DOI"),
    ("nejm.org", "New England Journal of Medicine"),
    ("thelancet.com", "The Lancet journals"),
    ("jamanetwork.com", "JAMA journals"),
    (
        "ascopubs.org",
        "Journal of Clinical Oncology and other ASCO journals",
    ),
    ("nature.com", "Nature journals"),
    ("bmj.com", "BMJ journals"),
    ("annalsofoncology.org", "Annals of Oncology (ESMO)"),
    ("aacrjournals.org", "AACR journals"),
    ("sciencedirect.com", "Elsevier journals"),
    ("springer.com", "Springer journals"),
    ("wiley.com", "Wiley journals"),
    ("oup.com", "Oxford University Press journals"),
    ("cell.com", "Cell Press journals"),
    // Guideline bodies and professional societies.
    ("nccn.org", "National Comprehensive Cancer Network"),
    ("asco.org", "American Society of Clinical Oncology"),
    ("cancer.net", "ASCO's patient information"),
    ("esmo.org", "European Society for Medical Oncology"),
    (
        "nice.org.uk",
        "UK National Institute for Health and Care Excellence",
    ),
    ("nhs.uk", "UK National Health Service"),
    (
        "cap.org",
        "College of American Pathologists (HER2 testing guideline)",
    ),
    // Major cancer charities and pregnancy-exposure services.
    ("cancer.org", "American Cancer Society"),
    ("cancerresearchuk.org", "Cancer Research UK"),
    ("macmillan.org.uk", "Macmillan Cancer Support"),
    ("breastcancer.org", "Breastcancer.org"),
    ("komen.org", "Susan G. Komen"),
    ("breastcancernow.org", "Breast Cancer Now"),
    (
        "mothertobaby.org",
        "MotherToBaby (Organization of Teratology Information Specialists)",
    ),
];

/// The host of an `https://` URL, lower case, without a port.
fn host(url: &str) -> Option<String> {
    let rest = url.strip_prefix("https://")?;
    let end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    let authority = &rest[..end];
    let host = authority.rsplit('@').next()?.split(':').next()?;
    (!host.is_empty()).then(|| host.to_ascii_lowercase())
}

/// Whether a URL's host is an accepted domain or a subdomain of one.
pub fn accepted(url: &str) -> bool {
    let Some(host) = host(url) else {
        return false;
    };
    ACCEPTED.iter().any(|(domain, _)| {
        host == *domain
            || host
                .strip_suffix(domain)
                .is_some_and(|rest| rest.ends_with('.'))
    })
}

/// Whether a URL is a US label itself: DailyMed, an FDA label PDF, or an openFDA label record.
pub fn is_us_label(url: &str) -> bool {
    let Some(host) = host(url) else {
        return false;
    };
    match host.as_str() {
        "dailymed.nlm.nih.gov" => true,
        "www.accessdata.fda.gov" | "accessdata.fda.gov" => url.contains("/label/"),
        "api.fda.gov" => url.contains("/drug/label"),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_domains_and_subdomains_only() {
        assert!(accepted("https://www.fda.gov/drugs/x"));
        assert!(accepted("https://pubmed.ncbi.nlm.nih.gov/123/"));
        assert!(accepted("https://doi.org/10.1056/NEJMoa1"));
        assert!(!accepted("https://notfda.gov/x"));
        assert!(!accepted("https://fda.gov.evil.example/x"));
        assert!(!accepted("https://www.prnewswire.com/x"));
        assert!(!accepted("http://www.fda.gov/x"));
        assert!(!accepted("https://user@evil.example/fda.gov"));
    }

    #[test]
    fn knows_a_label_from_a_label_copy() {
        assert!(is_us_label(
            "https://dailymed.nlm.nih.gov/dailymed/drugInfo.cfm?setid=abc"
        ));
        assert!(is_us_label(
            "https://www.accessdata.fda.gov/drugsatfda_docs/label/2026/761416s002lbl.pdf"
        ));
        assert!(!is_us_label(
            "https://www.fda.gov/drugs/resources-information-approved-drugs/x"
        ));
        assert!(!is_us_label("https://drugcentral.org/label/x/view"));
    }
}
