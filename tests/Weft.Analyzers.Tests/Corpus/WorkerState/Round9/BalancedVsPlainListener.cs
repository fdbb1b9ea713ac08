// Loop-owned I/O, WEFT0004: the same onAccepted lambda over the opener's per-worker table, handed to
// BalancedListener.Open ([RunsOnChosenLoop]: another worker runs it) in this file and to Listener.Open
// ([RunsOnOwningLoop] on a [RequiresLoopThread] member: the calling loop runs it) in the quiet twin. #escape: the
// page does not say whether the capture or the hand-over is reported.
using System;
using System.Collections.Generic;
using System.Net;
using Weft;
using Weft.Net;
using Weft.Threading;

namespace Corpus.WorkerState.R9.BalancedVsPlainListener;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Admission
{
    public HashSet<string> Seen { get; } = new();

    public int Rejected { get; set; }
}

public sealed class Acceptor(WorkerPool pool)
{
    public IDisposable Open(IPEndPoint endPoint)
    {
        Admission admission = Admission.Current;
        Action<Connection> onAccepted = connection =>
        {
            string remote = connection.RemoteEndPoint?.ToString() ?? "";
            if (!admission.Seen.Add(remote)) // expect: WEFT0004 #escape
            {
                admission.Rejected++; // expect: WEFT0004 #escape
                connection.Close();
                return;
            }

            connection.Start((c, data) => c.Write(data), (c, e) => { });
        };
        return BalancedListener.Open(pool, endPoint, onAccepted); // expect: WEFT0004 #escape
    }
}
