/* setjmp for interpreted code (see exec.rs, Op::SetJmp).
 *
 * setjmp returns a second time, from a longjmp, only into a native frame that is still
 * running. An interpreted function's call of setjmp therefore calls it here, and the rest of
 * the function's activation runs inside this frame (`resume`, a nested dispatch loop) until
 * it returns. A longjmp to the buffer comes back here, and `resume` is called again with the
 * value it passed; it discards the activations the longjmp abandoned and goes on after the
 * call. When the activation reaches the same call again (a loop), `resume` returns 1 with
 * the request updated, and setjmp is called again from this same frame.
 */
#include <setjmp.h>

struct tierup_setjmp_request {
    void *buffer;
    /* 0 for _setjmp, 1 for setjmp (which saves the signal mask, as glibc's function does),
     * 2 for sigsetjmp / __sigsetjmp with `save_mask`. */
    int kind;
    int save_mask;
};

void tierup_setjmp_run(struct tierup_setjmp_request *request, int (*resume)(void *, int),
                       void *context) {
    for (;;) {
        int value;
        if (request->kind == 0)
            value = _setjmp(request->buffer);
        else
            value = __sigsetjmp(request->buffer, request->kind == 1 ? 1 : request->save_mask);
        if (!resume(context, value))
            return;
    }
}
