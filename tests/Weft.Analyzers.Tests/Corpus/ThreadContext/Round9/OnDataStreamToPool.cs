// Loop-owned I/O, WEFT0004: onData (run on the connection's loop) appends to the worker's per-worker frame buffer, a
// MemoryStream; parsing on the thread pool must get a copy of the bytes, not the worker's stream itself.
using System;
using System.IO;
using System.Threading.Tasks;
using Weft;
using Weft.Net;

namespace Corpus.ThreadContext.R9.OnDataStreamToPool;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class FrameBuffer
{
    public MemoryStream Pending { get; } = new();
}

public static class Framing
{
    public static void Attach(Connection connection, Func<byte[], Task> parse)
    {
        FrameBuffer buffer = FrameBuffer.Current;
        connection.Start((c, data) =>
        {
            buffer.Pending.Write(data);
            if (data.IndexOf((byte)'\n') >= 0)
            {
                MemoryStream frame = buffer.Pending;
                _ = Task.Run(() => parse(frame.GetBuffer())); // expect: WEFT0004
                buffer.Pending.SetLength(0);
            }
        }, (c, e) => { });
    }
}
