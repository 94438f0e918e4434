//! Calls across the boundary with libffi: interpreted code calling native code (libc,
//! compiled functions) with any signature, varargs included, and native code calling an
//! interpreted function through a closure whose address goes into the function's slot.

use std::ffi::c_void;
use std::ptr;

use libffi_sys::*;

/// How one value crosses the native calling convention.
#[derive(Clone, Debug, PartialEq)]
pub enum Abi {
    Void,
    /// An integer of this many bytes (1, 2, 4, 8; 16 for `__int128`, two eightbytes aligned to
    /// 16), sign-extended by the ABI when `signed`.
    Int {
        bytes: u8,
        signed: bool,
    },
    Float,
    Double,
    LongDouble,
    Pointer,
    /// A struct of these fields (aggregates returned in registers, small vectors).
    Struct(Vec<Abi>),
    /// A `byval` argument: `size` bytes copied onto the stack, aligned to `align`.
    Memory {
        size: u64,
        align: u64,
    },
}

/// A prepared call interface; owns the type descriptions libffi points into.
pub struct Cif {
    cif: ffi_cif,
    // Boxed: libffi keeps pointers to them, which must not move as the vector grows.
    #[allow(clippy::vec_box)]
    _types: Vec<Box<ffi_type>>,
    _elements: Vec<Vec<*mut ffi_type>>,
    _args: Vec<*mut ffi_type>,
}

// SAFETY: after preparation the cif and its types are only read.
unsafe impl Send for Cif {}
// SAFETY: as above.
unsafe impl Sync for Cif {}

struct Builder {
    // Boxed, as in `Cif`.
    #[allow(clippy::vec_box)]
    types: Vec<Box<ffi_type>>,
    elements: Vec<Vec<*mut ffi_type>>,
}

impl Builder {
    fn ty(&mut self, abi: &Abi) -> Result<*mut ffi_type, String> {
        let scalar = {
            match abi {
                Abi::Void => &raw mut ffi_type_void,
                Abi::Int { bytes: 1, signed } => {
                    if *signed {
                        &raw mut ffi_type_sint8
                    } else {
                        &raw mut ffi_type_uint8
                    }
                }
                Abi::Int { bytes: 2, signed } => {
                    if *signed {
                        &raw mut ffi_type_sint16
                    } else {
                        &raw mut ffi_type_uint16
                    }
                }
                Abi::Int { bytes: 4, signed } => {
                    if *signed {
                        &raw mut ffi_type_sint32
                    } else {
                        &raw mut ffi_type_uint32
                    }
                }
                Abi::Int { bytes: 8, .. } => &raw mut ffi_type_uint64,
                Abi::Int { bytes: 16, .. } => {
                    // Two eightbytes of class INTEGER, as libffi classifies a struct of two
                    // `u64`, but aligned to 16 like `__int128` (on the stack, that matters).
                    let elements = vec![&raw mut ffi_type_uint64, &raw mut ffi_type_uint64];
                    let ty =
                        self.aggregate(elements.into_iter().chain([ptr::null_mut()]).collect());
                    // SAFETY: the type was just made; a set size keeps libffi from laying
                    // it out again.
                    unsafe {
                        (*ty).size = 16;
                        (*ty).alignment = 16;
                    }
                    return Ok(ty);
                }
                Abi::Int { bytes, .. } => return Err(format!("no native {bytes}-byte integer")),
                Abi::Float => &raw mut ffi_type_float,
                Abi::Double => &raw mut ffi_type_double,
                Abi::LongDouble => &raw mut ffi_type_longdouble,
                Abi::Pointer => &raw mut ffi_type_pointer,
                Abi::Struct(fields) => {
                    let mut elements = fields
                        .iter()
                        .map(|f| self.ty(f))
                        .collect::<Result<Vec<_>, _>>()?;
                    elements.push(ptr::null_mut());
                    return Ok(self.aggregate(elements));
                }
                Abi::Memory { size, align } => {
                    // x86-64 passes any struct over 16 bytes in memory; long double members
                    // give the alignment of 16 when asked for.
                    if *size <= 16 && *align < 16 {
                        return Err(format!(
                            "byval argument of {size} bytes is not supported by the interpreter"
                        ));
                    }
                    let (unit, count) = if *align >= 16 {
                        (&raw mut ffi_type_longdouble, size.div_ceil(16))
                    } else {
                        (&raw mut ffi_type_uint64, size.div_ceil(8))
                    };
                    let mut elements = vec![unit; count as usize];
                    elements.push(ptr::null_mut());
                    return Ok(self.aggregate(elements));
                }
            }
        };
        Ok(scalar)
    }

    fn aggregate(&mut self, mut elements: Vec<*mut ffi_type>) -> *mut ffi_type {
        let mut ty = Box::new(ffi_type {
            size: 0,
            alignment: 0,
            type_: FFI_TYPE_STRUCT,
            elements: elements.as_mut_ptr(),
        });
        let raw: *mut ffi_type = &mut *ty;
        self.types.push(ty);
        self.elements.push(elements);
        raw
    }
}

impl Cif {
    /// A call interface for `ret (args...)`; `fixed` is the number of fixed arguments of a
    /// variadic call.
    pub fn new(ret: &Abi, args: &[Abi], fixed: Option<usize>) -> Result<Box<Cif>, String> {
        let mut builder = Builder {
            types: Vec::new(),
            elements: Vec::new(),
        };
        let rtype = builder.ty(ret)?;
        let mut arg_types = args
            .iter()
            .map(|a| builder.ty(a))
            .collect::<Result<Vec<_>, _>>()?;
        let mut cif = Box::new(Cif {
            // SAFETY: ffi_cif is plain data; ffi_prep_cif fills it.
            cif: unsafe { std::mem::zeroed() },
            _types: Vec::new(),
            _elements: Vec::new(),
            _args: Vec::new(),
        });
        // SAFETY: the type pointers stay alive in the Cif (moved below; their heap storage
        // does not move).
        let status = unsafe {
            match fixed {
                Some(fixed) => ffi_prep_cif_var(
                    &mut cif.cif,
                    ffi_abi_FFI_DEFAULT_ABI,
                    fixed as u32,
                    arg_types.len() as u32,
                    rtype,
                    arg_types.as_mut_ptr(),
                ),
                None => ffi_prep_cif(
                    &mut cif.cif,
                    ffi_abi_FFI_DEFAULT_ABI,
                    arg_types.len() as u32,
                    rtype,
                    arg_types.as_mut_ptr(),
                ),
            }
        };
        if status != ffi_status_FFI_OK {
            return Err(format!(
                "libffi cannot describe this call (status {status})"
            ));
        }
        cif._types = builder.types;
        cif._elements = builder.elements;
        cif._args = arg_types;
        Ok(cif)
    }

    /// Call the native function at `code`.
    ///
    /// # Safety
    /// `code` must be a function with this interface; `args` must point to one value of each
    /// argument type and `ret` to room for the return value (at least 8 bytes).
    pub unsafe fn call(&self, code: usize, ret: *mut c_void, args: *mut *mut c_void) {
        // SAFETY: guaranteed by the caller.
        unsafe {
            let function: unsafe extern "C" fn() = std::mem::transmute(code);
            ffi_call(
                &self.cif as *const ffi_cif as *mut ffi_cif,
                Some(function),
                ret,
                args,
            )
        }
    }
}

/// How a call site's arguments reach native code: both take the callee, room for its result
/// and an array of pointers to its arguments.
pub enum Interface {
    Ffi(Box<Cif>),
    /// A compiled `void thunk(code, ret, args)` that makes the call, for what libffi cannot
    /// describe (vectors; see `Module::call_thunk`).
    Thunk(usize),
}

impl Interface {
    /// Call the native function at `code`.
    ///
    /// # Safety
    /// As for [`Cif::call`]; `ret` must have room for 32 bytes with a thunk.
    pub unsafe fn call(&self, code: usize, ret: *mut c_void, args: *mut *mut c_void) {
        // SAFETY: guaranteed by the caller; a thunk has exactly this interface.
        unsafe {
            match self {
                Interface::Ffi(cif) => cif.call(code, ret, args),
                Interface::Thunk(thunk) => {
                    let thunk: unsafe extern "C" fn(usize, *mut c_void, *mut *mut c_void) =
                        std::mem::transmute(*thunk);
                    thunk(code, ret, args)
                }
            }
        }
    }
}

/// A native call made without libffi, for the common shapes: up to six integer or pointer
/// arguments with an integer, pointer or no result (libc's string and memory functions,
/// compiled functions of the program), and `double` functions of one or two `double`s
/// (libm). Arguments are 64-bit register values, already extended as the ABI wants.
#[derive(Clone, Copy, Debug)]
pub enum Direct {
    Ints { result: bool },
    Doubles,
}

/// Call `code` as `extern "C" fn(u64 × count) -> $ret` with `args`.
macro_rules! call_ints {
    ($code:expr, $args:expr, $ret:ty) => {{
        let a = $args;
        match a.len() {
            0 => std::mem::transmute::<usize, extern "C" fn() -> $ret>($code)(),
            1 => std::mem::transmute::<usize, extern "C" fn(u64) -> $ret>($code)(a[0]),
            2 => std::mem::transmute::<usize, extern "C" fn(u64, u64) -> $ret>($code)(a[0], a[1]),
            3 => std::mem::transmute::<usize, extern "C" fn(u64, u64, u64) -> $ret>($code)(
                a[0], a[1], a[2],
            ),
            4 => std::mem::transmute::<usize, extern "C" fn(u64, u64, u64, u64) -> $ret>($code)(
                a[0], a[1], a[2], a[3],
            ),
            5 => std::mem::transmute::<usize, extern "C" fn(u64, u64, u64, u64, u64) -> $ret>(
                $code,
            )(a[0], a[1], a[2], a[3], a[4]),
            _ => std::mem::transmute::<usize, extern "C" fn(u64, u64, u64, u64, u64, u64) -> $ret>(
                $code,
            )(a[0], a[1], a[2], a[3], a[4], a[5]),
        }
    }};
}

impl Direct {
    /// The direct shape of a call with this interface, if it has one.
    pub fn of(ret: &Abi, args: &[Abi], variadic: bool) -> Option<Direct> {
        let int = |abi: &Abi| matches!(abi, Abi::Int { bytes: ..=8, .. } | Abi::Pointer);
        if variadic {
            None
        } else if args.len() <= 6 && args.iter().all(int) && (int(ret) || *ret == Abi::Void) {
            Some(Direct::Ints {
                result: *ret != Abi::Void,
            })
        } else if matches!(args.len(), 1 | 2)
            && args.iter().all(|a| *a == Abi::Double)
            && *ret == Abi::Double
        {
            Some(Direct::Doubles)
        } else {
            None
        }
    }

    /// Call the native function at `code` with `args`; its result's bits (0 for none).
    ///
    /// # Safety
    /// `code` must be a function of this shape taking `args.len()` arguments (at most six
    /// integers, or one or two doubles).
    pub unsafe fn call(self, code: usize, args: &[u64]) -> u64 {
        // SAFETY: guaranteed by the caller: the function's C signature is the one called.
        unsafe {
            match self {
                Direct::Ints { result: true } => call_ints!(code, args, u64),
                Direct::Ints { result: false } => {
                    call_ints!(code, args, ());
                    0
                }
                Direct::Doubles => {
                    let x = f64::from_bits(args[0]);
                    let value = if args.len() == 1 {
                        std::mem::transmute::<usize, extern "C" fn(f64) -> f64>(code)(x)
                    } else {
                        let y = f64::from_bits(args[1]);
                        std::mem::transmute::<usize, extern "C" fn(f64, f64) -> f64>(code)(x, y)
                    };
                    value.to_bits()
                }
            }
        }
    }
}

/// The handler a closure calls: (cif, return buffer, argument pointers, user data).
pub type Handler = unsafe extern "C" fn(*mut ffi_cif, *mut c_void, *mut *mut c_void, *mut c_void);

/// A native function pointer that calls `handler` with `data`; lives forever.
pub fn closure(cif: Box<Cif>, handler: Handler, data: *mut c_void) -> Result<usize, String> {
    let cif = Box::leak(cif);
    let mut code: *mut c_void = ptr::null_mut();
    // SAFETY: libffi allocates a writable closure and its executable alias `code`; the cif
    // is leaked, so it outlives the closure.
    unsafe {
        let closure =
            ffi_closure_alloc(std::mem::size_of::<ffi_closure>(), &mut code).cast::<ffi_closure>();
        if closure.is_null() {
            return Err("cannot allocate a libffi closure".to_string());
        }
        let status = ffi_prep_closure_loc(closure, &mut cif.cif, Some(handler), data, code);
        if status != ffi_status_FFI_OK {
            return Err(format!("libffi cannot build a closure (status {status})"));
        }
    }
    Ok(code as usize)
}
