# Sourced by scripts/build.sh and scripts/dev.sh: what every Trunk run here needs.
# The npm binaryen's wasm-opt comes first; Trunk.toml pins its version so a stray Debian
# binaryen 108 (which silently breaks the wasm) fails the build instead.
export PATH="$PWD/node_modules/.bin:$PATH"
# Trunk fails instead of downloading a tool (scripts/setup.sh installs them all).
export TRUNK_OFFLINE=true
# --emit-relocs: wasm-split-cli needs the linker's relocations to split the wasm.
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="${HER2_EXTRA_RUSTFLAGS:-} -Clink-arg=--emit-relocs"
# The pages other than the home page go into a wasm module of their own, fetched when first
# opened: tools/split/wasm-bindgen splits the wasm before the real wasm-bindgen runs (Trunk has
# no step between cargo and wasm-bindgen), and tools/finish-dist.mjs places the parts.
# docs/DESIGN.md: "Why the wasm is split".
export PATH="$PWD/tools/split:$PATH"
# Tells tools/finish-dist.mjs that this build went through the split step (a plain `trunk build`
# would leave an older build's split parts in target/wasm-split/).
export HER2_SPLIT_SHIM="$PWD/tools/split"
