/**
 * The window frame around the feature screens: main window, menus, workshops, preferences,
 * presentation mode, and « À propos d'Équipage » ({@link fr.equipage.ui.shell.AboutInfo} holds what
 * it shows, without JavaFX).
 */
package fr.equipage.ui.shell;
