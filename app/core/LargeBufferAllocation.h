#pragma once

// A pull reads pages of half a megabyte each, one after the other. glibc serves blocks that large with a fresh
// mmap and returns them with munmap, so every page costs page faults for memory just given back; a higher mmap
// and trim threshold lets the heap reuse the same space page after page (measured: a third of a 100,000-record
// pull's time went to the kernel). Memory stays bounded by the largest page, not by the number of pages.
class LargeBufferAllocation
{
public:
    // glibc only; elsewhere a no-op.
    static void reuseHeapForPages();
};
