#include "domain/wilayah_code.h"
