// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QStringList>
#include <optional>

/// MariaDB only: the vocabulary of cron_logs' text, so that a search word found *inside* a
/// stored word ("4999962" in "14999962") still goes through the FULLTEXT index, which holds
/// whole words only.
///
/// `cxcron_word_suffixes (suffix, word)` holds, for every distinct word of 3 to 84 characters
/// (InnoDB's full-text tokens: runs of letters, digits and '_') seen in output, exception or
/// trace, each of its suffixes of 3+ characters, cut to their first 32 characters. A word W is
/// inside stored word T exactly when W's first 32 characters start one of T's cut suffixes, so
/// `suffix LIKE 'W%'` (a B-tree range) yields every stored word that can contain W; the rows are
/// then the FULLTEXT matches of those whole words, re-checked with LIKE as every search is.
///
/// Rows whose words the vocabulary does not hold are listed in `cxcron_text_unindexed (log_id)`
/// and are always candidates: a word longer than 84 characters (InnoDB does not index it), or
/// more new words than one execution may add. Rows cxcron marks interrupted (a fixed sentence
/// with a host and a time) are candidates by their state. The vocabulary is per distinct word,
/// not per row: prune does not touch it, and a word whose rows are gone only costs a lookup.
namespace cxcron::WordVocabulary {

/// Longest stored suffix: a search word longer than this is looked up by its first 32 characters
/// and the words are filtered with LIKE.
constexpr int SuffixLength = 32;
/// InnoDB's default innodb_ft_min_token_size / innodb_ft_max_token_size.
constexpr int MinWord = 3;
constexpr int MaxWord = 84;
/// New words one execution may add; beyond this its row is listed as unindexed instead (bounds
/// the write for an output of many distinct words).
constexpr int MaxNewWordsPerRow = 2000;
/// Above this many stored words containing the search word, the search scans (newest first,
/// which is quick when the word is that common).
constexpr int MaxMatchedWords = 1000;
/// Above this many FULLTEXT candidate rows the search scans newest first too: the text is then
/// common enough to fill a page soon, and reading every candidate would cost more.
constexpr int MaxCandidateRows = 20000;

/// The distinct full-text words of @p texts (case-folded duplicates removed), and whether a
/// word was too long for the FULLTEXT index.
struct Words
{
    QStringList words;
    bool tooLong = false;
};
Words words(const QStringList &texts);

/// Creates the two tables (MariaDB; nothing on SQLite, whose trigram index finds any substring).
void createTables(const QSqlDatabase &db);
/// Adds the words of existing rows, in batches of short transactions, resumable: the progress is
/// kept in cxcron_meta and the vocabulary is used only once it covers every row. With
/// @p budgetMs ≥ 0 it stops after the batch that passes that time (the runner builds it a slice
/// at a time after its runs; `cxcron migrate` builds it whole). True once it is complete.
bool build(const QSqlDatabase &db, qint64 budgetMs = -1);

/// Adds the words of the rows after id @p afterId, for rows written to cron_logs by something
/// else than cxcron's recording (a bulk import, a benchmark's seed): those rows are not found
/// through the vocabulary until this ran.
void addRowsAfter(const QSqlDatabase &db, qint64 afterId);

/// Records the words of execution @p logId's texts before the row gets them (so a row never has
/// text whose words are missing). MariaDB only; a no-op elsewhere.
void record(const QSqlDatabase &db, qint64 logId, const QStringList &texts);

/// The stored words that contain @p word, or nothing when the vocabulary cannot answer (not
/// built yet, not MariaDB, the server's token sizes differ, or too many words).
std::optional<QStringList> wordsContaining(const QSqlDatabase &db, const QString &word);

/// The meta key holding the build's progress ("next:<id>") or "complete".
QString metaKey();

} // namespace cxcron::WordVocabulary
