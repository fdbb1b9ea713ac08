// WEFT0004: an ArraySegment over the worker's buffer passed as the state of ThreadPool.QueueUserWorkItem ("the state
// arguments of the entry-point table"; an ArraySegment shares the memory it views). Where the report goes (the state
// argument or the callback's use) the page does not say: #escape.
using System;
using System.Threading;
using Weft;

namespace Corpus.WorkerState.R9.ArraySegmentPoolState;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Scratch
{
    public byte[] Bytes { get; } = new byte[8192];
}

public static class Checksums
{
    public static void ComputeLater(int length, Action<uint> done)
    {
        var segment = new ArraySegment<byte>(Scratch.Current.Bytes.AsSpan(0, length).ToArray());
        ThreadPool.QueueUserWorkItem(state =>
        {
            uint sum = 0;
            foreach (byte b in state)
            {
                sum = (sum * 31) + b;
            }

            done(sum);
        }, segment, preferLocal: false);
    }
}
