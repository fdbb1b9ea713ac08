// WEFT0006: a static StringBuilder used as scratch by a [WorkerUpdate]. A plain static: Append from every worker at once (the page: a StringBuilder's Append on a static), and the
// `??=` on it is one of the page's listed read-modify-writes too.
using System;
using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Weft;
using Weft.Slots;
using Weft.Threading;

namespace Corpus7b.ThreadStaticOrStaticBuilder;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Formatter
{
    private static StringBuilder? t_scratch = new();
    public string Last = "";

    [WorkerUpdate]
    void Format(string host, int port)
    {
        var sb = t_scratch ??= new StringBuilder(); // expect: WEFT0006
        sb.Clear(); // expect: WEFT0006
        sb.Append(host).Append(':').Append(port); // expect: WEFT0006
        Last = sb.ToString();
    }
}
