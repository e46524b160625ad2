#ifndef ATTRIB_CLIBXML2_SHIM_H
#define ATTRIB_CLIBXML2_SHIM_H
// Debian builds libxml2 with ICU, whose headers clash with Foundation's own copy of ICU.
// attrib passes UTF-8 only, so the ICU converter declarations are not needed.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#endif
