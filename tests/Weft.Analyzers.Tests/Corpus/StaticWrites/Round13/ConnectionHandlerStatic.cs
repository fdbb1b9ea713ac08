// A per-worker proxy's onData handler (a method of the slot type, run on the owning loop: worker code) adds the
// bytes read to a static total shared by all workers.
using System;
using Weft;
using Weft.Net;

namespace Corpus.StaticWrites.ConnectionHandlerStatic;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Proxy
{
    private static long s_bytesIn;

    public void Attach(Connection connection) => connection.Start(OnData, OnEvent);

    private void OnData(Connection connection, ReadOnlySpan<byte> data) => s_bytesIn += data.Length; // expect: WEFT0006

    private void OnEvent(Connection connection, ConnectionEvent connectionEvent)
    {
    }
}
