#ifndef ATTRIB_CSQLITE_SHIM_H
#define ATTRIB_CSQLITE_SHIM_H
#include <sqlite3.h>
#endif
