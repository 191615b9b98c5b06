package vn.chitieu.orgunit;

import java.util.function.LongPredicate;

/**
 * Which units the signed-in person may read: their own, those below them and those they were formed from. The
 * accounts feature answers it; this feature asks it, and so never depends on the accounts it is itself a part of.
 */
public interface UnitReach {

    /** The rule for the person signed in now, read once and asked for many units. */
    LongPredicate current();
}
