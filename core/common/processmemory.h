#pragma once

namespace churnlens {

//! This process's memory as the system sees it (Linux: /proc/self/statm). Thread-safe.
namespace ProcessMemory {

//! Resident set size in bytes; 0 where it cannot be read.
double residentBytes();
//! Resident set size in MiB; 0 where it cannot be read.
inline double residentMiB() { return residentBytes() / 1048576.0; }
//! Virtual size in bytes; 0 where it cannot be read.
double virtualBytes();
//! Gives memory freed by the program but kept by the allocator back to the system (glibc's
//! malloc_trim; nothing elsewhere). A few ms after a job that freed hundreds of MB.
void returnFreedMemory();

} // namespace ProcessMemory

} // namespace churnlens
