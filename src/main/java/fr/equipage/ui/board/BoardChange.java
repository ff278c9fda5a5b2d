package fr.equipage.ui.board;

import fr.equipage.service.BoardSnapshot;

/**
 * One edit made on the board, named for the Edit menu ("déplacer Camille Martin vers Cartiflette"),
 * with the board before and after it.
 */
public record BoardChange(String label, BoardSnapshot before, BoardSnapshot after) {
}
