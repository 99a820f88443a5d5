package org.bridgework.homework;

/**
 * Something another module shows with an assignment on a page: the Thymeleaf template
 * that draws it (it defines a fragment {@code panel(content)}) and what it draws.
 */
public record AssignmentPanel(String template, Object content) {
}
