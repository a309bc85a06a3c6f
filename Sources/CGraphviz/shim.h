#ifndef DIPLOGRAPH_CGRAPHVIZ_SHIM_H
#define DIPLOGRAPH_CGRAPHVIZ_SHIM_H
// The system's Graphviz headers, as installed by libgraphviz-dev. Nothing is copied here.
#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <stdio.h>
#include <sys/types.h>

// Graphviz's cairo and pango plugins, GLib and fontconfig print their messages with
// fprintf(stderr, …). While the renderer holds its lock it points the C library's `stderr` at a
// stream of its own, which keeps what the rendering thread writes and passes on what any other
// thread writes. These declarations make that possible from Swift, which can neither assign the
// C global `stderr` nor see glibc's fopencookie (a GNU extension its Glibc module leaves out).

// Makes `stream` the C library's standard error stream and returns the one it replaces.
static inline FILE *diplograph_exchange_stderr(FILE *stream) {
    FILE *previous = stderr;
    stderr = stream;
    return previous;
}

// The write function of a glibc custom stream: returns how many bytes it took.
typedef ssize_t (*diplograph_cookie_write_t)(void *cookie, const char *buffer, size_t size);

// glibc's cookie_io_functions_t (read, write, seek, close), with only `write` typed.
typedef struct {
    void *read;
    diplograph_cookie_write_t write;
    void *seek;
    void *close;
} diplograph_cookie_functions_t;

// glibc's fopencookie(3), declared under its own symbol name.
FILE *diplograph_fopencookie(void *cookie, const char *mode, diplograph_cookie_functions_t functions)
    __asm__("fopencookie");
#endif
