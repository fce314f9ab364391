//! Case-insensitive string keys for link and footnote labels (HER2 Guide patch: replaces the
//! `unicase` crate, whose Unicode case-folding tables cost the app ~8 KB of wasm; the standard
//! library's lowercase mapping, already in the binary, is used instead).

use core::hash::{Hash, Hasher};

/// A string compared and hashed by its lowercase form.
#[derive(Clone, Debug)]
pub(crate) struct UniCase<S>(S);

impl<S: AsRef<str>> UniCase<S> {
    pub(crate) fn new(s: S) -> Self {
        UniCase(s)
    }

    fn folded(&self) -> impl Iterator<Item = char> + '_ {
        self.0.as_ref().chars().flat_map(char::to_lowercase)
    }
}

impl<S: AsRef<str>> AsRef<str> for UniCase<S> {
    fn as_ref(&self) -> &str {
        self.0.as_ref()
    }
}

impl<S: AsRef<str>> PartialEq for UniCase<S> {
    fn eq(&self, other: &Self) -> bool {
        self.folded().eq(other.folded())
    }
}

impl<S: AsRef<str>> Eq for UniCase<S> {}

impl<S: AsRef<str>> Hash for UniCase<S> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        for c in self.folded() {
            state.write_u32(c as u32);
        }
        state.write_u8(0xff);
    }
}
