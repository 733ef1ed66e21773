//! A progress line for long builds: on a terminal only, shown once a build
//! has taken longer than a moment, redrawn in place and erased at the end so
//! that only the summary stays. Off a terminal (CI logs, pipes) it prints
//! nothing at all.

use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// Builds faster than this never show the line; `TOUCHMAP_PROGRESS_AFTER_MS`
/// sets another delay (0: at once, as the tests use, whose builds may be
/// quicker than the delay on a fast machine).
const SHOW_AFTER: Duration = Duration::from_millis(400);

fn show_after() -> Duration {
    std::env::var("TOUCHMAP_PROGRESS_AFTER_MS")
        .ok()
        .and_then(|ms| ms.trim().parse().ok())
        .map_or(SHOW_AFTER, Duration::from_millis)
}
const REDRAW: Duration = Duration::from_millis(100);

pub struct Progress {
    inner: Option<Inner>,
}

struct Inner {
    step: Arc<Mutex<String>>,
    done: Arc<AtomicBool>,
    ticker: JoinHandle<()>,
}

impl Progress {
    /// Starts the line for a job called `what` (e.g. "Building my-map").
    pub fn start(what: &str) -> Self {
        let dumb = std::env::var_os("TERM").is_some_and(|t| t == "dumb");
        if !std::io::stderr().is_terminal() || dumb {
            return Progress { inner: None };
        }
        let step = Arc::new(Mutex::new(String::new()));
        let done = Arc::new(AtomicBool::new(false));
        let (s, d, what) = (step.clone(), done.clone(), what.to_string());
        let show_after = show_after();
        let ticker = std::thread::spawn(move || {
            let started = Instant::now();
            let mut shown = false;
            while !d.load(Ordering::Relaxed) {
                std::thread::sleep(REDRAW);
                if started.elapsed() < show_after || d.load(Ordering::Relaxed) {
                    continue;
                }
                let step = s.lock().map(|s| s.clone()).unwrap_or_default();
                let mut err = std::io::stderr().lock();
                let _ = write!(
                    err,
                    "\r\x1b[2K{what}: {step}… {:.1} s",
                    started.elapsed().as_secs_f64()
                );
                let _ = err.flush();
                shown = true;
            }
            if shown {
                let mut err = std::io::stderr().lock();
                let _ = write!(err, "\r\x1b[2K");
                let _ = err.flush();
            }
        });
        Progress {
            inner: Some(Inner { step, done, ticker }),
        }
    }

    /// Names the step under way, e.g. "rendering pages".
    pub fn step(&self, step: &str) {
        if let Some(inner) = &self.inner
            && let Ok(mut s) = inner.step.lock()
        {
            *s = step.to_string();
        }
    }

    /// Erases the line; call before printing anything else.
    pub fn finish(mut self) {
        self.stop();
    }

    fn stop(&mut self) {
        if let Some(inner) = self.inner.take() {
            inner.done.store(true, Ordering::Relaxed);
            let _ = inner.ticker.join();
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.stop();
    }
}
