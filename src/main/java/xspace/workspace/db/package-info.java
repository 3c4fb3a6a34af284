/**
 * The workspace database ({@code workspace.db}, SQLite): annotators, the names they give
 * x-features, their trust votes and notes, and evaluation results. Every change is its own
 * durable transaction; the schema is versioned and migrated in order.
 */
package xspace.workspace.db;
