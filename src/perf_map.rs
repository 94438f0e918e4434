//! `--perf-map`: names for compiled code, in the file `perf` reads for code it has no symbols
//! for (`/tmp/perf-PID.map`, one `ADDRESS SIZE NAME` line per function, hexadecimal), as the
//! JVM's and V8's perf maps do. Each version of each function gets its line when it is linked,
//! so `perf report` attributes samples to `f.__O0`, `f.__O3`, `f.__osr3.__O3`.

use std::fs::File;
use std::io::Write;
use std::path::PathBuf;
use std::sync::Mutex;

use crate::Error;

pub struct PerfMap {
    file: Mutex<File>,
}

impl PerfMap {
    /// Create this process's map (replacing a stale one of the same process id).
    pub fn create() -> Result<PerfMap, Error> {
        let path = PathBuf::from(format!("/tmp/perf-{}.map", std::process::id()));
        let file = File::create(&path).map_err(|source| Error::Write {
            path: path.clone(),
            source,
        })?;
        Ok(PerfMap {
            file: Mutex::new(file),
        })
    }

    /// Name `size` bytes of code at `address`. Written at once (the program may end with
    /// `_exit`); a failed write loses the name, not the run.
    pub fn add(&self, address: usize, size: u64, name: &str) {
        let mut file = self.file.lock().unwrap_or_else(|e| e.into_inner());
        let _ = writeln!(file, "{address:x} {size:x} {name}");
    }
}
