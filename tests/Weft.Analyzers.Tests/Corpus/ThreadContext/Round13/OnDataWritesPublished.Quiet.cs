// The quiet twin: each read builds a new list from the last one and publishes that; nothing published is written.
using System.Collections.Generic;
using System.Net;
using System.Text;
using Weft.Net;
using Weft.Slots;
using Weft.Threading;

namespace Corpus.ThreadContext.OnDataWritesPublishedQuiet;

public static class Feed
{
    public static Connection Follow(EndPoint remote, Slot<List<string>> slot)
    {
        var lines = new List<string>();
        slot.Publish(lines);
        return Connection.Connect(
            Dispatcher.Current!,
            remote,
            (connection, data) =>
            {
                lines = new List<string>(lines) { Encoding.ASCII.GetString(data) };
                slot.Publish(lines);
            },
            (connection, connectionEvent) => { });
    }
}
