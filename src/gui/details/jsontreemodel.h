// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractItemModel>
#include <QJsonValue>
#include <memory>
#include <vector>

namespace cxcron::gui {

/// A JSON document as a two-column tree (key, value). Children are built lazily, the first time
/// a node is expanded, so a multi-megabyte result opens at once.
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    explicit JsonTreeModel(QObject *parent = nullptr);
    ~JsonTreeModel() override;

    /// Returns false (and shows nothing) when @p json is not an object or array.
    bool load(const QByteArray &json);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;

private:
    struct Node;
    Node *nodeFor(const QModelIndex &index) const;
    static void populate(Node *node);

    std::unique_ptr<Node> m_root;
};

} // namespace cxcron::gui
