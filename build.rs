//! Tells cargo to rebuild when a file the binary embeds is added or changed:
//! the theme (`themes/`) and the starter maps of `init` are read by
//! `include_dir!`, which cannot tell cargo of a file added to a folder it
//! reads, so a new template or a new language's starter went unnoticed until
//! some Rust file changed.
fn main() {
    println!("cargo:rerun-if-changed=themes");
    println!("cargo:rerun-if-changed=src/commands/starter");
}
