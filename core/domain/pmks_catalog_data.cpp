#include "domain/pmks_catalog.h"
