#ifndef VERBATIM_CLIBXML2_SHIM_H
#define VERBATIM_CLIBXML2_SHIM_H

#include <libxml/parser.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/encoding.h>

/// Whether libxml2 can decode `name` (built in or through iconv). Frees the handler it finds.
static inline int verbatim_xml_supports_encoding(const char *name) {
    xmlCharEncodingHandlerPtr handler = xmlFindCharEncodingHandler(name);
    if (handler == NULL) return 0;
    xmlCharEncCloseFunc(handler);
    return 1;
}

#endif
