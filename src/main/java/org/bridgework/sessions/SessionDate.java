package org.bridgework.sessions;

import java.time.LocalDate;
import java.util.UUID;

record SessionDate(UUID id, LocalDate date) {
}
