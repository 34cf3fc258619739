#ifndef VERBATIM_CLIBXML2_SHIM_H
#define VERBATIM_CLIBXML2_SHIM_H

/*
 * libxml2 built with ICU (LIBXML_ICU_ENABLED) includes <unicode/ucnv.h> from <libxml/encoding.h>.
 * The system ICU headers then clash with the copy of ICU that Foundation ships (_FoundationICU):
 * "'UErrorCode' has different definitions in different modules" in any Swift module that imports
 * both Foundation and this one. libxml2 only needs the two ICU types below for pointer fields and a
 * pivot buffer in a struct Swift never touches, so ICU's header is kept out (by defining its include
 * guard) and the types are given private names with the same layout.
 */
#define UCNV_H 1
#define UConverter verbatim_icu_UConverter
#define UChar verbatim_icu_UChar
typedef struct verbatim_icu_UConverter verbatim_icu_UConverter;
typedef unsigned short verbatim_icu_UChar;

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/encoding.h>

#undef UConverter
#undef UChar

/// Whether libxml2 can decode `name` (built in or through iconv). Frees the handler it finds.
static inline int verbatim_xml_supports_encoding(const char *name) {
    xmlCharEncodingHandlerPtr handler = xmlFindCharEncodingHandler(name);
    if (handler == NULL) return 0;
    xmlCharEncCloseFunc(handler);
    return 1;
}

#endif
