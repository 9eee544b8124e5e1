package org.gordian.model;

/** A value from a case file with the place it was written. */
public record Located<T>(T value, Loc loc) {}
