// Clang thread-safety annotations (-Wthread-safety), as LevelDB's
// port/thread_annotations.h: no-ops for other compilers.
#ifndef FINSAM_BASE_THREAD_ANNOTATIONS_H_
#define FINSAM_BASE_THREAD_ANNOTATIONS_H_

#if defined(__clang__)
#define FINSAM_THREAD_ANNOTATION(x) __attribute__((x))
#else
#define FINSAM_THREAD_ANNOTATION(x)
#endif

#define CAPABILITY(x) FINSAM_THREAD_ANNOTATION(capability(x))
#define SCOPED_CAPABILITY FINSAM_THREAD_ANNOTATION(scoped_lockable)
#define GUARDED_BY(x) FINSAM_THREAD_ANNOTATION(guarded_by(x))
#define PT_GUARDED_BY(x) FINSAM_THREAD_ANNOTATION(pt_guarded_by(x))
#define ACQUIRE(...) FINSAM_THREAD_ANNOTATION(acquire_capability(__VA_ARGS__))
#define RELEASE(...) FINSAM_THREAD_ANNOTATION(release_capability(__VA_ARGS__))
#define REQUIRES(...) FINSAM_THREAD_ANNOTATION(requires_capability(__VA_ARGS__))
#define EXCLUDES(...) FINSAM_THREAD_ANNOTATION(locks_excluded(__VA_ARGS__))

#endif  // FINSAM_BASE_THREAD_ANNOTATIONS_H_
