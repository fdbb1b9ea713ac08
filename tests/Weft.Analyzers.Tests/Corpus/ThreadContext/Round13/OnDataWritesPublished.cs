// An outbound connection's onData appends each line it reads to a list that was published before the connection was
// made: the callback runs later (on the owning loop), after the publish.
using System.Collections.Generic;
using System.Net;
using System.Text;
using Weft.Net;
using Weft.Slots;
using Weft.Threading;

namespace Corpus.ThreadContext.OnDataWritesPublished;

public static class Feed
{
    public static Connection Follow(EndPoint remote, Slot<List<string>> slot)
    {
        var lines = new List<string>();
        slot.Publish(lines);
        return Connection.Connect(
            Dispatcher.Current!,
            remote,
            (connection, data) => lines.Add(Encoding.ASCII.GetString(data)), // expect: WEFT0002
            (connection, connectionEvent) => { });
    }
}
