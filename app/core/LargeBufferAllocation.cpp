#include "LargeBufferAllocation.h"

#include <cstdlib> // defines __GLIBC__ where it applies

#if defined(__GLIBC__)
#include <malloc.h>
#endif

void LargeBufferAllocation::reuseHeapForPages()
{
#if defined(__GLIBC__)
    // A few pages (and their copies while they are cut into records) fit under these; nothing larger is kept.
    mallopt(M_MMAP_THRESHOLD, 32 * 1024 * 1024);
    mallopt(M_TRIM_THRESHOLD, 64 * 1024 * 1024);
#endif
}
