// Round 15, WEFT0004 quiet twin: the trim is posted to the worker's own loop (Dispatcher.Current).
using System;
using System.Collections.Generic;
using Weft;
using Weft.Threading;

namespace Corpus.Round15.PerWorkerPrimaryCtorCaptureQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class IdleConnections(List<IDisposable> idle)
{
    public IdleConnections() : this([]) { }

    public void Return(IDisposable connection) => idle.Add(connection);

    public void Shrink(int keep) =>
        Dispatcher.Current!.Post(() =>
        {
            while (idle.Count > keep)
            {
                idle[^1].Dispose();
                idle.RemoveAt(idle.Count - 1);
            }
        });
}
