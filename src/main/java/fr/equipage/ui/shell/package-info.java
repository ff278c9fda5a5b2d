/**
 * The application's frame around the feature screens: for now the « À propos d'Équipage » dialog
 * ({@link fr.equipage.ui.shell.AboutInfo} holds what it shows, without JavaFX).
 */
package fr.equipage.ui.shell;
