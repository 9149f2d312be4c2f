// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsontreemodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace cxcron::gui {

struct JsonTreeModel::Node
{
    QString key;
    QJsonValue value;
    Node *parent = nullptr;
    int row = 0;
    bool populated = false;
    std::vector<std::unique_ptr<Node>> children;
};

JsonTreeModel::JsonTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{}

JsonTreeModel::~JsonTreeModel() = default;

bool JsonTreeModel::load(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    beginResetModel();
    m_root = std::make_unique<Node>();
    const bool ok = error.error == QJsonParseError::NoError && (doc.isObject() || doc.isArray());
    if (ok)
        m_root->value = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    endResetModel();
    return ok;
}

void JsonTreeModel::populate(Node *node)
{
    if (node->populated)
        return;
    node->populated = true;
    const auto add = [node](const QString &key, const QJsonValue &value) {
        auto child = std::make_unique<Node>();
        child->key = key;
        child->value = value;
        child->parent = node;
        child->row = int(node->children.size());
        node->children.push_back(std::move(child));
    };
    if (node->value.isObject()) {
        const QJsonObject object = node->value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            add(it.key(), it.value());
    } else if (node->value.isArray()) {
        const QJsonArray array = node->value.toArray();
        for (int i = 0; i < array.size(); ++i)
            add(QStringLiteral("[%1]").arg(i), array.at(i));
    }
}

JsonTreeModel::Node *JsonTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<Node *>(index.internalPointer()) : m_root.get();
}

QModelIndex JsonTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    Node *node = nodeFor(parent);
    populate(node);
    if (row < 0 || row >= int(node->children.size()) || column < 0 || column > 1)
        return {};
    return createIndex(row, column, node->children.at(size_t(row)).get());
}

QModelIndex JsonTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    Node *parentNode = nodeFor(child)->parent;
    if (!parentNode || parentNode == m_root.get())
        return {};
    return createIndex(parentNode->row, 0, parentNode);
}

int JsonTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    Node *node = nodeFor(parent);
    populate(node);
    return int(node->children.size());
}

int JsonTreeModel::columnCount(const QModelIndex &) const
{
    return 2;
}

bool JsonTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const QJsonValue &v = nodeFor(parent)->value;
    return (v.isObject() && !v.toObject().isEmpty()) || (v.isArray() && !v.toArray().isEmpty());
}

QVariant JsonTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const Node *node = nodeFor(index);
    if (index.column() == 0)
        return node->key;
    const QJsonValue &v = node->value;
    switch (v.type()) {
    case QJsonValue::Object:
        return tr("{%n keys}", nullptr, int(v.toObject().size()));
    case QJsonValue::Array:
        return tr("[%n items]", nullptr, int(v.toArray().size()));
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 15);
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

QVariant JsonTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Key") : tr("Value");
}

} // namespace cxcron::gui
