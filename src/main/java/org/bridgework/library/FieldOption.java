package org.bridgework.library;

public record FieldOption(String value, String label) {
}
