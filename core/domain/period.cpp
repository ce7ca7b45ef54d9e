#include "domain/period.h"
