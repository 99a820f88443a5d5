package org.bridgework.identity;

/**
 * A section another module shows on the settings page: the Thymeleaf template that draws
 * it (it defines a fragment {@code panel(content)}) and what it draws.
 */
public record AccountSettingsPanel(String template, Object content) {
}
