// The quiet twin: the total is [ThreadStatic], each worker's own (merged elsewhere), never shared state.
using System;
using Weft;
using Weft.Net;

namespace Corpus.StaticWrites.ConnectionHandlerStaticQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Proxy
{
    [ThreadStatic]
    private static long t_bytesIn;

    public void Attach(Connection connection) => connection.Start(OnData, OnEvent);

    private void OnData(Connection connection, ReadOnlySpan<byte> data) => t_bytesIn += data.Length;

    private void OnEvent(Connection connection, ConnectionEvent connectionEvent)
    {
    }
}
