/**
 * Results as data: the tables of {@code schema/results.sql} written to an embedded DuckDB database and
 * to Parquet files partitioned by case and scenario, from the same result objects the reporters read.
 * Nothing here is loaded unless a command asks for a database or Parquet files.
 */
package org.gordian.data;
