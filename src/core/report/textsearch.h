// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QStringList>
#include <QVariantList>

namespace cxcron::TextSearch {

/// Appends the condition "output or exception contains @p text" (a case-insensitive substring
/// match, as LIKE '%text%') with its bound values. When the database has a text index on
/// cron_logs (SQLite FTS5 trigram table, MariaDB FULLTEXT) the index narrows the candidate rows
/// first and the LIKE keeps the exact substring semantics; otherwise it is the LIKE alone.
void append(const QSqlDatabase &db, const QString &text, QStringList &where, QVariantList &values);

/// The LIKE pattern of @p text with '!' as the escape character.
QString likePattern(const QString &text);
/// @p text with LIKE's wildcards escaped for `ESCAPE '!'`.
QString likeEscaped(const QString &text);
/// SQLite FTS5 phrase query (trigram tokenizer) of @p text; empty when the text is too short
/// (fewer than 3 characters) for trigrams to narrow anything.
QString trigramQuery(const QString &text);
/// MariaDB boolean-mode query of the words of @p text that necessarily start a word of any row
/// that contains @p text (those preceded by a separator inside @p text), each as a required
/// prefix ("+word*"). Empty when no such word exists: the search is then a plain scan.
QString fulltextQuery(const QString &text);

/// MariaDB, a text that starts with a word (which may be the end of a stored word, so FULLTEXT
/// cannot look it up): the candidate rows through the word vocabulary. Nothing when the
/// vocabulary cannot answer; the search is then the LIKE scan alone.
void appendVocabulary(const QSqlDatabase &db, const QString &text, QStringList &where, QVariantList &values);
/// The ASCII word that starts @p text (empty when the text starts otherwise).
QString leadingWord(const QString &text);

/// Only the exact substring condition (cron_logs.output/exception LIKE), qualified.
void appendLike(const QString &text, QStringList &where, QVariantList &values);
/// On SQLite with the trigram table: the MATCH query to drive a newest-first page from the
/// trigram table itself (a join read in rowid order, which stops after one page however common
/// the text is). Empty when that does not apply.
QString joinQuery(const QSqlDatabase &db, const QString &text);

/// True when the text index exists (the schema creates it where the engine supports it).
bool hasIndex(const QSqlDatabase &db);

} // namespace cxcron::TextSearch
