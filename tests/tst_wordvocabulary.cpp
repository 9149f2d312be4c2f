// SPDX-License-Identifier: GPL-3.0-or-later
// The words the MariaDB search vocabulary stores are exactly InnoDB's full-text tokens: runs of
// letters, digits and '_' of 3 to 84 characters (an apostrophe separates), counted in characters.
#include "wordvocabulary.h"

#include <QTest>

using namespace cxcron;

class tst_WordVocabulary : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wordsAreFullTextTokens_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("words");
        QTest::addColumn<bool>("tooLong");
        QTest::newRow("apostrophe separates")
            << QStringLiteral("don't stop") << QStringList{QStringLiteral("don"), QStringLiteral("stop")}
            << false;
        QTest::newRow("short runs dropped") << QStringLiteral("x1.5y a-b ok") << QStringList{} << false;
        QTest::newRow("underscore and letters")
            << QStringLiteral("{\"n\":4999962} \u00c9lan_vital")
            << QStringList{QStringLiteral("4999962"), QStringLiteral("\u00c9lan_vital")} << false;
        QTest::newRow("case-folded duplicates once")
            << QStringLiteral("Item item ITEM items")
            << QStringList{QStringLiteral("Item"), QStringLiteral("items")} << false;
        QTest::newRow("84 characters is a word")
            << QString(84, u'a') << QStringList{QString(84, u'a')} << false;
        QTest::newRow("85 characters is not indexed")
            << QStringLiteral("ok ") + QString(85, u'a') + QStringLiteral(" fine")
            << QStringList{QStringLiteral("fine")} << true;
        // U+1D400 (mathematical bold A) is one letter outside the BMP: three of them are a word.
        QTest::newRow("characters, not UTF-16 units")
            << QString::fromUcs4(U"\U0001D400\U0001D400\U0001D400 \U0001D400\U0001D400")
            << QStringList{QString::fromUcs4(U"\U0001D400\U0001D400\U0001D400")} << false;
        QTest::newRow("word at the very end")
            << QStringLiteral("--abc") << QStringList{QStringLiteral("abc")} << false;
    }

    void wordsAreFullTextTokens()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, words);
        QFETCH(bool, tooLong);
        const WordVocabulary::Words w = WordVocabulary::words({text});
        QCOMPARE(w.words, words);
        QCOMPARE(w.tooLong, tooLong);
    }
};

QTEST_GUILESS_MAIN(tst_WordVocabulary)
#include "tst_wordvocabulary.moc"
