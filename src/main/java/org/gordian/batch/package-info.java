/**
 * Batches: which runs (case × scenario) a folder of cases makes, in one fixed order, how they are
 * split into shards for a cluster job array, and the index of their results that a single run and
 * a merge of shards both produce.
 */
package org.gordian.batch;
