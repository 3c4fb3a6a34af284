/**
 * Help: the user guide's Markdown rendered as JavaFX nodes (headings, formatted paragraphs, lists,
 * code blocks, tables) and the window that shows it with its contents and a find bar.
 */
package xspace.app.help;
