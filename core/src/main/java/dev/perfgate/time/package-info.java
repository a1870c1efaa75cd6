/**
 * Time as core reads it: the one monotonic nanosecond clock type every part of core is driven by
 * (so one fake clock drives a whole test, and one clock wires the golden path), and the checked
 * arithmetic that turns configured durations into nanoseconds without overflow.
 *
 * <p>Its own package because breaker, budget and handshake all need it and none of them should
 * depend on another for it.
 */
package dev.perfgate.time;
