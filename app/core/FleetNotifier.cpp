#include "FleetNotifier.h"

FleetNotifier::~FleetNotifier() = default;
