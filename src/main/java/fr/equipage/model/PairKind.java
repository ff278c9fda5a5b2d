package fr.equipage.model;

/** The two wishes about a pair of people: never in the same team, or in the same team. */
public enum PairKind { APART, TOGETHER }
