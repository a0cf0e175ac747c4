//! A file written in the staging directory to replace one in the output directory, which is
//! rewritten only if its bytes change.
//!
//! A scheduled re-run over the same articles rebuilds the same tables and the same cache. While
//! the bytes written are those of the file already in place, they are only compared with it;
//! the staged file is created at the first difference, with the equal part copied over from
//! the old file. A file that comes out the same is thus rebuilt but not rewritten: no writing,
//! syncing, renaming, or freeing of the old file's blocks (which ext4 does inside the rename),
//! and it keeps its modification time (and whatever permissions it was given), so that
//! whatever watches the output directory sees only the files that changed.
//!
//! Only a regular file in place is compared; a symbolic link or anything else there is
//! replaced as before. The equal part is copied from the old file when the first difference
//! is found, so the output directory must not be written by anything but the run holding its
//! lock (which was already so: the cache in place is read while the run goes on).

use std::fs::File;
use std::io::{BufRead, BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

/// How a [`StagedFile`] ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Finished {
    /// The bytes were those of the file in place, which stays; nothing was staged.
    Unchanged,
    /// The staged file holds the bytes, to be moved into place.
    Staged,
}

pub struct StagedFile {
    state: State,
    capacity: usize,
}

enum State {
    Comparing {
        staged: PathBuf,
        old: BufReader<File>,
        /// Bytes found equal so far.
        equal: u64,
    },
    Writing(BufWriter<File>),
    /// Leaving [`State::Comparing`] failed: every later call fails too.
    Failed,
}

impl StagedFile {
    /// A file at `staged` that replaces the regular file `in_place` where there is one.
    /// Anything else there (a symbolic link, a named pipe, a directory) is simply replaced, as
    /// before. `capacity` is the write buffer's.
    pub fn replacing(staged: &Path, in_place: &Path, capacity: usize) -> std::io::Result<Self> {
        match open_regular(in_place) {
            Some(old) => Ok(StagedFile {
                state: State::Comparing {
                    staged: staged.to_path_buf(),
                    old: BufReader::with_capacity(1 << 16, old),
                    equal: 0,
                },
                capacity,
            }),
            None => StagedFile::create(staged, capacity),
        }
    }

    /// A file at `staged` that replaces nothing.
    pub fn create(staged: &Path, capacity: usize) -> std::io::Result<Self> {
        Ok(StagedFile {
            state: State::Writing(BufWriter::with_capacity(capacity, File::create(staged)?)),
            capacity,
        })
    }

    /// Completes the file: [`Finished::Unchanged`] when its bytes are those of the file in
    /// place; otherwise writes out what is buffered and, with `sync`, syncs it to disk.
    pub fn finish(&mut self, sync: bool) -> std::io::Result<Finished> {
        if let State::Comparing { old, .. } = &mut self.state
            && old.fill_buf().is_ok_and(|rest| rest.is_empty())
        {
            return Ok(Finished::Unchanged);
        }
        let w = self.diverge()?;
        w.flush()?;
        if sync {
            w.get_ref().sync_all()?;
        }
        Ok(Finished::Staged)
    }

    /// Leaves comparing, if it still is: creates the staged file with the equal part of the
    /// old one.
    fn diverge(&mut self) -> std::io::Result<&mut BufWriter<File>> {
        if let State::Comparing { .. } = self.state {
            let State::Comparing { staged, old, equal } =
                std::mem::replace(&mut self.state, State::Failed)
            else {
                unreachable!("matched above")
            };
            let mut old = old.into_inner();
            old.seek(SeekFrom::Start(0))?;
            let mut file = File::create(&staged)?;
            // A file-to-file copy, which the kernel does without bringing the bytes to us.
            let copied = std::io::copy(&mut (&old).take(equal), &mut file)?;
            if copied != equal {
                return Err(std::io::Error::other(
                    "the file in place shrank while it was compared",
                ));
            }
            self.state = State::Writing(BufWriter::with_capacity(self.capacity, file));
        }
        match &mut self.state {
            State::Writing(w) => Ok(w),
            State::Failed => Err(std::io::Error::other(
                "an earlier write of this file failed",
            )),
            State::Comparing { .. } => unreachable!("diverged above"),
        }
    }
}

/// The regular file at `path`, opened for reading; `None` for anything else. It is not
/// followed if it is a symbolic link, and opening does not wait for a writer if it is a named
/// pipe.
fn open_regular(path: &Path) -> Option<File> {
    let file = crate::source::open_without_waiting(path, false).ok()?;
    file.metadata().is_ok_and(|m| m.is_file()).then_some(file)
}

/// Whether `old` goes on with `buf`, reading past it.
fn goes_on_with(old: &mut BufReader<File>, mut buf: &[u8]) -> bool {
    while !buf.is_empty() {
        let have = match old.fill_buf() {
            Ok(have) if !have.is_empty() => have,
            _ => return false,
        };
        let n = have.len().min(buf.len());
        if have[..n] != buf[..n] {
            return false;
        }
        old.consume(n);
        buf = &buf[n..];
    }
    true
}

/// Whether the complete file `staged`, which a library wrote itself (the workbook), has the
/// bytes of the file `in_place`.
pub fn same_bytes(staged: &Path, in_place: &Path) -> bool {
    let (Ok(new), Some(old)) = (File::open(staged), open_regular(in_place)) else {
        return false;
    };
    match (new.metadata(), old.metadata()) {
        (Ok(n), Ok(o)) if n.len() == o.len() => {}
        _ => return false,
    }
    let (mut new, mut old) = (
        BufReader::with_capacity(1 << 16, new),
        BufReader::with_capacity(1 << 16, old),
    );
    loop {
        let buf = match new.fill_buf() {
            Ok([]) => return old.fill_buf().is_ok_and(|rest| rest.is_empty()),
            Ok(buf) => buf,
            Err(_) => return false,
        };
        let n = buf.len();
        if !goes_on_with(&mut old, buf) {
            return false;
        }
        new.consume(n);
    }
}

impl Write for StagedFile {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if let State::Comparing { old, equal, .. } = &mut self.state
            && goes_on_with(old, buf)
        {
            *equal += buf.len() as u64;
            return Ok(buf.len());
        }
        self.diverge()?.write(buf)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match &mut self.state {
            State::Comparing { .. } => Ok(()),
            State::Writing(w) => w.flush(),
            State::Failed => self.diverge().map(drop),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Writes `new` in pieces of `piece` bytes over `old` (none: no file in place), and gives
    /// how it finished and the bytes now meant to be in place.
    fn replace(old: Option<&[u8]>, new: &[u8], piece: usize) -> (Finished, Vec<u8>) {
        let dir = tempfile::tempdir().unwrap();
        let (staged, in_place) = (dir.path().join("staged"), dir.path().join("in_place"));
        if let Some(old) = old {
            std::fs::write(&in_place, old).unwrap();
        }
        let mut f = StagedFile::replacing(&staged, &in_place, 16).unwrap();
        for chunk in new.chunks(piece.max(1)) {
            f.write_all(chunk).unwrap();
        }
        let how = f.finish(true).unwrap();
        let now = match how {
            Finished::Unchanged => {
                assert!(!staged.exists(), "nothing is staged for an unchanged file");
                std::fs::read(&in_place).unwrap()
            }
            Finished::Staged => std::fs::read(&staged).unwrap(),
        };
        (how, now)
    }

    /// `n` bytes that repeat with a period no buffer size divides.
    fn pattern(n: u32) -> Vec<u8> {
        (0..n).map(|i| (i % 251) as u8).collect()
    }

    #[test]
    fn the_same_bytes_leave_the_file_in_place() {
        let bytes = pattern(200_000);
        replaces_in_any_pieces(&bytes, &bytes, Finished::Unchanged);
    }

    /// Writing `new` over `old` in pieces of any size finishes `how`, with `new` in place.
    fn replaces_in_any_pieces(old: &[u8], new: &[u8], how: Finished) {
        for piece in [1, 7, 13, 4096, 8192, 1 << 20] {
            assert_eq!(replace(Some(old), new, piece), (how, new.to_vec()));
        }
    }

    #[test]
    fn a_difference_anywhere_stages_exactly_the_new_bytes() {
        let old = pattern(100_000);
        let mut cases = Vec::new();
        for at in [0, 1, 5_000, 65_536, 99_999] {
            let mut new = old.clone();
            new[at] ^= 0xff;
            cases.push(new);
        }
        cases.push(old[..70_000].to_vec()); // shorter: the old file goes on
        cases.push([old.as_slice(), b"more"].concat()); // longer
        cases.push(Vec::new());
        for new in cases {
            replaces_in_any_pieces(&old, &new, Finished::Staged);
        }
    }

    #[test]
    fn same_bytes_compares_whole_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = |n: &str| dir.path().join(n);
        let bytes = pattern(150_000);
        let mut other = bytes.clone();
        other[140_000] ^= 1;
        std::fs::write(path("a"), &bytes).unwrap();
        std::fs::write(path("same"), &bytes).unwrap();
        std::fs::write(path("other"), &other).unwrap();
        std::fs::write(path("short"), &bytes[..100]).unwrap();
        assert!(same_bytes(&path("a"), &path("same")));
        assert!(!same_bytes(&path("a"), &path("other")));
        assert!(!same_bytes(&path("a"), &path("short")));
        assert!(!same_bytes(&path("a"), &path("missing")));
        assert!(!same_bytes(&path("a"), dir.path()));
    }

    #[cfg(unix)]
    #[test]
    fn a_symlink_or_a_named_pipe_in_place_is_replaced_not_followed_or_waited_on() {
        let dir = tempfile::tempdir().unwrap();
        let path = |n: &str| dir.path().join(n);
        std::fs::write(path("target"), b"same").unwrap();
        std::os::unix::fs::symlink(path("target"), path("link")).unwrap();
        rustix::fs::mknodat(
            rustix::fs::CWD,
            path("pipe"),
            rustix::fs::FileType::Fifo,
            rustix::fs::Mode::from_raw_mode(0o644),
            0,
        )
        .unwrap();
        for in_place in ["link", "pipe"] {
            let staged = path(&format!("staged-{in_place}"));
            let mut f = StagedFile::replacing(&staged, &path(in_place), 16).unwrap();
            f.write_all(b"same").unwrap();
            assert_eq!(f.finish(false).unwrap(), Finished::Staged, "{in_place}");
            assert_eq!(std::fs::read(&staged).unwrap(), b"same");
            assert!(!same_bytes(&staged, &path(in_place)), "{in_place}");
        }
    }

    #[test]
    fn a_file_that_could_not_be_staged_fails_every_later_call() {
        let dir = tempfile::tempdir().unwrap();
        let in_place = dir.path().join("in_place");
        std::fs::write(&in_place, b"abcdef").unwrap();
        let staged = dir.path().join("no such directory/staged");
        let mut f = StagedFile::replacing(&staged, &in_place, 16).unwrap();
        f.write_all(b"abc").unwrap();
        assert!(f.write_all(b"xyz").is_err());
        assert!(f.write_all(b"def").is_err());
        assert!(f.flush().is_err());
        assert!(f.finish(false).is_err());
        assert_eq!(std::fs::read(&in_place).unwrap(), b"abcdef");
    }

    #[test]
    fn no_file_in_place_or_a_directory_there_stages_the_file() {
        assert_eq!(
            replace(None, b"abc", 2),
            (Finished::Staged, b"abc".to_vec())
        );
        let dir = tempfile::tempdir().unwrap();
        let staged = dir.path().join("staged");
        let mut f = StagedFile::replacing(&staged, dir.path(), 16).unwrap();
        f.write_all(b"").unwrap();
        assert_eq!(f.finish(false).unwrap(), Finished::Staged);
        assert_eq!(std::fs::read(&staged).unwrap(), b"");
    }
}
