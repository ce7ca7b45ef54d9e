#include "domain/nik.h"
