// SPDX-License-Identifier: GPL-3.0-or-later
#include "shellwords.h"

#include "taskdefinition.h"

#include <QCoreApplication>

namespace cxcron::gui::ShellWords {
namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(ShellWords)
};
} // namespace

QStringList split(const QString &text, QString *error)
{
    QStringList words;
    QString word;
    bool inWord = false; // "" starts a word that is empty
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == u'\'') {
            const qsizetype end = text.indexOf(u'\'', i + 1);
            if (end < 0) {
                if (error)
                    *error = Tr::tr("A single quote (') is not closed.");
                return {};
            }
            word += text.mid(i + 1, end - i - 1);
            inWord = true;
            i = end;
        } else if (c == u'"') {
            qsizetype j = i + 1;
            for (; j < n && text.at(j) != u'"'; ++j) {
                const QChar d = text.at(j);
                if (d == u'\\' && j + 1 < n) {
                    const QChar next = text.at(j + 1);
                    if (next == u'"' || next == u'\\' || next == u'$' || next == u'`') {
                        word += next;
                        ++j;
                        continue;
                    }
                    if (next == u'\n') {
                        ++j;
                        continue;
                    }
                }
                word += d;
            }
            if (j >= n) {
                if (error)
                    *error = Tr::tr("A double quote (\") is not closed.");
                return {};
            }
            inWord = true;
            i = j;
        } else if (c == u'\\') {
            if (i + 1 == n) { // a backslash that ends the line stays (as in sh -c)
                word += c;
                inWord = true;
            } else if (text.at(++i) != u'\n') {
                word += text.at(i);
                inWord = true;
            }
        } else if (c == u' ' || c == u'\t' || c == u'\n') {
            if (inWord) {
                words << word;
                word.clear();
                inWord = false;
            }
        } else {
            word += c;
            inWord = true;
        }
    }
    if (inWord)
        words << word;
    if (error)
        error->clear();
    return words;
}

QString join(const QStringList &words)
{
    QStringList quoted;
    for (const QString &word : words)
        quoted << shellQuote(word);
    return quoted.join(u' ');
}

} // namespace cxcron::gui::ShellWords
