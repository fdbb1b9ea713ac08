// WEFT0006: a static StringBuilder used as scratch by a [WorkerUpdate]. It is [ThreadStatic]: each thread's own:
// quiet.
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

namespace Corpus7b.ThreadStaticOrStaticBuilderQuiet;

[ThreadLocalSlot(Mode = SlotMode.PerWorker)]
public sealed partial class Formatter
{
    [ThreadStatic] private static StringBuilder? t_scratch;
    public string Last = "";

    [WorkerUpdate]
    void Format(string host, int port)
    {
        var sb = t_scratch ??= new StringBuilder();
        sb.Clear();
        sb.Append(host).Append(':').Append(port);
        Last = sb.ToString();
    }
}
