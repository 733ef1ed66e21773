//! The site `serve` serves: the last good build, in memory, and the errors
//! of the last attempt. A build that fails leaves the last good site in
//! place; browsers learn of both through a long-polled status.

use crate::render::FileRequest;
use axum::body::Bytes;
use serde::Serialize;
use std::collections::HashMap;
use std::sync::mpsc::Sender;
use std::sync::{Arc, RwLock};
use tokio::sync::watch;

/// A finding as the browser overlay shows it.
#[derive(Debug, Clone, Serialize)]
pub struct OverlayError {
    pub file: String,
    pub line: u32,
    pub column: u32,
    pub message: String,
    pub hint: Option<String>,
}

/// What the status endpoint reports.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Status {
    /// Bumped by every build attempt, good or bad.
    pub state: u64,
    /// Bumped by every good build; a page built for an older one reloads.
    pub site: u64,
    /// Errors of the last attempt; empty when it succeeded.
    pub errors: Vec<OverlayError>,
    /// The map folder, as named to `serve`, while it is gone (removed or
    /// moved away); the last good site is still served.
    pub gone: Option<String>,
}

impl Status {
    /// The status after this one: another build attempt, with a new
    /// version of the site if `new_site`.
    fn next(&self, new_site: bool, errors: Vec<OverlayError>) -> Status {
        Status {
            state: self.state + 1,
            site: self.site + u64::from(new_site),
            errors,
            gone: None,
        }
    }
}

/// A file of the site as `serve` keeps it in memory: compressed (LZ4,
/// which compresses and decompresses at memory speed) when that saves
/// much, with a digest of its content. The site of a map of 10,000
/// touchpoints is 340 MB of files, and `serve` holds it whole, twice while
/// a new one renders beside the one served; its pages shrink about four to
/// one, and a page an edit did not change is not kept twice (see
/// [`Kept::sharing`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kept {
    stored: Bytes,
    compressed: bool,
    /// XXH3-128 of the content, uncompressed.
    digest: u128,
}

impl Kept {
    /// Files smaller than this stay as they are: compressing them saves
    /// little, and the assets are asked for with every page.
    const COMPRESS_FROM: usize = 2048;

    pub fn new(bytes: Vec<u8>) -> Kept {
        Kept::sharing(bytes, None)
    }

    /// `bytes` kept, sharing the memory of `before` when `bytes` are what
    /// it holds: after an edit most of a site's pages are as they
    /// were, and are then neither compressed nor held twice. Equal content
    /// is told by its 128-bit digest, which two different pages share by
    /// chance once in 2^128.
    pub fn sharing(bytes: Vec<u8>, before: Option<&Kept>) -> Kept {
        let digest = xxhash_rust::xxh3::xxh3_128(&bytes);
        if let Some(before) = before.filter(|b| b.digest == digest) {
            return before.clone();
        }
        if bytes.len() >= Self::COMPRESS_FROM {
            let packed = lz4_flex::block::compress_prepend_size(&bytes);
            if packed.len() < bytes.len() / 4 * 3 {
                return Kept {
                    stored: Bytes::from(packed),
                    compressed: true,
                    digest,
                };
            }
        }
        Kept {
            stored: Bytes::from(bytes),
            compressed: false,
            digest,
        }
    }

    /// The file's content. A file that does not decompress (which only a
    /// bug could cause) reads as empty rather than stopping the server.
    pub fn bytes(&self) -> Bytes {
        if !self.compressed {
            return self.stored.clone();
        }
        lz4_flex::block::decompress_size_prepended(&self.stored)
            .map(Bytes::from)
            .unwrap_or_default()
    }

    /// Where its stored bytes are: two snapshots share a file they did not
    /// change.
    #[cfg(test)]
    pub fn stored_at(&self) -> *const u8 {
        self.stored.as_ptr()
    }
}

/// How the render's in-memory sink keeps a file for `serve`
/// (`render::InMemory<Kept>`).
impl From<Vec<u8>> for Kept {
    fn from(bytes: Vec<u8>) -> Kept {
        Kept::new(bytes)
    }
}

#[derive(Debug, Default)]
pub struct Snapshot {
    pub files: HashMap<String, Kept>,
    pub status: Status,
    /// While a new site renders (its version already in `status`): where
    /// to ask for one of its files. `files` are still the last site's,
    /// which no page of the new version may be taken from.
    pub rendering: Option<Sender<FileRequest>>,
}

impl Snapshot {
    /// Asks the site that is rendering for `file`; `reply` is called with
    /// it, or with `None`. `false` (and `reply` dropped) when no site is
    /// rendering, or when it has just finished.
    pub fn request(&self, file: &str, reply: Box<dyn FnOnce(Option<Vec<u8>>) + Send>) -> bool {
        self.rendering.as_ref().is_some_and(|requests| {
            requests
                .send(FileRequest {
                    file: file.to_string(),
                    reply,
                })
                .is_ok()
        })
    }
}

/// Shared between the rebuild thread and the HTTP handlers.
#[derive(Clone)]
pub struct SiteState {
    inner: Arc<RwLock<Arc<Snapshot>>>,
    changed: watch::Sender<u64>,
}

impl SiteState {
    pub fn new() -> Self {
        let (changed, _) = watch::channel(0);
        SiteState {
            inner: Arc::new(RwLock::new(Arc::new(Snapshot::default()))),
            changed,
        }
    }

    pub fn snapshot(&self) -> Arc<Snapshot> {
        match self.inner.read() {
            Ok(g) => g.clone(),
            Err(poisoned) => poisoned.into_inner().clone(),
        }
    }

    pub fn subscribe(&self) -> watch::Receiver<u64> {
        self.changed.subscribe()
    }

    /// Publishes a complete new site at once: a browser never sees a mix.
    pub fn publish(&self, files: HashMap<String, Kept>) {
        self.replace(|old| Snapshot {
            files,
            status: old.status.next(true, Vec::new()),
            rendering: None,
        });
    }

    /// Publishes a new site that is still rendering: browsers reload, and
    /// their requests go to `requests` until [`SiteState::publish`] (or
    /// [`SiteState::fail`]) follows.
    pub fn publish_rendering(&self, requests: Sender<FileRequest>) {
        self.replace(|old| Snapshot {
            files: old.files.clone(),
            status: old.status.next(true, Vec::new()),
            rendering: Some(requests),
        });
    }

    /// Publishes the files of the site that was rendering, under the
    /// version browsers already have: none reloads again.
    pub fn publish_rendered(&self, files: HashMap<String, Kept>) {
        self.replace(|old| Snapshot {
            files,
            status: old.status.next(false, Vec::new()),
            rendering: None,
        });
    }

    /// The first snapshot after `seen`: the site that was rendering is
    /// done, failed, or was given up for a newer one.
    pub async fn after(&self, seen: &Snapshot) -> Arc<Snapshot> {
        // Subscribed before looking, so that no publish falls in between.
        let mut changed = self.subscribe();
        loop {
            let snapshot = self.snapshot();
            if snapshot.status.state != seen.status.state || changed.changed().await.is_err() {
                return snapshot;
            }
        }
    }

    /// Publishes the last good site with `changed` files replaced: what an
    /// edit that changed a few pages needs, sharing the other files.
    pub fn publish_changed(&self, changed: Vec<(String, Kept)>) {
        self.replace(|old| {
            let mut files = old.files.clone();
            files.extend(changed);
            Snapshot {
                files,
                status: old.status.next(true, Vec::new()),
                rendering: None,
            }
        });
    }

    /// Records a failed build; the last good site stays.
    pub fn fail(&self, errors: Vec<OverlayError>) {
        self.replace(|old| Snapshot {
            files: old.files.clone(),
            status: old.status.next(false, errors),
            rendering: None,
        });
    }

    /// Records that the map folder `folder` is gone; the last good site
    /// stays, and the next build attempt clears this.
    pub fn gone(&self, folder: String) {
        self.replace(|old| Snapshot {
            files: old.files.clone(),
            status: Status {
                gone: Some(folder),
                ..old.status.next(false, Vec::new())
            },
            rendering: None,
        });
    }

    fn replace(&self, make: impl FnOnce(&Snapshot) -> Snapshot) {
        let state = {
            let mut guard = match self.inner.write() {
                Ok(g) => g,
                Err(poisoned) => poisoned.into_inner(),
            };
            let next = make(&guard);
            let state = next.status.state;
            *guard = Arc::new(next);
            state
        };
        self.changed.send_replace(state);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_file_reads_back_as_it_was_written_and_a_page_is_kept_smaller() {
        let page = "<li class=\"tp-card\"><a href=\"/touchpoints/x/\">X</a></li>\n"
            .repeat(200)
            .into_bytes();
        let kept = Kept::new(page.clone());
        assert!(kept.compressed);
        assert!(kept.stored.len() * 4 < page.len(), "{}", kept.stored.len());
        assert_eq!(kept.bytes(), Bytes::from(page));
        // A small file, and one that does not compress, stay as they are.
        for plain in [
            b"<p>home</p>".to_vec(),
            (0..4096u32)
                .flat_map(|i| (i.wrapping_mul(2_654_435_761)).to_le_bytes())
                .collect(),
        ] {
            let kept = Kept::new(plain.clone());
            assert!(!kept.compressed);
            assert_eq!(kept.bytes(), Bytes::from(plain));
        }
    }

    #[test]
    fn a_file_kept_again_as_it_was_shares_the_memory_of_the_one_before() {
        let page = "<p>a page of the site</p>\n".repeat(200).into_bytes();
        let before = Kept::new(page.clone());
        let again = Kept::sharing(page.clone(), Some(&before));
        assert_eq!(again.stored_at(), before.stored_at());
        // One byte changed: kept anew, and read back as it now is.
        let mut edited = page;
        edited[3] = b'P';
        let changed = Kept::sharing(edited.clone(), Some(&before));
        assert_ne!(changed.stored_at(), before.stored_at());
        assert_eq!(changed.bytes(), Bytes::from(edited));
    }
}
