#pragma once

#include <QtCore/qglobal.h>

// The build uses hidden visibility by default, so every class or function a plugin or a host
// calls across the library boundary is marked SIMPUL_SDK_EXPORT. SIMPUL_SDK_LIBRARY is defined
// only while building libsimpul_sdk itself; SIMPUL_SDK_STATIC is for a static build of the SDK
// (none today), where there is no boundary to mark.
#if defined(SIMPUL_SDK_STATIC)
#define SIMPUL_SDK_EXPORT
#elif defined(SIMPUL_SDK_LIBRARY)
#define SIMPUL_SDK_EXPORT Q_DECL_EXPORT
#else
#define SIMPUL_SDK_EXPORT Q_DECL_IMPORT
#endif
