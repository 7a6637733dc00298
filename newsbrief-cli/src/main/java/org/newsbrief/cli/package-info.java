/**
 * The {@code newsbrief} command line: results on stdout, progress and problems on stderr,
 * exit code 0 on success, 1 on an internal error, 2 on bad usage or bad input.
 */
package org.newsbrief.cli;
