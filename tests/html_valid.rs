//! The built site validates with the Nu HTML Checker (the W3C validator).
//! `.ci/run` installs it from npm (`vnu-jar`) into tests/browser/.

use std::path::PathBuf;
use std::process::Command;

fn vnu_jar() -> PathBuf {
    if let Some(p) = std::env::var_os("VNU_JAR") {
        return PathBuf::from(p);
    }
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/browser/node_modules/vnu-jar/build/dist/vnu.jar")
}

#[test]
fn the_example_site_has_no_html_errors() {
    let jar = vnu_jar();
    assert!(
        jar.is_file(),
        "the Nu HTML Checker is not installed at {}: run `bash .ci/run`, or `npm ci` in tests/browser, or set VNU_JAR",
        jar.display()
    );
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("site");
    let map = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("example-map");
    let o = Command::new(env!("CARGO_BIN_EXE_touchmap"))
        .args(["build"])
        .arg(&map)
        .arg("-o")
        .arg(&out)
        .args(["--base-url", "/repo/"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let o = Command::new("java")
        .arg("-jar")
        .arg(&jar)
        .args(["--errors-only", "--skip-non-html", "--format", "text"])
        .arg(&out)
        .output()
        .expect("java runs the checker");
    let report = format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(
        o.status.success() && report.trim().is_empty(),
        "the Nu HTML Checker reports:\n{report}"
    );
}
