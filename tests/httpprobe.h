#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonObject>

class QNetworkReply;

// What a test read back from one HTTP exchange with the simulator.
struct HttpReply
{
    int status = 0;
    QByteArray body;
    QJsonObject json;
    QHash<QByteArray, QByteArray> headers; // lowercase names
    bool timedOut = false;
};

// Waits (10 s at most) for the reply to finish, collects it and deletes it.
HttpReply waitForReply(QNetworkReply *reply);
