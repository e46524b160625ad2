#ifndef ATTRIB_CSQLITE_SHIM_H
#define ATTRIB_CSQLITE_SHIM_H
#include <sqlite3.h>

/// Turns off SQLite's memory statistics, which take a global mutex on every allocation (a
/// twentieth of the ingest writer's time). `sqlite3_config` is variadic, so Swift cannot call it
/// directly. It must run before SQLite is initialized; later it returns SQLITE_MISUSE and
/// changes nothing.
static inline int attrib_sqlite_disable_memory_statistics(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

#endif
