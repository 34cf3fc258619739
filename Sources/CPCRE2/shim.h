#ifndef VERBATIM_CPCRE2_SHIM_H
#define VERBATIM_CPCRE2_SHIM_H

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

/// `PCRE2_ZERO_TERMINATED` is a macro Swift cannot import.
static inline PCRE2_SIZE verbatim_pcre2_zero_terminated(void) { return PCRE2_ZERO_TERMINATED; }
/// `PCRE2_UNSET` is a macro Swift cannot import.
static inline PCRE2_SIZE verbatim_pcre2_unset(void) { return PCRE2_UNSET; }

#endif
