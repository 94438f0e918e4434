//! The compile server: a process of its own that runs the background compiles.
//!
//! Once a process has a second thread, glibc's malloc locks its arena (and uses atomic
//! operations) on every allocation its per-thread cache cannot serve, for the rest of the
//! process's life: one idle thread makes an allocation-heavy native program (binarytrees)
//! twice as slow. So the optimising compiles do not run on threads of the guest's process.
//! tierup forks the server first thing, while it is small and has one thread; the server
//! reads the program from the same bytes (its setup), in parallel with tierup.
//!
//! - Requests go down one pipe (length-prefixed JSON); the server's compile threads take them
//!   in turn and send object files back up another pipe. Baseline compiles (about a
//!   millisecond each) have a thread of their own, so that they never wait behind an
//!   optimising compile of half a second.
//! - Before writing a response, the server counts it in a word of memory shared with the
//!   engine, so the guest's threads find finished work with one load when they call into the
//!   runtime, and link it themselves.
//! - The server is a grandchild, reparented away from the guest: a guest that waits for all
//!   of its children never sees it. It ends as soon as the engine's end of the request pipe
//!   closes (the engine's process ended, by `exit` or by a crash), even in the middle of a
//!   compile.

use std::fs::File;
use std::io::{Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, RawFd};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, mpsc};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

/// One compile, as the engine asks for it.
#[derive(Debug, Serialize, Deserialize)]
pub struct Request {
    pub seq: u64,
    /// The function's id.
    pub id: usize,
    /// Its ladder position to compile for.
    pub tier_index: usize,
    /// The symbol of the compiled version.
    pub version: String,
    /// Functions the program has called so far (the optimiser inlines only those).
    pub ran: Vec<usize>,
    /// For an on-stack-replacement version: what it is built for.
    pub osr: Option<OsrShape>,
    /// A baseline compile: for the server's baseline thread.
    pub baseline: bool,
    /// The address of the function's profile, which instrumented code counts into.
    pub profile: u64,
}

/// What an on-stack-replacement version is built for (see `Module::make_osr`).
#[derive(Debug, Serialize, Deserialize)]
pub struct OsrShape {
    /// The loop headers it enters (block indices).
    pub headers: Vec<u32>,
    /// The interpreter's frame slot of each value: the parameters, then the instructions in
    /// block order.
    pub registers: Vec<u32>,
    /// The first of the interpreter's block tokens, and the block index each stands for.
    pub token_base: u64,
    pub token_blocks: Vec<u32>,
    /// The symbol of a plain version for calls, which enters the on-stack-replacement
    /// version at the function's entry: when a promotion to the same tier was waiting too,
    /// or for the promotion to come (`Job::call` in `tiering.rs`).
    pub call_version: Option<String>,
}

/// One finished compile.
pub struct Response {
    pub seq: u64,
    pub compile_time: Duration,
    /// The object file, or why the compile failed.
    pub result: Result<Vec<u8>, String>,
    /// The server's peak resident memory so far.
    pub peak_rss_kib: u64,
}

/// The engine's side of the server.
pub struct Server {
    /// The process that started the server: only it may talk to it (a guest's `fork` copies
    /// the engine, not the server).
    owner: libc::pid_t,
    requests: Mutex<File>,
    /// The read end of the responses, and how many of them were read.
    responses: Mutex<(File, u64)>,
    /// How many responses were read (the count under `responses`, readable without its lock).
    taken: AtomicU64,
    /// How many responses the server has started to write.
    announced: &'static AtomicU64,
}

/// Why the server cannot continue.
fn os_error(what: &str) -> String {
    format!("{what}: {}", std::io::Error::last_os_error())
}

/// A connected pair of stream sockets, for the requests: sending to a server that has died
/// then fails with EPIPE instead of raising SIGPIPE, which the guest keeps at its default
/// (ending the process).
fn socket_pair() -> Result<(RawFd, RawFd), String> {
    let mut fds = [0; 2];
    // SAFETY: `fds` has room for the two descriptors socketpair writes.
    let made = unsafe {
        libc::socketpair(
            libc::AF_UNIX,
            libc::SOCK_STREAM | libc::SOCK_CLOEXEC,
            0,
            fds.as_mut_ptr(),
        )
    };
    if made != 0 {
        return Err(os_error("cannot create a socket pair"));
    }
    Ok((fds[0], fds[1]))
}

/// Write all of `bytes` to socket `fd`, without SIGPIPE.
fn send_all(fd: RawFd, mut bytes: &[u8]) -> std::io::Result<()> {
    while !bytes.is_empty() {
        // SAFETY: `bytes` is a live buffer of its length; `fd` is an open socket.
        let sent =
            unsafe { libc::send(fd, bytes.as_ptr().cast(), bytes.len(), libc::MSG_NOSIGNAL) };
        if sent < 0 {
            let error = std::io::Error::last_os_error();
            if error.kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            return Err(error);
        }
        bytes = &bytes[sent as usize..];
    }
    Ok(())
}

fn pipe() -> Result<(RawFd, RawFd), String> {
    let mut fds = [0; 2];
    // SAFETY: `fds` has room for the two descriptors pipe2 writes.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) } != 0 {
        return Err(os_error("cannot create a pipe"));
    }
    Ok((fds[0], fds[1]))
}

impl Server {
    /// Fork the server, whose `threads` compile threads (and one more for baseline requests)
    /// answer each request with the compile function `setup` makes there (the server ends
    /// at once if it makes none). Call it only while the process has one thread.
    pub fn start<C>(threads: usize, setup: impl FnOnce() -> Option<C>) -> Result<Server, String>
    where
        C: Fn(&Request) -> Result<Vec<u8>, String> + Sync,
    {
        let (request_read, request_write) = socket_pair()?;
        let (response_read, response_write) = pipe()?;
        // SAFETY: a fresh shared anonymous mapping of one page; checked below.
        let shared = unsafe {
            libc::mmap(
                std::ptr::null_mut(),
                4096,
                libc::PROT_READ | libc::PROT_WRITE,
                libc::MAP_SHARED | libc::MAP_ANONYMOUS,
                -1,
                0,
            )
        };
        if shared == libc::MAP_FAILED {
            return Err(os_error("cannot map memory for the compile server"));
        }
        // SAFETY: the page is zeroed, aligned, and mapped for the rest of the process's life
        // (and its children's, where it stays shared).
        let announced: &'static AtomicU64 = unsafe { &*(shared as *const AtomicU64) };
        // SAFETY: the process has one thread (the caller's promise), so the child is a
        // complete copy of it and may run any code.
        match unsafe { libc::fork() } {
            -1 => {
                let error = os_error("cannot start the compile server");
                // SAFETY: the four pipe ends are ours and used nowhere else.
                unsafe {
                    for fd in [request_read, request_write, response_read, response_write] {
                        libc::close(fd);
                    }
                }
                Err(error)
            }
            0 => {
                // SAFETY: in the child, on the only thread: fork again, so that the server is
                // not a child of the guest's process, and leave.
                unsafe {
                    match libc::fork() {
                        0 => {}
                        -1 => libc::_exit(1),
                        _ => libc::_exit(0),
                    }
                    libc::close(request_write);
                    libc::close(response_read);
                }
                quiet();
                match setup() {
                    Some(compile) => {
                        serve(threads, request_read, response_write, announced, compile)
                    }
                    // SAFETY: ending the server process, which has nothing to flush.
                    None => unsafe { libc::_exit(0) },
                }
            }
            child => {
                // SAFETY: our copies of the server's ends; the intermediate child exits at
                // once and is reaped here.
                unsafe {
                    libc::close(request_read);
                    libc::close(response_write);
                    let mut status = 0;
                    libc::waitpid(child, &mut status, 0);
                    if !libc::WIFEXITED(status) || libc::WEXITSTATUS(status) != 0 {
                        libc::close(request_write);
                        libc::close(response_read);
                        return Err("cannot start the compile server: fork failed".to_string());
                    }
                }
                // SAFETY: the descriptors are open and owned by these files from now on.
                let (requests, responses) = unsafe {
                    (
                        File::from_raw_fd(request_write),
                        File::from_raw_fd(response_read),
                    )
                };
                Ok(Server {
                    // SAFETY: getpid cannot fail.
                    owner: unsafe { libc::getpid() },
                    requests: Mutex::new(requests),
                    responses: Mutex::new((responses, 0)),
                    taken: AtomicU64::new(0),
                    announced,
                })
            }
        }
    }

    /// Whether this process may use the server (it is not a copy made by the guest's `fork`).
    pub fn usable(&self) -> bool {
        // SAFETY: getpid cannot fail.
        let pid = unsafe { libc::getpid() };
        pid == self.owner
    }

    /// Send `request`; an error means the server has ended.
    pub fn send(&self, request: &Request) -> Result<(), String> {
        let json = serde_json::to_vec(request).map_err(|e| e.to_string())?;
        let length = u32::try_from(json.len()).map_err(|_| "request too large".to_string())?;
        let mut message = length.to_le_bytes().to_vec();
        message.extend_from_slice(&json);
        let requests = self.requests.lock().unwrap_or_else(|e| e.into_inner());
        send_all(requests.as_raw_fd(), &message)
            .map_err(|e| format!("the compile server has ended ({e})"))
    }

    /// Whether the server has announced responses that are not read yet: two loads, for the
    /// guest's calls into the runtime to ask first.
    pub fn has_news(&self) -> bool {
        self.announced.load(Ordering::Acquire) != self.taken.load(Ordering::Relaxed)
    }

    /// The responses that are ready, without waiting for more; `None` when there are none or
    /// another thread is reading them. An error means the server has ended.
    pub fn ready(&self) -> Option<Result<Vec<Response>, String>> {
        let announced = self.announced.load(Ordering::Acquire);
        let mut guard = self.responses.try_lock().ok()?;
        let (reader, taken) = &mut *guard;
        if *taken == announced {
            return None;
        }
        let mut ready = Vec::new();
        while *taken < announced {
            match read_response(reader) {
                Ok(response) => ready.push(response),
                Err(e) => return Some(Err(format!("the compile server has ended ({e})"))),
            }
            *taken += 1;
            self.taken.store(*taken, Ordering::Relaxed);
        }
        Some(Ok(ready))
    }

    /// Whether the server has ended (its end of the responses is closed, nothing unread).
    pub fn ended(&self) -> bool {
        let Ok(guard) = self.responses.try_lock() else {
            return false;
        };
        let mut poll = libc::pollfd {
            fd: std::os::fd::AsRawFd::as_raw_fd(&guard.0),
            events: libc::POLLIN,
            revents: 0,
        };
        // SAFETY: one valid pollfd; a zero timeout does not block.
        let polled = unsafe { libc::poll(&mut poll, 1, 0) };
        polled == 1
            && poll.revents & libc::POLLHUP != 0
            && self.announced.load(Ordering::Acquire) == guard.1
    }
}

fn read_response(reader: &mut File) -> std::io::Result<Response> {
    let mut header = [0u8; 33];
    reader.read_exact(&mut header)?;
    let word = |i: usize| u64::from_le_bytes(header[i..i + 8].try_into().expect("8 bytes"));
    let (seq, nanos, peak_rss_kib, length) = (word(0), word(8), word(16), word(24));
    let mut payload = vec![0; length as usize];
    reader.read_exact(&mut payload)?;
    let result = if header[32] == 1 {
        Ok(payload)
    } else {
        Err(String::from_utf8_lossy(&payload).into_owned())
    };
    Ok(Response {
        seq,
        compile_time: Duration::from_nanos(nanos),
        result,
        peak_rss_kib,
    })
}

fn peak_rss_kib() -> u64 {
    // SAFETY: getrusage fills the zeroed struct.
    unsafe {
        let mut usage: libc::rusage = std::mem::zeroed();
        libc::getrusage(libc::RUSAGE_SELF, &mut usage);
        usage.ru_maxrss as u64
    }
}

/// Send the response to `request`, which took `elapsed` to compile: count it in
/// `announced`, then write it. Ends the server if the engine is gone.
fn answer(
    request: &Request,
    result: Result<Vec<u8>, String>,
    elapsed: Duration,
    responses: &Mutex<File>,
    announced: &AtomicU64,
) {
    let (ok, payload) = match &result {
        Ok(object) => (1u8, object.as_slice()),
        Err(message) => (0u8, message.as_bytes()),
    };
    let mut frame = Vec::with_capacity(33 + payload.len());
    let nanos = elapsed.as_nanos() as u64;
    for word in [request.seq, nanos, peak_rss_kib(), payload.len() as u64] {
        frame.extend_from_slice(&word.to_le_bytes());
    }
    frame.push(ok);
    frame.extend_from_slice(payload);
    let mut out = responses.lock().unwrap_or_else(|e| e.into_inner());
    announced.fetch_add(1, Ordering::Release);
    if out.write_all(&frame).is_err() {
        // SAFETY: the engine is gone; end the server.
        unsafe { libc::_exit(0) }
    }
}

/// The server writes nothing to the guest's terminal or pipes: its standard streams go to
/// /dev/null (a reader waiting for the guest's output to end must not wait for the server,
/// and the guest's errors are the engine's to report).
fn quiet() {
    // SAFETY: replacing this process's standard descriptors with /dev/null.
    unsafe {
        let null = libc::open(c"/dev/null".as_ptr(), libc::O_RDWR);
        for fd in 0..3 {
            libc::dup2(null, fd);
        }
        libc::close(null);
    }
}

/// The server's life: read requests until the engine's end closes, compile them on `threads`
/// threads (baseline requests on one more), answer each.
fn serve(
    threads: usize,
    request_read: RawFd,
    response_write: RawFd,
    announced: &'static AtomicU64,
    compile: impl Fn(&Request) -> Result<Vec<u8>, String> + Sync,
) -> ! {
    // SAFETY: the pipe descriptors are owned by these files from now on.
    let (mut requests, responses) = unsafe {
        // Fewer round trips for large objects; the default size is enough if refused.
        libc::fcntl(response_write, libc::F_SETPIPE_SZ, 1 << 20);
        (
            File::from_raw_fd(request_read),
            Mutex::new(File::from_raw_fd(response_write)),
        )
    };
    let (sender, receiver) = mpsc::channel::<Request>();
    let (baseline_sender, baseline_receiver) = mpsc::channel::<Request>();
    let lanes = [
        (Mutex::new(receiver), threads.max(1), "compile"),
        (Mutex::new(baseline_receiver), 1, "baseline"),
    ];
    std::thread::scope(|scope| {
        for (receiver, count, lane) in &lanes {
            for index in 0..*count {
                let (responses, compile) = (&responses, &compile);
                std::thread::Builder::new()
                    .name(format!("tierup-{lane}-{index}"))
                    .spawn_scoped(scope, move || {
                        loop {
                            let next = receiver.lock().unwrap_or_else(|e| e.into_inner()).recv();
                            let Ok(request) = next else { return };
                            let started = Instant::now();
                            let result = compile(&request);
                            answer(&request, result, started.elapsed(), responses, announced);
                        }
                    })
                    .expect("cannot start a compile thread");
            }
        }
        loop {
            let mut length = [0u8; 4];
            let request = requests.read_exact(&mut length).ok().and_then(|()| {
                let mut json = vec![0; u32::from_le_bytes(length) as usize];
                requests.read_exact(&mut json).ok()?;
                serde_json::from_slice::<Request>(&json).ok()
            });
            match request {
                Some(request) => {
                    let lane = if request.baseline {
                        &baseline_sender
                    } else {
                        &sender
                    };
                    if lane.send(request).is_err() {
                        break;
                    }
                }
                None => break,
            }
        }
        // The engine's process has ended (or sent garbage): stop every compile now.
        // SAFETY: ends this process only.
        unsafe { libc::_exit(0) }
    });
    // SAFETY: as above (the scope never returns).
    unsafe { libc::_exit(0) }
}
