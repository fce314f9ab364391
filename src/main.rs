//! Entry point: mounts the app, nothing else.

fn main() {
    her2_guide::start();
}
