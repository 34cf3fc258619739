#ifndef VERBATIM_CSQLITE_SHIM_H
#define VERBATIM_CSQLITE_SHIM_H

#include <sqlite3.h>

/// `SQLITE_TRANSIENT` is a macro Swift cannot import: SQLite copies a bound value before the call returns.
static inline sqlite3_destructor_type verbatim_sqlite_transient(void) { return SQLITE_TRANSIENT; }

#endif
